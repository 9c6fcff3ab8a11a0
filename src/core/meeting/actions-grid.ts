import type { CellGrid, CellValue } from "../values/cell";
import { actionsTable, type ActionRow } from "./actions-table";
import { dateCell, textCell } from "./cells";
import { headerRow, rowUnderHeaders } from "../import/written-rows";
import { parseIdTable, type ParseOptions, type ParsedTable } from "./table-grid";

/**
 * Reads the Actions table (header row first). Dates may be Excel serials or text. Every
 * invalid cell and repeated row id is reported with its sheet row and column; references
 * between rows are checked by `checkActions`.
 */
export function parseActions(grid: CellGrid, options: ParseOptions = {}): ParsedTable<ActionRow> {
  return parseIdTable(actionsTable, grid, options);
}

/** One action row by column key, as the table's cells hold it (dates as serials). */
export function actionCells(row: ActionRow): Record<keyof ActionRow, CellValue> {
  return {
    rowId: row.rowId,
    setAt: dateCell(row.setAt),
    urn: row.urn,
    action: row.action,
    owner: row.owner,
    due: dateCell(row.due),
    progress: textCell(row.progress),
    reviewedAt: dateCell(row.reviewedAt),
    reviews: textCell(row.reviews),
    carriedFrom: textCell(row.carriedFrom),
  };
}

/** One action row under the table's own headers (TrustTier's order by default). */
export function actionRowCells(
  row: ActionRow,
  headers: readonly CellValue[] = headerRow(actionsTable)
): CellValue[] {
  return rowUnderHeaders(actionsTable, headers, actionCells(row));
}

export function actionsGrid(rows: readonly ActionRow[]): CellGrid {
  return [headerRow(actionsTable), ...rows.map((row) => actionRowCells(row))];
}
