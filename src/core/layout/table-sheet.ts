import type { RangeFormat, SheetLayout } from "./types";
import type { CellGrid } from "../values/cell";
import { DATE_FORMAT } from "./number-formats";

export interface TableSheetInput {
  /** Sheet and table name. */
  name: string;
  /** Typed grid, header row first. */
  grid: CellGrid;
  dateColumns: readonly number[];
  /** Columns of long text (findings, next steps), wrapped and wider. */
  wideColumns?: readonly number[];
}

/** A canonical table on its own sheet, as an Excel table named like the sheet. */
export function tableSheetLayout(input: TableSheetInput): SheetLayout {
  const [header = [], ...rows] = input.grid;
  const headers = header.map((cell) => String(cell ?? ""));
  const dataRows = Math.max(1, rows.length);
  const formats: RangeFormat[] = input.dateColumns.map((col) => ({
    range: { row: 1, col, rows: dataRows, cols: 1 },
    numberFormat: DATE_FORMAT,
  }));
  for (const col of input.wideColumns ?? []) {
    formats.push({ range: { row: 1, col, rows: dataRows, cols: 1 }, style: { wrapText: true } });
  }
  return {
    name: input.name,
    cells: [],
    tables: [
      {
        name: input.name,
        row: 0,
        col: 0,
        headers,
        rows: rows.map((row) => headers.map((_, column) => row[column] ?? null)),
        style: "TableStyleLight9",
      },
    ],
    formats,
    columnWidths: headers.map((text, col) => ({
      col,
      width: input.wideColumns?.includes(col) ? 60 : Math.min(30, Math.max(10, text.length + 3)),
    })),
    frozen: { rows: 1, cols: 0 },
  };
}
