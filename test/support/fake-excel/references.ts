/**
 * References inside formulas, as Excel rewrites them: a deleted sheet or table becomes #REF!,
 * inserted or deleted rows and columns move the references after them, a renamed sheet or table
 * is renamed in every formula, and a copied formula moves its relative references. Text inside
 * "string literals" and table-column names inside [brackets] are never touched.
 */

import { columnLetter } from "../../../src/core/layout/a1";
import { sameSheetName } from "../../../src/core/layout/sheet-names";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** One end of an A1 reference; `row` or `col` is undefined in whole-column or whole-row refs. */
interface End {
  row?: number;
  col?: number;
  absRow: boolean;
  absCol: boolean;
}

interface Reference {
  kind: "ref";
  /** The sheet named before "!", unquoted; undefined for the formula's own sheet. */
  sheet?: string;
  /** The sheet as written ("'My Sheet'" or "Sheet1"), so untouched refs keep their spelling. */
  written?: string;
  ends: [End, End] | null; // null: already #REF!
}

interface StructuredRef {
  kind: "table";
  table: string;
  spec: string;
}

type Piece = { kind: "text"; text: string } | Reference | StructuredRef;

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_\u00A1-\uFFFF][\w.\u00A1-\uFFFF]*))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const AREA = String.raw`${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7}|#REF!`;
const REF = new RegExp(`(?:${SHEET})?(${AREA})(?![\\w(!\\[])`, "y");
const NAME_THEN_BRACKET = /([A-Za-z_\\][\w.\u00A1-\uFFFF]*)\[/y;

function parseEnd(text: string): End {
  const match = /^(\$?)([A-Za-z]{0,3})(\$?)(\d*)$/.exec(text)!;
  const [, d1, letters, d2, digits] = match;
  let col: number | undefined;
  if (letters) {
    col = 0;
    for (const letter of letters.toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
    col -= 1;
  }
  return {
    col,
    row: digits ? Number(digits) - 1 : undefined,
    absCol: letters ? d1 === "$" : false,
    absRow: letters ? d2 === "$" : d1 === "$",
  };
}

function writeEnd(end: End): string {
  const col = end.col === undefined ? "" : `${end.absCol ? "$" : ""}${columnLetter(end.col)}`;
  const row = end.row === undefined ? "" : `${end.absRow ? "$" : ""}${end.row + 1}`;
  return col + row;
}

/** Balanced [ … ] starting at `start` (which holds "["); returns the index after it. */
function closeBracket(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'" && i + 1 < formula.length)
      i++; // ' escapes the next character in a column name
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

export function parseFormula(formula: string): Piece[] {
  const pieces: Piece[] = [];
  let text = "";
  const flush = () => {
    if (text) pieces.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      let stop = end < 0 ? formula.length : end + 1;
      while (formula[stop] === '"') stop = formula.indexOf('"', stop + 1) + 1 || formula.length;
      text += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const before = i > 0 ? formula[i - 1] : "";
    const atBoundary = !/[\w.$'\u00A1-\uFFFF]/.test(before);
    if (atBoundary) {
      NAME_THEN_BRACKET.lastIndex = i;
      const named = NAME_THEN_BRACKET.exec(formula);
      if (named) {
        const end = closeBracket(formula, i + named[1].length);
        flush();
        pieces.push({
          kind: "table",
          table: named[1],
          spec: formula.slice(i + named[1].length, end),
        });
        i = end;
        continue;
      }
      REF.lastIndex = i;
      const ref = REF.exec(formula);
      if (ref) {
        const [whole, quoted, bare, area] = ref;
        const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : bare;
        const written = quoted !== undefined ? `'${quoted}'` : bare;
        let ends: Reference["ends"] = null;
        if (area !== "#REF!") {
          const [a, b = a] = area.split(":");
          ends = [parseEnd(a), parseEnd(b)];
        }
        flush();
        pieces.push({ kind: "ref", sheet, written, ends });
        i += whole.length;
        continue;
      }
    }
    if (ch === "[") {
      const end = closeBracket(formula, i);
      text += formula.slice(i, end);
      i = end;
      continue;
    }
    text += ch;
    i++;
  }
  flush();
  return pieces;
}

/** Whether Excel writes this sheet name in quotes (observed rules, see RULES.md). */
export function sheetNeedsQuotes(name: string): boolean {
  if (/[^\w.\u00A1-\uFFFF]/.test(name)) return true;
  if (/^[\d.]/.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d{1,7}$/.test(name)) return true; // looks like a cell (A1, XFD5)
  return /^(r|c|rc|r\d+c\d+|r\d+|c\d+)$/i.test(name); // R1C1 notation
}

function sheetText(name: string): string {
  return sheetNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

function writeRef(ref: Reference, sheetSpelling: (ref: Reference) => string | undefined): string {
  const sheet = sheetSpelling(ref);
  const prefix = sheet === undefined ? "" : `${sheet}!`;
  if (!ref.ends) return `${prefix}#REF!`;
  const [a, b] = ref.ends;
  const first = writeEnd(a);
  const second = writeEnd(b);
  const single = a.row !== undefined && a.col !== undefined && first === second;
  return prefix + (single ? first : `${first}:${second}`);
}

function write(pieces: Piece[], spelling = (ref: Reference) => ref.written): string {
  return pieces
    .map((piece) => {
      if (piece.kind === "text") return piece.text;
      if (piece.kind === "table") return piece.table + piece.spec;
      return writeRef(piece, spelling);
    })
    .join("");
}

/** Applies `change` to every A1 reference that points at `sheet` from a formula on `host`. */
function mapRefs(
  formula: string,
  host: string,
  sheet: string,
  change: (ref: Reference) => void
): string {
  const pieces = parseFormula(formula);
  let touched = false;
  for (const piece of pieces) {
    if (piece.kind !== "ref" || !piece.ends) continue;
    const target = piece.sheet ?? host;
    if (!sameSheetName(target, sheet)) continue;
    change(piece);
    touched = true;
  }
  return touched ? write(pieces) : formula;
}

/** A formula after `sheet` (and its `tables`) were deleted: their references become #REF!. */
export function refsAfterSheetDelete(formula: string, sheet: string, tables: string[]): string {
  const pieces = parseFormula(formula);
  let touched = false;
  const out = pieces.map((piece): Piece => {
    if (piece.kind === "ref" && piece.sheet !== undefined && sameSheetName(piece.sheet, sheet)) {
      touched = true;
      return { kind: "text", text: writeRef(piece, () => "#REF") };
    }
    if (
      piece.kind === "table" &&
      tables.some((t) => t.toUpperCase() === piece.table.toUpperCase())
    ) {
      touched = true;
      return { kind: "text", text: "#REF!" };
    }
    return piece;
  });
  return touched ? write(out) : formula;
}

export function refsAfterSheetRename(formula: string, from: string, to: string): string {
  const pieces = parseFormula(formula);
  let touched = false;
  for (const piece of pieces) {
    if (piece.kind === "ref" && piece.sheet !== undefined && sameSheetName(piece.sheet, from)) {
      piece.sheet = to;
      piece.written = sheetText(to);
      touched = true;
    }
  }
  return touched ? write(pieces) : formula;
}

export function refsAfterTableRename(formula: string, from: string, to: string): string {
  const pieces = parseFormula(formula);
  let touched = false;
  for (const piece of pieces) {
    if (piece.kind === "table" && piece.table.toUpperCase() === from.toUpperCase()) {
      piece.table = to;
      touched = true;
    }
  }
  return touched ? write(pieces) : formula;
}

/** Rows (or columns) `at` … `at + count - 1` inserted (count > 0) or deleted (count < 0). */
export interface Shift {
  sheet: string;
  axis: "row" | "col";
  at: number;
  count: number;
  /** Only cells in these columns (rows, for a column shift) move; undefined = whole rows. */
  within?: { first: number; last: number };
}

const key = (axis: Shift["axis"]) => (axis === "row" ? "row" : "col");
const other = (axis: Shift["axis"]) => (axis === "row" ? "col" : "row");

export function refsAfterShift(formula: string, host: string, shift: Shift): string {
  const k = key(shift.axis);
  const o = other(shift.axis);
  return mapRefs(formula, host, shift.sheet, (ref) => {
    const [a, b] = ref.ends!;
    if (a[k] === undefined || b[k] === undefined) return; // whole columns do not move with rows
    if (shift.within) {
      const lo = a[o] ?? 0;
      const hi = b[o] ?? (o === "col" ? MAX_COL : MAX_ROW) - 1;
      if (lo < shift.within.first || hi > shift.within.last) return;
    }
    if (shift.count > 0) {
      for (const end of [a, b]) if (end[k]! >= shift.at) end[k]! += shift.count;
      return;
    }
    const first = shift.at;
    const last = shift.at - shift.count - 1;
    const lo = a[k]!;
    const hi = b[k]!;
    if (lo >= first && hi <= last) {
      ref.ends = null;
      return;
    }
    const moved = (index: number) => (index > last ? index + shift.count : index);
    a[k] = lo >= first && lo <= last ? first : moved(lo);
    b[k] = hi >= first && hi <= last ? first - 1 : moved(hi);
  });
}

/** A formula copied `rows` down and `cols` across: relative references move, absolute stay. */
export function refsAfterCopy(formula: string, rows: number, cols: number): string {
  const pieces = parseFormula(formula);
  for (const piece of pieces) {
    if (piece.kind !== "ref" || !piece.ends) continue;
    for (const end of piece.ends) {
      if (end.row !== undefined && !end.absRow) end.row += rows;
      if (end.col !== undefined && !end.absCol) end.col += cols;
    }
    const outside = piece.ends.some(
      (end) =>
        (end.row !== undefined && (end.row < 0 || end.row >= MAX_ROW)) ||
        (end.col !== undefined && (end.col < 0 || end.col >= MAX_COL))
    );
    if (outside) piece.ends = null;
  }
  return write(pieces);
}

/** `[[#This Row],[Value]]` → `[@Value]`; `[[#This Row],[A b]:[C]]` → `[@[A b]:[C]]`. */
function thisRowAsAt(spec: string): string {
  const match = /^\[\[#This Row\],\s*(.*)\]$/i.exec(spec);
  if (!match) return spec;
  const simple = /^\[([A-Za-z_][\w.]*)\]$/.exec(match[1]);
  return simple ? `[@${simple[1]}]` : `[@${match[1]}]`;
}

/**
 * A formula as Excel gives it back in `Range.formulas`: sheet names in quotes only where they
 * need them, and `[#This Row],` written as `@`.
 */
export function renderFormula(formula: string): string {
  if (!formula.includes("'") && !/#this row/i.test(formula)) return formula;
  const pieces = parseFormula(formula);
  for (const piece of pieces) {
    if (piece.kind === "table") piece.spec = thisRowAsAt(piece.spec);
  }
  return write(pieces, (ref) => (ref.sheet === undefined ? undefined : sheetText(ref.sheet)));
}
