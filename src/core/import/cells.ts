import * as z from "zod/mini";
import { halfTermNames, type HalfTermName } from "../dates/half-terms";
import { parseAcademicYear } from "../dates/academic-year";
import type { IsoDate } from "../dates/iso";
import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { parseDate } from "../values/date";
import { blank, describeValue, invalid, parsed, type Parsed } from "../values/parsed";
import { normaliseText } from "../values/text";

/**
 * A cell as adapters read it: a string, a finite number (as z.number() takes), a boolean or
 * null; undefined where a row is shorter than the header. Checked by one test in the transform
 * rather than a union of four schemas, which built a failed result for each type tried first (a
 * national Measures table has 128,000 rows of these).
 */
const isCellValue = (value: unknown): value is CellValue | undefined =>
  value === null ||
  value === undefined ||
  typeof value === "string" ||
  typeof value === "boolean" ||
  (typeof value === "number" && Number.isFinite(value));
const cellValue = z.unknown();

export type Reader<T> = (value: CellValue) => Parsed<T>;

/** zod's own words for a value none of the four cell types takes, as its union gave them. */
function notACell(value: unknown, context: { issues: unknown[] }): never {
  context.issues.push({ code: "custom", message: "Invalid input", input: value });
  return z.NEVER;
}

/** A zod schema for a cell that must hold a value `read` accepts. */
export function requiredCell<T>(read: Reader<T>, expected: string) {
  return z.pipe(
    cellValue,
    z.transform((value, context): T => {
      if (!isCellValue(value)) return notACell(value, context);
      const result = read(value ?? null);
      if (result.ok) return result.value;
      const message = result.kind === "blank" ? `blank; expected ${expected}` : result.message;
      context.issues.push({ code: "custom", message, input: value });
      return z.NEVER;
    })
  );
}

/** A zod schema for a cell that may be blank (undefined) or hold a value `read` accepts. */
export function optionalCell<T>(read: Reader<T>) {
  return z.pipe(
    cellValue,
    z.transform((value, context): T | undefined => {
      if (!isCellValue(value)) return notACell(value, context);
      const result = read(value ?? null);
      if (result.ok) return result.value;
      if (result.kind === "blank") return undefined;
      context.issues.push({ code: "custom", message: result.message, input: value });
      return z.NEVER;
    })
  );
}

export function readDate(value: CellValue): Parsed<IsoDate> {
  const date = parseDate(value);
  return date.ok || date.kind !== "suppressed"
    ? date
    : invalid(`${describeValue(value)} is a suppression code; expected a date`);
}

export const readAcademicYear: Reader<string> = (value) => parseAcademicYear(value);

export function readHalfTerm(value: CellValue): Parsed<HalfTermName> {
  if (isBlank(value)) return blank();
  const key = normaliseText(String(value));
  const name = halfTermNames.find((candidate) => normaliseText(candidate) === key);
  return name
    ? parsed(name)
    : invalid(
        `half term ${describeValue(value)} is not recognised; expected one of: ${halfTermNames.join(", ")}`
      );
}
