/**
 * How a blank cell reaches a custom function, and how the TRUST functions read it.
 *
 * Excel passes a blank cell in one of three forms:
 * - `0` on older desktop builds, for scalar `any` parameters (OfficeDev/office-js#4702: "Empty
 *   cells are passed as zero in desktop and null in office web"), optional `any` matrix
 *   parameters (#5262) and repeating matrix ones (#1951: "we cannot disambiguate legitimate
 *   zeroes from empty cells");
 * - `null` on the web and on later desktop builds (#4702; Microsoft's reply there: the change
 *   came "as a bug fix", with no requirement set to detect it);
 * - `""` from a cell whose formula returns "".
 *
 * Where 0 cannot be a value of the argument (a word on a text scale, a level, a date, a text
 * column of a table), 0 reads as blank here, at the function's edge, so the three forms give
 * the same answer. Where 0 can be a value (a figure, a benchmark, TRUE/FALSE), it stays 0:
 * docs/functions.md ("Blank cells") says what each function does with it.
 */

/** A cell that is blank in any of Excel's forms, 0 included. */
export const isBlankOrZero = (cell: unknown): boolean =>
  cell === null ||
  cell === undefined ||
  cell === 0 ||
  (typeof cell === "string" && cell.trim() === "");

const zeroToNull = (cell: unknown): unknown => (cell === 0 ? null : cell);

/**
 * The argument with every cell that is 0 read as blank (null). Other shapes, junk included,
 * pass through unchanged for the readers to judge.
 */
export function zeroAsBlank(argument: unknown): unknown {
  if (!Array.isArray(argument)) return zeroToNull(argument);
  return argument.map((row: unknown) =>
    Array.isArray(row) ? (row.includes(0) ? row.map(zeroToNull) : row) : zeroToNull(row)
  );
}

/**
 * A range without the blank rows at its end (a whole column, C:C, is 1,048,576 rows, mostly
 * blank): the spill then stops at the last row holding a value. One row is kept when all are
 * blank. Anything but a list of rows passes through unchanged.
 */
export function trimTrailingBlankRows(argument: unknown): unknown {
  if (!Array.isArray(argument) || argument.length <= 1 || !argument.every(Array.isArray))
    return argument;
  const rows = argument as unknown[][];
  let last = rows.length - 1;
  while (last > 0 && rows[last].every(isBlankOrZero)) last--;
  return last === rows.length - 1 ? rows : rows.slice(0, last + 1);
}
