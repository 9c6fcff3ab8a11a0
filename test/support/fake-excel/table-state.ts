/**
 * A table as the fake keeps it: the memory model's table (position, width, data rows) plus what
 * only Excel has, a totals row and a filter. Headers, data and totals live in the sheet's cells.
 */

import type { MemorySheet, MemoryTable } from "../../../src/adapters/memory/model";

declare module "../../../src/adapters/memory/model" {
  interface MemoryTable {
    /** `showTotals`: one totals row below the data rows. */
    totals?: boolean;
    /** A filter is applied (AutoFilter criteria or a person's filter). */
    filtered?: boolean;
  }
}

export type Box = { row: number; col: number; rows: number; cols: number };

/** Header row, data rows and any totals row: what `Table.getRange()` returns. */
export function tableBox(table: MemoryTable): Box {
  return {
    row: table.row,
    col: table.col,
    rows: 1 + table.rowCount + (table.totals ? 1 : 0),
    cols: table.width,
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

/** What on `sheet` a new table at `box` would overlap: another table or a merged range. */
export function tableOverlap(sheet: MemorySheet, box: Box, except?: MemoryTable): string | null {
  const table = sheet.tables.find((t) => t !== except && overlaps(tableBox(t), box));
  if (table) return `table ${table.name}`;
  const merge = sheet.merges.find((m) =>
    overlaps({ row: m.row, col: m.col, rows: m.rows ?? 1, cols: m.cols ?? 1 }, box)
  );
  return merge ? "merged cells" : null;
}
