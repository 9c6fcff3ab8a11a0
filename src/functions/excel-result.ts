import { CellFailure, type FailureCode, type Result, type ResultCell } from "./catalogue/failure";

/**
 * The part of Excel's CustomFunctions runtime used here. Typed locally: @types/office-runtime
 * does not declare CustomFunctions, and @types/custom-functions-runtime is not a dependency.
 */
interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Record<FailureCode, string>;
}

function runtime(): CustomFunctionsRuntime {
  const found = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  if (!found)
    throw new Error("CustomFunctions is not defined: TRUST.* functions run inside Excel's runtime");
  return found;
}

function excelError(failure: CellFailure): unknown {
  const { Error: ExcelError, ErrorCode } = runtime();
  return new ExcelError(ErrorCode[failure.code], failure.message);
}

/**
 * A blank result cell as "": Excel shows null inside a spilled array as 0 (office-js#1503,
 * closed "by design"), and a blank is never 0.
 */
const blankAsEmptyText = (cell: unknown): unknown =>
  cell === null || cell === undefined ? "" : cell;

/** One error object per failure object: a failure shared by many cells is converted once. */
type ExcelErrors = Map<CellFailure, unknown>;

function asExcel(cell: ResultCell, errors: ExcelErrors): unknown {
  if (!(cell instanceof CellFailure)) return blankAsEmptyText(cell);
  let error = errors.get(cell);
  if (error === undefined) errors.set(cell, (error = excelError(cell)));
  return error;
}

/**
 * Turns a catalogue result into what Excel expects: failures become CustomFunctions.Error
 * (the runtime's global is read only when a function runs, so Node can load the catalogue).
 * A whole-call failure is thrown, as Microsoft's samples do; failures inside a spilled result
 * stay in their cells, so one bad row does not hide the others.
 */
export function toExcel(result: Result): unknown {
  if (result instanceof CellFailure) throw excelError(result);
  if (!Array.isArray(result)) return blankAsEmptyText(result);
  const errors: ExcelErrors = new Map();
  // A row with nothing to convert is passed as it is (a spill can be 25,000 rows); a row with
  // a cell to convert is copied once.
  const grid: unknown[][] = new Array<unknown[]>(result.length);
  for (let r = 0; r < result.length; r++) {
    const row = result[r];
    let converted: unknown[] = row;
    for (let c = 0; c < row.length; c++) {
      const cell = asExcel(row[c], errors);
      if (cell === row[c]) continue;
      if (converted === row) converted = row.slice();
      converted[c] = cell;
    }
    grid[r] = converted;
  }
  return grid;
}
