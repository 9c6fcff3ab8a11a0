/** Something wrong between rows of a table (a broken reference), named by the row's id. */
export interface RowProblem {
  rowId: string;
  message: string;
}
