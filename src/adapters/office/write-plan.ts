import { rangeAddress } from "../../core/layout/a1";
import { asLiteralText } from "../../core/layout/text-safety";
import type { CellRange, SheetLayout } from "../../core/layout/types";
import type { CellValue } from "../../core/values/cell";
import { isDateFormat } from "../../port/date-system";

/** What `Range.formulas` takes: a constant, a formula, or null for "leave this cell alone". */
export type FormulaInput = string | number | boolean | null;

/** A block of rows written by one assignment to `Range.formulas` (and `numberFormat`). */
export interface CellBlock {
  readonly address: string;
  readonly formulas: FormulaInput[][];
  /** Per-cell number formats, or undefined when the block has none. */
  readonly numberFormats?: (string | null)[][];
}

/** Largest serialised size of one block's data; Excel on the web refuses requests over 5 MB. */
export const BLOCK_BUDGET_BYTES = 1_000_000;

function asFormulaInput(value: CellValue): FormulaInput {
  if (value === null || value === "") return null;
  return typeof value === "string" ? asLiteralText(value) : value;
}

/**
 * The layout's cell contents as row blocks: constants and formulas in one 2D array per block
 * (text guarded so it stays text), each block under `budget` bytes when serialised.
 * `dateShift` (-1462 for a 1904 workbook) is added to every number the sheet will show with a
 * date format: its cell's own, or the last of the layout's range formats over it (written
 * after the cells, so it wins).
 */
export function cellBlocks(
  layout: SheetLayout,
  budget = BLOCK_BUDGET_BYTES,
  dateShift = 0
): CellBlock[] {
  const entries = new Map<string, { input: FormulaInput; numberFormat?: string }>();
  const put = (row: number, col: number, input: FormulaInput, numberFormat?: string) => {
    const key = `${row},${col}`;
    const before = entries.get(key);
    entries.set(key, { input, numberFormat: numberFormat ?? before?.numberFormat });
  };
  for (const cell of layout.cells) {
    const input = cell.formula !== undefined ? cell.formula : asFormulaInput(cell.value ?? null);
    put(cell.row, cell.col, input, cell.numberFormat);
  }
  for (const table of layout.tables ?? []) {
    table.headers.forEach((header, c) => put(table.row, table.col + c, asLiteralText(header)));
    table.rows.forEach((cells, r) =>
      cells.forEach((value, c) => put(table.row + 1 + r, table.col + c, asFormulaInput(value)))
    );
  }
  if (entries.size === 0) return [];
  if (dateShift !== 0) shiftDates(layout, entries, dateShift);
  // A loop, not Math.min(...cells): a national table has more cells than a call takes arguments
  // (about 125,000 in V8, 65,536 in JavaScriptCore, which Excel for Mac runs).
  let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const key of entries.keys()) {
    const [r, c] = key.split(",").map(Number);
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  const width = right - left + 1;
  const hasFormats = [...entries.values()].some((e) => e.numberFormat !== undefined);

  const blocks: CellBlock[] = [];
  let formulas: FormulaInput[][] = [];
  let formats: (string | null)[][] = [];
  let size = 0;
  let start = top;
  const flush = (end: number) => {
    if (formulas.length === 0) return;
    const range: CellRange = { row: start, col: left, rows: end - start, cols: width };
    blocks.push({
      address: rangeAddress(range),
      formulas,
      ...(hasFormats && { numberFormats: formats }),
    });
    formulas = [];
    formats = [];
    size = 0;
    start = end;
  };
  for (let row = top; row <= bottom; row++) {
    const line: FormulaInput[] = [];
    const lineFormats: (string | null)[] = [];
    for (let col = left; col <= right; col++) {
      const entry = entries.get(`${row},${col}`);
      line.push(entry?.input ?? null);
      lineFormats.push(entry?.numberFormat ?? null);
    }
    const lineSize =
      JSON.stringify(line).length + (hasFormats ? JSON.stringify(lineFormats).length : 0);
    if (size + lineSize > budget) flush(row);
    formulas.push(line);
    formats.push(lineFormats);
    size += lineSize;
  }
  flush(bottom + 1);
  return blocks;
}

function shiftDates(
  layout: SheetLayout,
  entries: Map<string, { input: FormulaInput; numberFormat?: string }>,
  days: number
): void {
  const ranged = (layout.formats ?? []).filter((f) => f.numberFormat !== undefined);
  for (const [key, entry] of entries) {
    if (typeof entry.input !== "number") continue;
    const [row, col] = key.split(",").map(Number);
    const over = [...ranged]
      .reverse()
      .find(
        ({ range }) =>
          row >= range.row &&
          row < range.row + (range.rows ?? 1) &&
          col >= range.col &&
          col < range.col + (range.cols ?? 1)
      );
    if (isDateFormat(over?.numberFormat ?? entry.numberFormat)) {
      entries.set(key, { ...entry, input: entry.input + days });
    }
  }
}

/** Excel's column width in characters as Office.js points (Calibri 11: 7 px a character + 5 px). */
export function widthToPoints(characters: number): number {
  return Math.round((Math.trunc(characters * 7 + 5) * 3) / 4);
}

export function pointsToWidth(points: number): number {
  return Math.round((((points * 4) / 3 - 5) / 7) * 100) / 100;
}
