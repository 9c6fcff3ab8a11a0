/**
 * What Excel does to the rest of the workbook when its structure changes: every formula, defined
 * name, conditional format and list validation is rewritten (references.ts), and cells, tables,
 * merges and rules below or right of inserted or deleted cells move.
 */

import { CellStore, type MemorySheet } from "../../../src/adapters/memory/model";
import type { CellRange } from "../../../src/core/layout/types";
import { tableBox } from "./table-state";
import {
  refsAfterSheetDelete,
  refsAfterSheetRename,
  refsAfterShift,
  refsAfterTableRename,
  type Shift,
} from "./references";

/** A defined name (workbook scope): `=Sheet!$A$1` or any formula. */
export interface DefinedName {
  name: string;
  formula: string;
  comment?: string;
}

export interface WorkbookState {
  sheets: MemorySheet[];
  names: DefinedName[];
}

type Rewrite = (formula: string, host: string) => string;

/**
 * Rewrites every formula in the workbook: cells, conditional formats, validations, names.
 * `mentions` (upper case) skips, without parsing, cell formulas on other sheets that contain
 * none of those words: parsing every formula of a large workbook per sync would make the fake
 * itself the slow part of a timing.
 */
export function rewriteFormulas(
  state: WorkbookState,
  rewrite: Rewrite,
  mentions?: { sheet: string; words: string[] }
): void {
  const relevant = (formula: string, host: string) => {
    if (!mentions || host.toUpperCase() === mentions.sheet.toUpperCase()) return true;
    const upper = formula.toUpperCase();
    return mentions.words.some((word) => upper.includes(word));
  };
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula !== undefined && relevant(cell.formula, sheet.name)) {
        cell.formula = rewrite(cell.formula, sheet.name);
      }
    }
    for (const rule of sheet.conditionalFormats) {
      (rule as { formula: string }).formula = rewrite(rule.formula, sheet.name);
    }
    sheet.validations = sheet.validations.map((v) =>
      "formula" in v.source
        ? { ...v, source: { formula: rewrite(v.source.formula, sheet.name) } }
        : v
    );
  }
  for (const name of state.names) name.formula = rewrite(name.formula, "");
}

export function afterSheetDelete(state: WorkbookState, sheet: MemorySheet): void {
  const tables = sheet.tables.map((t) => t.name);
  const words = [sheet.name, ...tables].map((w) => w.toUpperCase());
  rewriteFormulas(state, (formula) => refsAfterSheetDelete(formula, sheet.name, tables), {
    sheet: sheet.name,
    words,
  });
}

export function afterSheetRename(state: WorkbookState, from: string, to: string): void {
  rewriteFormulas(state, (formula) => refsAfterSheetRename(formula, from, to), {
    sheet: "",
    words: [from.toUpperCase()],
  });
}

export function afterTableRename(state: WorkbookState, from: string, to: string): void {
  rewriteFormulas(state, (formula) => refsAfterTableRename(formula, from, to), {
    sheet: "",
    words: [from.toUpperCase()],
  });
}

type Box = { row: number; col: number; rows: number; cols: number };

function full(range: CellRange): Box {
  return { row: range.row, col: range.col, rows: range.rows ?? 1, cols: range.cols ?? 1 };
}

/**
 * Moves a rectangle along the shift's axis, or returns null when the deletion removes it.
 * A rectangle straddling a partial shift's edge is left where it is (see the open questions).
 */
function moveBox(box: Box, shift: Shift): Box | null {
  const row = shift.axis === "row";
  const start = row ? box.row : box.col;
  const size = row ? box.rows : box.cols;
  const cross0 = row ? box.col : box.row;
  const crossN = cross0 + (row ? box.cols : box.rows) - 1;
  if (shift.within && (cross0 < shift.within.first || crossN > shift.within.last)) return box;
  let first = start;
  let last = start + size - 1;
  if (shift.count > 0) {
    if (first >= shift.at) first += shift.count;
    if (last >= shift.at) last += shift.count;
  } else {
    const gone0 = shift.at;
    const goneN = shift.at - shift.count - 1;
    if (first >= gone0 && last <= goneN) return null;
    const moved = (i: number) => (i > goneN ? i + shift.count : i);
    first = first >= gone0 && first <= goneN ? gone0 : moved(first);
    last = last >= gone0 && last <= goneN ? gone0 - 1 : moved(last);
  }
  return row
    ? { ...box, row: first, rows: last - first + 1 }
    : { ...box, col: first, cols: last - first + 1 };
}

function inCross(shift: Shift, cross: number): boolean {
  return !shift.within || (cross >= shift.within.first && cross <= shift.within.last);
}

/** Inserts or deletes cells on `sheet` and rewrites every reference in the workbook. */
export function shiftCells(
  state: WorkbookState,
  sheet: MemorySheet,
  shift: Shift,
  rewriteReferences = true
): void {
  const row = shift.axis === "row";
  const moved = new CellStore();
  for (const [r, c, cell] of sheet.cells.positioned()) {
    const along = row ? r : c;
    const cross = row ? c : r;
    if (!inCross(shift, cross) || along < shift.at) {
      moved.put(r, c, cell);
      continue;
    }
    if (shift.count < 0 && along < shift.at - shift.count) continue; // deleted
    const next = along + shift.count;
    if (row) moved.put(next, c, cell);
    else moved.put(r, next, cell);
  }
  sheet.cells = moved;
  const boxes = <T extends { range: CellRange }>(items: T[]) =>
    items.flatMap((item) => {
      const box = moveBox(full(item.range), shift);
      return box ? [{ ...item, range: box }] : [];
    });
  sheet.merges = sheet.merges.flatMap((merge) => moveBox(full(merge), shift) ?? []);
  sheet.validations = boxes(sheet.validations);
  sheet.conditionalFormats = boxes(sheet.conditionalFormats);
  sheet.hyperlinks = sheet.hyperlinks.flatMap((link) => {
    const box = moveBox({ row: link.row, col: link.col, rows: 1, cols: 1 }, shift);
    return box ? [{ ...link, row: box.row, col: box.col }] : [];
  });
  // A table inside deleted cells goes with them, as in Excel.
  sheet.tables = sheet.tables.filter((table) => {
    const box = moveBox(tableBox(table), shift);
    if (!box) return false;
    table.row = box.row;
    table.col = box.col;
    table.rowCount = box.rows - 1 - (table.totals ? 1 : 0);
    table.width = box.cols;
    return true;
  });
  if (rewriteReferences) {
    rewriteFormulas(state, (formula, host) => refsAfterShift(formula, host, shift), {
      sheet: sheet.name,
      words: [sheet.name.toUpperCase()],
    });
  }
}
