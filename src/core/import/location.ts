import type { ProblemDraft } from "../problems/problem";

export { columnLetter } from "../layout/column-letter";
export { formatProblem } from "../problems/problem";

/**
 * One thing wrong with imported data, located as a person finds it in Excel: the sheet,
 * the column (letter and header) and the sheet row number (1-based, header row included).
 * A Problem (core/problems) whose code is `invalid` unless it says otherwise.
 */
export type ImportProblem = ProblemDraft & { readonly sheet: string };
