/**
 * How the catalogue reports a cell it cannot answer. Excel shows a message only for #VALUE!
 * and #N/A, so those are the only two codes: #VALUE! when an argument is wrong (the person must
 * fix a cell), #N/A when the answer is not available (too little evidence, a suppressed figure,
 * an #N/A passed in).
 */
export type FailureCode = "invalidValue" | "notAvailable";

/** One cell's failure, returned in place of a value (a spilled result keeps its other rows). */
export class CellFailure {
  constructor(
    readonly code: FailureCode,
    readonly message: string
  ) {}
}

/** Thrown inside an implementation when a whole argument is unusable; `guard` returns it. */
export class ArgumentProblem extends Error {
  constructor(
    readonly code: FailureCode,
    message: string
  ) {
    super(message);
  }
}

export const invalidValue = (message: string): CellFailure =>
  new CellFailure("invalidValue", message);
export const notAvailable = (message: string): CellFailure =>
  new CellFailure("notAvailable", message);

export type ResultCell = string | number | boolean | CellFailure;
export type ResultGrid = ResultCell[][];
export type Result = ResultCell | ResultGrid;

/** Prefix that marks a bug rather than bad input; the property test asserts it never appears. */
export const INTERNAL_ERROR = "TrustTier internal error";

/**
 * Runs an implementation so it never throws: an ArgumentProblem becomes its failure, anything
 * else (a bug) becomes #VALUE! with a message saying so, never a JavaScript exception in Excel.
 */
export function guard(run: () => Result): Result {
  try {
    return run();
  } catch (error) {
    if (error instanceof ArgumentProblem) return new CellFailure(error.code, error.message);
    const detail = error instanceof Error ? error.message : String(error);
    return invalidValue(`${INTERNAL_ERROR}: ${detail}`);
  }
}
