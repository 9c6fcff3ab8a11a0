import { rangeAddress } from "../../core/layout/a1";
import type { CellGrid, CellValue } from "../../core/values/cell";
import { shiftDateSerials } from "../../port/date-system";
import { WorkbookError } from "../../port/errors";
import { tableNotFound } from "../../port/guards";
import type { TableData } from "../../port/WorkbookPort";
import type { ContextApi, RangeApi, TableApi } from "./api";
import { queueDateSystem } from "./date-system";

/**
 * Excel reads at most 5,000,000 cells at once ("Resource limits and performance optimization
 * for Office Add-ins"); a block stays well under it.
 */
export const READ_CELL_LIMIT = 5_000_000;
const CELLS_PER_BLOCK = READ_CELL_LIMIT / 2;
/** Guessed JSON bytes per cell before anything is measured; replaced by the measured size. */
const FIRST_GUESS_BYTES_PER_CELL = 48;

/** Office returns "" for an empty cell; the port says null. */
export const cellValue = (value: unknown): CellValue =>
  value === "" || value === undefined ? null : (value as CellValue);

interface Reading {
  readonly table: TableApi;
  readonly header: RangeApi;
  readonly body: RangeApi;
  readonly rows: CellValue[][];
  /** Measured (or first guessed) response bytes per data row. */
  bytesPerRow: number;
}

/**
 * Tables read as people build them:
 * - the header row and the data body only (`getDataBodyRange`), so a totals row is never read
 *   as data;
 * - every row, hidden or filtered out, since `Range.values` reads hidden rows too;
 * - data in blocks under both Excel's 5,000,000-cell read limit and the response `budget`
 *   (below the 5 MB limit of Excel on the web), sized by the bytes the previous block measured;
 * - the data row count read again with the last block: a table that grew or shrank while it
 *   was read in several requests is refused, never returned half old and half new.
 * Several small tables share one block request: two syncs to resolve and size, then one per
 * round of blocks.
 * On a 1904 workbook (asked in the first sync) each block loads `numberFormat` with `values`,
 * and date-formatted numbers are read as 1900-system serials; the measured bytes per row
 * include the formats, so the blocks shrink to stay under the budget.
 */
export async function readTablesInBlocks(
  context: ContextApi,
  names: readonly string[],
  budget: number
): Promise<TableData[]> {
  const tables = names.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load("name");
    table.worksheet.load("name");
    return table;
  });
  const dateShift = queueDateSystem(context);
  await context.sync();
  const shift = dateShift();
  const missing = names.find((_, i) => tables[i].isNullObject);
  if (missing !== undefined) throw tableNotFound(missing);
  const readings: Reading[] = tables.map((table) => {
    const header = table.getHeaderRowRange();
    header.load("values,rowIndex,columnIndex,columnCount");
    const body = table.getDataBodyRange();
    body.load("rowCount");
    return { table, header, body, rows: [], bytesPerRow: 0 };
  });
  await context.sync();
  for (const reading of readings) {
    reading.bytesPerRow = FIRST_GUESS_BYTES_PER_CELL * reading.header.columnCount * (shift ? 2 : 1);
  }

  while (readings.some((r) => r.rows.length < r.body.rowCount)) {
    let bytes = 0;
    const round: { reading: Reading; range: RangeApi; recount?: RangeApi }[] = [];
    for (const reading of readings) {
      const left = reading.body.rowCount - reading.rows.length;
      if (left === 0) continue;
      const width = Math.max(1, reading.header.columnCount);
      const room = Math.max(0, budget - bytes);
      const byBytes = Math.floor(room / Math.max(1, reading.bytesPerRow));
      const count = Math.min(left, Math.floor(CELLS_PER_BLOCK / width), byBytes);
      // Each round reads at least one block, however large its first row.
      if (count <= 0 && round.length > 0) break;
      const rows = Math.max(1, count);
      const sheet = context.workbook.worksheets.getItemOrNullObject(reading.table.worksheet.name);
      const range = sheet.getRange(
        rangeAddress({
          row: reading.header.rowIndex + 1 + reading.rows.length,
          col: reading.header.columnIndex,
          rows,
          cols: width,
        })
      );
      range.load(shift ? "values,numberFormat" : "values"); // eslint-disable-line office-addins/no-empty-load -- names listed
      let recount: RangeApi | undefined;
      if (rows === left) {
        recount = reading.table.getDataBodyRange();
        recount.load("rowCount");
      }
      round.push({ reading, range, recount });
      bytes += rows * reading.bytesPerRow;
      if (bytes >= budget) break;
    }
    // One sync per round of blocks, each kept under the response budget.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { reading, range, recount } of round) {
      const formats = shift ? range.numberFormat : undefined;
      const values = shiftDateSerials(range.values, formats, shift);
      const measured = JSON.stringify(range.values).length + JSON.stringify(formats ?? []).length;
      reading.bytesPerRow = Math.max(1, Math.ceil(measured / values.length));
      for (const row of values) reading.rows.push(row.map(cellValue));
      if (recount && recount.rowCount !== reading.body.rowCount) {
        throw new WorkbookError(
          "TableChanged",
          `Table ${reading.table.name} changed while it was being read (${reading.body.rowCount} data rows, now ${recount.rowCount}). Nothing was changed; try again once editing has stopped.`
        );
      }
    }
  }

  return readings.map((reading) => {
    const rows: CellGrid = reading.rows;
    return {
      name: reading.table.name,
      sheet: reading.table.worksheet.name,
      headers: reading.header.values[0].map(String),
      rowCount: rows.length,
      rows,
      origin: { row: reading.header.rowIndex, col: reading.header.columnIndex },
    };
  });
}
