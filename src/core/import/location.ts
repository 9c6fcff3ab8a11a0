import { describeValue } from "../values/parsed";
import type { CellValue } from "../values/cell";

/** Excel's column letters for a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * One thing wrong with imported data, located as a person finds it in Excel: the sheet,
 * the column (letter and header) and the sheet row number (1-based, header row included).
 */
export interface ImportProblem {
  sheet: string;
  /** 0-based column index; undefined for a problem with the whole sheet or row. */
  column?: number;
  header?: string;
  /** Sheet row number as Excel shows it; undefined for a problem with a whole column. */
  row?: number;
  value?: CellValue;
  message: string;
}

function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Schools!J5 (column J 'OFSTEDRATING', row 5): 'Goodish' is not ..." */
export function formatProblem(problem: ImportProblem): string {
  const letter = problem.column === undefined ? undefined : columnLetter(problem.column);
  const where =
    letter && problem.row !== undefined
      ? `${quoteSheet(problem.sheet)}!${letter}${problem.row}`
      : `sheet ${describeValue(problem.sheet)}`;
  const details = [
    letter ? `column ${letter}${problem.header ? ` ${describeValue(problem.header)}` : ""}` : "",
    problem.row !== undefined ? `row ${problem.row}` : "",
  ].filter((part) => part !== "");
  return `${where}${details.length > 0 ? ` (${details.join(", ")})` : ""}: ${problem.message}`;
}
