import { isBlank } from "./blank";
import type { CellValue } from "./cell";
import { blank, describeValue, invalid, parsed, suppressed, type Parsed } from "./parsed";
import { suppressionOf } from "./suppression";

const NUMERIC_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/**
 * Reads a number from a cell: a number, or text such as "45", "-5.1", "1,234", "45%" or
 * "45.2 %". A percent sign is dropped, not divided: "45%" reads as 45, the way DfE publishes
 * percentages (a cell formatted as a percentage already holds 0.45 as a number).
 */
export function parseNumber(value: CellValue | undefined): Parsed<number> {
  if (isBlank(value)) return blank();
  const code = suppressionOf(value);
  if (code) return suppressed(code.code, code.meaning);
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? parsed(value)
      : invalid(`${describeValue(value)} is not a finite number`);
  }
  if (typeof value === "boolean") return invalid(`${describeValue(value)} is not a number`);
  const text = (value as string).trim().replace(/\s*%$/, "").replace(/\s+/g, "");
  if (text === "" || text === "+" || text === "-" || !NUMERIC_TEXT.test(text)) {
    return invalid(`${describeValue(value)} is not a number; expected e.g. 45, 45.2, 1,234 or 45%`);
  }
  return parsed(Number(text.replace(/,/g, "")));
}
