import { isoToExcelSerial } from "../dates/excel-serial";
import { isIsoDate } from "../dates/iso";
import type { CellGrid, CellValue } from "../values/cell";

const NUMBER = /^-?\d+(\.\d+)?$/;

export interface TypedGrid {
  /** Header row as text, then data rows with numbers as numbers and dates as Excel serials. */
  grid: CellGrid;
  /** 0-based columns holding dates, to be given a date number format. */
  dateColumns: number[];
}

/**
 * CSV text cells as a spreadsheet holds them: "95.2" becomes 95.2, "2025-09-03" an Excel date
 * serial; everything else (suppression codes such as "c", "2024/25", names) stays text.
 */
export function typedGrid(text: CellGrid): TypedGrid {
  const dateColumns = new Set<number>();
  const grid = text.map((row, index) =>
    index === 0
      ? row
      : row.map((cell, column): CellValue => {
          if (typeof cell !== "string") return cell;
          if (isIsoDate(cell)) {
            dateColumns.add(column);
            return isoToExcelSerial(cell);
          }
          return NUMBER.test(cell) ? Number(cell) : cell;
        })
  );
  return { grid, dateColumns: [...dateColumns].sort((a, b) => a - b) };
}
