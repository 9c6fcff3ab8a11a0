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

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash = ((hash ^ BigInt(text.charCodeAt(i))) * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * A stable hash of a sheet's values and formulas (not formats, not formulas' results), to tell
 * whether a person has edited a generated sheet: store `fingerprintLayout(layout)` when writing,
 * compare with `fingerprintContent((await port.readSheetContent(name)).cells)` later.
 */
export function fingerprintContent(cells: Iterable<ContentCell>): string {
  const lines: string[] = [];
  for (const cell of cells) {
    const line = canonicalCell(cell);
    if (line !== null) lines.push(line);
  }
  const position = (line: string) => line.split(",", 2).map(Number);
  lines.sort((a, b) => {
    const [ar, ac] = position(a);
    const [br, bc] = position(b);
    return ar - br || ac - bc;
  });
  return fnv1a64(lines.join("\n"));
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
