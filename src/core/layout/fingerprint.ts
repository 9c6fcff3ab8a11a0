import { canonicalFormula } from "./canonical-formula";
import type { ContentCell } from "./content";
import { layoutContent } from "./content";
import type { SheetLayout } from "./types";
import type { CellGrid } from "../values/cell";

function canonicalCell(cell: ContentCell): string | null {
  if (cell.formula !== undefined)
    return `${cell.row},${cell.col},f,${canonicalFormula(cell.formula)}`;
  const value = cell.value;
  if (value === null || value === "") return null;
  const kind = typeof value === "number" ? "n" : typeof value === "boolean" ? "b" : "s";
  return `${cell.row},${cell.col},${kind},${String(value)}`;
}

/**
 * 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. The 64-bit product is taken in two
 * 32-bit halves (the prime is 2^40 + 0x1b3), exact in doubles: BigInt arithmetic per character
 * took most of classify's time on a 16,000-school table.
 */
function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    const low = (lo >>> 0) * 0x1b3;
    hi = (hi * 0x1b3 + (lo >>> 0) * 0x100 + Math.floor(low / 0x100000000)) >>> 0;
    lo = low >>> 0;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

/**
 * A stable hash of a sheet's values and formulas (not formats, not formulas' results), to tell
 * whether a person has edited a generated sheet: store `fingerprintLayout(layout)` when writing,
 * compare with `fingerprintContent((await port.readSheetContent(name)).cells)` later.
 */
export function fingerprintContent(cells: Iterable<ContentCell>): string {
  const lines: Array<{ row: number; col: number; line: string }> = [];
  for (const cell of cells) {
    const line = canonicalCell(cell);
    if (line !== null) lines.push({ row: cell.row, col: cell.col, line });
  }
  lines.sort((a, b) => a.row - b.row || a.col - b.col);
  return fnv1a64(lines.map(({ line }) => line).join("\n"));
}

/** The fingerprint the sheet will have once this layout is written. */
export function fingerprintLayout(layout: SheetLayout): string {
  return fingerprintContent(layoutContent(layout));
}

/**
 * A stable hash of a grid of values as read (a table's header and rows), to tell whether
 * evidence changed between two reads: the same rule as `fingerprintContent`, blank cells
 * ignored.
 */
export function fingerprintGrid(grid: CellGrid): string {
  return fingerprintContent(
    grid.flatMap((cells, row) => cells.map((value, col) => ({ row, col, value })))
  );
}
