import * as z from "zod/mini";
import type { CellValue } from "../../core/values/cell";
import { ArgumentProblem, invalidValue, notAvailable, type CellFailure } from "./failure";

/**
 * A cell Excel passed that is not a plain value: an error value (only reaches us because the
 * build sets allowErrorForDataTypeAny) or something no cell holds (a junk object).
 */
export type SpecialCell =
  { special: "excel error"; code: string } | { special: "unsupported"; description: string };

export type InputCell = CellValue | SpecialCell;
export type InputGrid = InputCell[][];

/**
 * Excel's shapes for one cell: a number (dates are serials), text, TRUE/FALSE, a blank (null,
 * "" or, for an omitted argument, undefined), or an error value, which the runtime passes as a
 * CustomFunctions.Error ({ code: "#N/A", message? }) or an Excel.ErrorCellValue
 * ({ type: "Error", basicValue: "#N/A" }).
 */
const errorCode = z.string().check(z.startsWith("#"));
const excelCell = z.union([
  z.number().check(z.refine(Number.isFinite)),
  z.string(),
  z.boolean(),
  z.null(),
  z.pipe(
    z.undefined(),
    z.transform(() => null)
  ),
  z.pipe(
    z.looseObject({ code: errorCode }),
    z.transform(({ code }): SpecialCell => ({ special: "excel error", code }))
  ),
  z.pipe(
    z.looseObject({ type: z.literal("Error"), basicValue: errorCode }),
    z.transform(({ basicValue }): SpecialCell => ({ special: "excel error", code: basicValue }))
  ),
]);

function describeJunk(value: unknown): string {
  if (typeof value === "number") return `the number ${value}`;
  if (Array.isArray(value)) return "a nested list";
  return value === null ? "null" : `a value of type ${typeof value}`;
}

/**
 * Reads one cell as Excel passes it; never throws. Plain values skip the schema: a whole
 * column (C:C) is a million cells, and functions share the pane's thread.
 */
export function readCell(value: unknown): InputCell {
  // "" (a formula returning "") is the same blank as null, so messages name it the same way.
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const parsed = z.safeParse(excelCell, value);
  return parsed.success
    ? (parsed.data as InputCell)
    : { special: "unsupported", description: describeJunk(value) };
}

/**
 * Reads one cell as readCell does but keeps "" as it is: for a caller that reads "" as blank
 * itself (classifyRows), so a row holding "" need not be copied.
 */
export const readCellKeepingEmptyText = (value: unknown): InputCell =>
  value === "" ? "" : readCell(value);

export function isSpecial(cell: InputCell): cell is SpecialCell {
  return typeof cell === "object" && cell !== null;
}

export const isBlankInput = (cell: InputCell): boolean =>
  cell === null || (typeof cell === "string" && cell.trim() === "");

/**
 * The failure for a special cell, naming where it is. An #N/A passed in stays #N/A (the answer
 * is not available); any other error or junk is #VALUE!, which can carry the message.
 */
export function specialCellFailure(cell: SpecialCell, where: string): CellFailure {
  if (cell.special === "unsupported")
    return invalidValue(
      `${where} holds ${cell.description}; expected a number, text, TRUE/FALSE or a blank cell`
    );
  const message = `${where} holds the error ${cell.code}`;
  return cell.code === "#N/A" ? notAvailable(message) : invalidValue(message);
}

/**
 * A range argument as a rectangular grid. Excel passes any[][]; a lone value (a scalar, or an
 * argument left out) is a 1 x 1 range. A ragged or empty list is refused with its name. Each
 * cell is read by `read` (readCell unless the caller says otherwise).
 */
export function readGrid(
  argument: unknown,
  name: string,
  read: (value: unknown) => InputCell = readCell
): InputGrid {
  if (!Array.isArray(argument)) return [[read(argument)]];
  if (argument.length === 0) throw new ArgumentProblem("invalidValue", `${name} is an empty range`);
  const rows: unknown[][] = argument.every(Array.isArray)
    ? (argument as unknown[][])
    : argument.some(Array.isArray)
      ? []
      : [argument];
  if (rows.length === 0)
    throw new ArgumentProblem(
      "invalidValue",
      `${name} mixes single values and rows; expected a range`
    );
  const width = rows[0].length;
  if (width === 0) throw new ArgumentProblem("invalidValue", `${name} is an empty range`);
  const ragged = rows.findIndex((row) => row.length !== width);
  if (ragged >= 0)
    throw new ArgumentProblem(
      "invalidValue",
      `${name} is not rectangular: row ${ragged + 1} has ${rows[ragged].length} cells, row 1 has ${width}`
    );
  // A row of plain cells is kept as it is (a whole column is a million rows); a row with a cell
  // that reads differently ("" as blank, an error value as a special cell) is copied once.
  const grid: InputGrid = new Array<InputCell[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let cells = row as InputCell[];
    for (let c = 0; c < width; c++) {
      const cell = read(row[c]);
      if (cell === row[c]) continue;
      if (cells === row) cells = row.slice() as InputCell[];
      cells[c] = cell;
    }
    grid[r] = cells;
  }
  return grid;
}

/**
 * A single-cell argument. A 1 x 1 range is its cell; a larger range is refused (Excel only
 * passes one to a scalar parameter when a caller bypasses the metadata).
 */
export function readScalar(argument: unknown, name: string): InputCell {
  if (!Array.isArray(argument)) return readCell(argument);
  const grid = readGrid(argument, name);
  if (grid.length !== 1 || grid[0].length !== 1)
    throw new ArgumentProblem(
      "invalidValue",
      `${name} must be a single cell, not a range of ${grid.length} x ${grid[0].length}`
    );
  return grid[0][0];
}

/** A scalar argument that must be a plain value: an error or junk cell ends the call. */
export function readPlainScalar(argument: unknown, name: string): CellValue {
  const cell = readScalar(argument, name);
  if (isSpecial(cell)) {
    const failure = specialCellFailure(cell, name);
    throw new ArgumentProblem(failure.code, failure.message);
  }
  return cell;
}
