import type { CellGrid, CellValue } from "../values/cell";
import { dateCell, numberCell, textCell } from "./cells";
import { historyTable, type HistoryRow } from "./history-table";
import { headerRow, rowUnderHeaders } from "../import/written-rows";
import { parseIdTable, type ParseOptions, type ParsedTable } from "./table-grid";

/**
 * Reads the MeetingHistory table (header row first). Dates may be Excel serials or text.
 * Every invalid cell and repeated row id is reported with its sheet row and column.
 */
export function parseHistory(grid: CellGrid, options: ParseOptions = {}): ParsedTable<HistoryRow> {
  return parseIdTable(historyTable, grid, options);
}

/** One history row by column key, as the table's cells hold it (dates as serials). */
export function historyCells(row: HistoryRow): Record<keyof HistoryRow, CellValue> {
  return {
    rowId: row.rowId,
    meetingDate: dateCell(row.meetingDate),
    urn: row.urn,
    framework: row.framework,
    computed: textCell(row.computed),
    agreed: row.agreed,
    reason: textCell(row.reason),
    agreedBy: textCell(row.agreedBy),
    agreement: numberCell(row.agreement),
    scc: numberCell(row.scc),
    supersedes: textCell(row.supersedes),
  };
}

/**
 * One history row under the table's own headers (TrustTier's order by default): a person's
 * own columns get null, so they are left as the table fills them.
 */
export function historyRowCells(
  row: HistoryRow,
  headers: readonly CellValue[] = headerRow(historyTable)
): CellValue[] {
  return rowUnderHeaders(historyTable, headers, historyCells(row));
}

/** The whole table: header row, then each row. */
export function historyGrid(rows: readonly HistoryRow[]): CellGrid {
  return [headerRow(historyTable), ...rows.map((row) => historyRowCells(row))];
}
