import { dataRange, wholeColumn, type ColumnRef } from "./sources";

/**
 * Native formulas that compute the same in Excel and LibreOffice (no XLOOKUP, FILTER or LET):
 * COUNTIFS guards, SUMIFS for numbers, SUMPRODUCT(MAX(...ROW())) for the sheet row of a match
 * and INDEX on the whole column for text. A missing figure gives "", never 0.
 */

/** A string literal for a formula: "O""Brien". */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One condition: a column equal to a formula fragment (a cell reference or a quoted literal). */
export interface Match {
  readonly column: ColumnRef;
  readonly equals: string;
}

function countArgs(matches: readonly Match[]): string {
  return matches.map((m) => `${dataRange(m.column)},${m.equals}`).join(",");
}

export function countIfs(
  matches: readonly Match[],
  extra?: { column: ColumnRef; criterion: string }
): string {
  const tail = extra ? `,${dataRange(extra.column)},${quoted(extra.criterion)}` : "";
  return `COUNTIFS(${countArgs(matches)}${tail})`;
}

/** The sheet row of the last row matching every condition (0 when none). */
export function lastMatchRow(matches: readonly Match[], extraFactor = ""): string {
  const first = matches[0];
  if (!first) throw new Error("lastMatchRow needs at least one condition");
  const factors = matches.map((m) => `(${dataRange(m.column)}=${m.equals})`).join("*");
  return `SUMPRODUCT(MAX(${factors}${extraFactor}*ROW(${dataRange(first.column)})))`;
}

/** Numbers above this are "any number" for COUNTIFS (text and blanks never match). */
const ANY_NUMBER = ">-1E+300";

/**
 * A figure (Measures' Value): the number, or the text written there (a suppression code such
 * as "c" or "SUPP", shown as such), or "" when there is no row or the cell is blank.
 */
export function figureFormula(value: ColumnRef, matches: readonly Match[]): string {
  const numbers = countIfs(matches, { column: value, criterion: ANY_NUMBER });
  const filled = countIfs(matches, { column: value, criterion: "<>" });
  const text = `INDEX(${wholeColumn(value)},${lastMatchRow(matches)})`;
  return `=IF(${numbers}>0,SUMIFS(${dataRange(value)},${countArgs(matches)}),IF(${filled}>0,${text},""))`;
}

/** A number (Targets' Target, National's Value), or "" when none. */
export function numberFormula(value: ColumnRef, matches: readonly Match[]): string {
  const numbers = countIfs(matches, { column: value, criterion: ANY_NUMBER });
  return `=IF(${numbers}=0,"",SUMIFS(${dataRange(value)},${countArgs(matches)}))`;
}

/** The cell of `value` on the sheet row held in `rowCell` (0 or blank gives ""). */
export function cellAtRow(value: ColumnRef, rowCell: string): string {
  const at = `INDEX(${wholeColumn(value)},${rowCell})`;
  return `=IF(N(${rowCell})<1,"",IF(${at}="","",${at}))`;
}

/** The text or number in the last row matching every condition, or "". */
export function lastMatchFormula(value: ColumnRef, matches: readonly Match[]): string {
  const row = lastMatchRow(matches);
  const at = `INDEX(${wholeColumn(value)},${row})`;
  return `=IF(${countIfs(matches)}=0,"",IF(${at}="","",${at}))`;
}

/** Excel refuses a text literal longer than 255 characters inside a formula. */
const LITERAL_MAX = 255;

/** A string of any length for a formula: literals of at most 255 characters joined by &. */
export function quotedLong(text: string): string {
  if (text.length <= LITERAL_MAX) return quoted(text);
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += LITERAL_MAX)
    parts.push(quoted(text.slice(i, i + LITERAL_MAX)));
  return parts.join("&");
}

/**
 * A lookup of `key` in a fixed list, or "": MATCH in an array constant of keys, CHOOSE among
 * the values (expressions, so a support offer longer than Excel's 255-character literal is
 * written in pieces; an array constant could not hold it).
 */
export function choose(keyCell: string, pairs: readonly (readonly [string, string])[]): string {
  const keys = pairs.map(([key]) => quoted(key)).join(",");
  const values = pairs.map(([, value]) => quotedLong(value)).join(",");
  return `IFERROR(CHOOSE(MATCH(${keyCell},{${keys}},0),${values}),"")`;
}
