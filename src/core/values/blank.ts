import type { CellValue } from "./cell";

/** True for an empty cell: null, undefined, or text that is only spaces. */
export function isBlank(value: CellValue | undefined): value is null | undefined | string {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}
