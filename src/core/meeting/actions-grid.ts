import type { CellGrid, CellValue } from "../values/cell";
import { actionsTable, type ActionRow } from "./actions-table";
import { dateCell, textCell } from "./cells";
import { headerRow, parseIdTable, type ParseOptions, type ParsedTable } from "./table-grid";

/**
 * Reads the Actions table (header row first). Dates may be Excel serials or text. Every
 * invalid cell and repeated row id is reported with its sheet row and column; references
 * between rows are checked by `checkActions`.
 */
export function parseActions(grid: CellGrid, options: ParseOptions = {}): ParsedTable<ActionRow> {
  return parseIdTable(actionsTable, grid, options);
}

/** One action row as the table's cells, in actionsTable's column order. */
export function actionRowCells(row: ActionRow): CellValue[] {
  return [
    row.rowId,
    dateCell(row.setAt),
    row.urn,
    row.action,
    row.owner,
    dateCell(row.due),
    textCell(row.progress),
    dateCell(row.reviewedAt),
    textCell(row.reviews),
    textCell(row.carriedFrom),
  ];
}

export function actionsGrid(rows: readonly ActionRow[]): CellGrid {
  return [headerRow(actionsTable), ...rows.map(actionRowCells)];
}
