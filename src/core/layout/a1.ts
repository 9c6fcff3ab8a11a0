import { columnLetter } from "./column-letter";
import type { CellRange } from "./types";

export { columnLetter };

/** "B5" for row 4, col 1 (0-based). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "B5:F7", or "B5" for a single cell. */
export function rangeAddress(range: CellRange): string {
  const rows = range.rows ?? 1;
  const cols = range.cols ?? 1;
  const first = cellAddress(range.row, range.col);
  return rows === 1 && cols === 1
    ? first
    : `${first}:${cellAddress(range.row + rows - 1, range.col + cols - 1)}`;
}

/** A sheet name as a formula refers to it: always quoted, apostrophes doubled ('O''Brien'). */
export function sheetReference(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** 0-based row/col of an A1 address such as "$B$5" or "b5"; null if it is not one. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row >= 1 ? { row: row - 1, col: col - 1 } : null;
}

/** A range from an address such as "B5:F7" or "B5"; null if it is not one. */
export function parseRangeAddress(address: string): Required<CellRange> | null {
  const [first, last = first] = address.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rows: Math.abs(a.row - b.row) + 1,
    cols: Math.abs(a.col - b.col) + 1,
  };
}

/**
 * Excel's structured-reference rules (Microsoft, "Using structured references with Excel
 * tables", support.microsoft.com/office/f5ed2452-2337-4f71-bed3-c8ae6d2b276e, "Structured
 * reference syntax rules"): inside a column specifier a single quotation mark escapes
 * [ ] # and ' ...
 */
export const structuredName = (name: string): string => name.replace(/(['#[\]])/g, "'$1");

/**
 * ... and a header holding a special character (tab, line feed, carriage return , : . [ ] # '
 * " { } $ ^ & * + = - > < /) is enclosed in brackets of its own, so the specifier takes two
 * (`Inspections[[Post-16]]`); a space alone needs none (`DeptSales[Sales Amount]`). Anything
 * beyond letters, digits, _ and spaces is bracketed: two brackets are never wrong.
 */
export function columnSpecifier(header: string): string {
  const name = structuredName(header);
  return /^[\p{L}\p{N}_ ]*$/u.test(header) ? `[${name}]` : `[[${name}]]`;
}

/** A table column's data as a formula names it: `Measures[Value]`, `Inspections[[Post-16]]`. */
export const structuredColumn = (table: string, header: string): string =>
  `${table}${columnSpecifier(header)}`;
