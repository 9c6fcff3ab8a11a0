import type { Problem } from "../problems/problem";

/** Something wrong between rows of a table (a broken reference), named by the row's id. */
export interface RowProblem extends Problem {
  readonly rowId: string;
}
