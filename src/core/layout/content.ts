import type { CellValue } from "../values/cell";
import type { SheetLayout } from "./types";

/** A non-empty cell as a workbook holds it: its constant value, or its formula. */
export interface ContentCell {
  readonly row: number;
  readonly col: number;
  /** The shown value (a formula's cached result where the adapter knows it, else null). */
  readonly value: CellValue;
  /** "=..." for a formula cell, as Excel's `Range.formulas` gives it; absent for constants. */
  readonly formula?: string;
}

/**
 * The cells a layout puts on its sheet (cells, table headers and rows, hyperlink texts), as
 * `readSheetContent` would read them back; later entries win where two touch the same cell.
 */
export function layoutContent(layout: SheetLayout): ContentCell[] {
  const byPosition = new Map<string, ContentCell>();
  const put = (cell: ContentCell) => byPosition.set(`${cell.row},${cell.col}`, cell);
  for (const cell of layout.cells) {
    if (cell.formula !== undefined) {
      put({ row: cell.row, col: cell.col, value: null, formula: cell.formula });
    } else if (cell.value !== undefined) {
      put({ row: cell.row, col: cell.col, value: cell.value });
    }
  }
  for (const table of layout.tables ?? []) {
    table.headers.forEach((header, c) =>
      put({ row: table.row, col: table.col + c, value: header })
    );
    table.rows.forEach((cells, r) =>
      cells.forEach((value, c) => put({ row: table.row + 1 + r, col: table.col + c, value }))
    );
  }
  for (const link of layout.hyperlinks ?? []) {
    put({ row: link.row, col: link.col, value: link.text });
  }
  return [...byPosition.values()]
    .filter((cell) => cell.formula !== undefined || (cell.value !== null && cell.value !== ""))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}
