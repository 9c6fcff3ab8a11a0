import type { CellGrid, CellValue } from "../values/cell";
import { dateCell, numberCell, textCell } from "./cells";
import { historyTable, type HistoryRow } from "./history-table";
import { headerRow, parseIdTable, type ParseOptions, type ParsedTable } from "./table-grid";

/**
 * Reads the MeetingHistory table (header row first). Dates may be Excel serials or text.
 * Every invalid cell and repeated row id is reported with its sheet row and column.
 */
export function parseHistory(grid: CellGrid, options: ParseOptions = {}): ParsedTable<HistoryRow> {
  return parseIdTable(historyTable, grid, options);
}

/** One history row as the table's cells, in historyTable's column order. */
export function historyRowCells(row: HistoryRow): CellValue[] {
  return [
    row.rowId,
    dateCell(row.meetingDate),
    row.urn,
    row.framework,
    textCell(row.computed),
    row.agreed,
    textCell(row.reason),
    textCell(row.agreedBy),
    numberCell(row.agreement),
    numberCell(row.scc),
    textCell(row.supersedes),
  ];
}

/** The whole table: header row, then each row. */
export function historyGrid(rows: readonly HistoryRow[]): CellGrid {
  return [headerRow(historyTable), ...rows.map(historyRowCells)];
}
