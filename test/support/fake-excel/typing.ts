import type { MemoryCell } from "../../../src/adapters/memory/model";
import type { Rules } from "./rules";

/**
 * What Excel stores when Office.js writes `input` through `Range.values` or `Range.formulas`:
 * the input is parsed as if typed, so "=x", "+x", "-x" and "@x" become formulas, "12" a number,
 * "TRUE" a boolean, and a leading apostrophe keeps the rest as text.
 * Rule "write-null-and-empty": null leaves the cell alone and "" clears it (relaxed: null
 * clears too). Rule "write-text-as-formula": relaxed, text is stored as typed.
 */
export function typeIntoCell(cell: MemoryCell, input: unknown, rules?: Rules): void {
  const strict = (id: "write-null-and-empty" | "write-text-as-formula") =>
    rules?.strict(id) ?? true;
  if (input === null || input === undefined) {
    if (!strict("write-null-and-empty")) {
      delete cell.formula;
      cell.value = null;
    }
    return;
  }
  delete cell.formula;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text === "") cell.value = null;
  else if (text.startsWith("'")) cell.value = text.slice(1);
  else if (!strict("write-text-as-formula") && !text.startsWith("=")) cell.value = text;
  else if (text.startsWith("=")) {
    cell.formula = text;
    cell.value = null;
  } else if (/^[+\-@]/.test(text) && text.length > 1) {
    cell.formula = text.startsWith("@") ? `=${text.slice(1)}` : `=${text}`;
    cell.value = null;
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim())) cell.value = Number(text);
  else if (/^(true|false)$/i.test(text.trim())) cell.value = text.trim().toUpperCase() === "TRUE";
  else cell.value = text;
}
