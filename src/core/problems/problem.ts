import type { CellValue } from "../values/cell";
import { describeValue } from "../values/parsed";
import { columnLetter } from "../layout/column-letter";

/**
 * What kind of fault a problem is, for code that reacts to it (the message says it to a person):
 * `invalid`: a value that cannot be read as what the place holds, or breaks its rule;
 * `missing`: a required sheet, table, column, row, cell or setting is absent or blank;
 * `duplicate`: an id, key or name that must be unique is repeated;
 * `conflict`: two places disagree, or a reference points nowhere;
 * `not-allowed`: a decision a rule refuses (an override without its reason).
 */
export type ProblemCode = "invalid" | "missing" | "duplicate" | "conflict" | "not-allowed";

/**
 * One thing a person must change, located as they find it, in the manner of zod's issues:
 * on a sheet (its cell, column or row), or at a school and one of its fields.
 */
export interface Problem {
  readonly code: ProblemCode;
  readonly sheet?: string;
  /** 0-based column index; undefined for a problem with the whole sheet or row. */
  readonly column?: number;
  /** The column's header as it stands, or the field's name in a framework table. */
  readonly header?: string;
  /** Sheet row number as Excel shows it (header row included); undefined for a whole column. */
  readonly row?: number;
  readonly school?: string;
  readonly urn?: number;
  /** The school's field at fault ("reason"); the message names it as the pane labels it. */
  readonly field?: string;
  /** The value found there, where one was. */
  readonly value?: CellValue;
  /** What was expected, where the message alone does not list it. */
  readonly expected?: string;
  /** What is wrong, in words; for a problem at a school it names the school and the field. */
  readonly message: string;
}

/** A problem as first noted, before its kind is said: a cell's fault is `invalid` unless it says. */
export type ProblemDraft = Omit<Problem, "code"> & { readonly code?: ProblemCode };

export const asProblem = (draft: ProblemDraft): Problem => ({
  ...draft,
  code: draft.code ?? "invalid",
});

/**
 * The outcome of an operation that can fail on a person's input and lets them choose what to
 * do next (the pane offers the choice); input the person must fix in the workbook throws
 * InputProblemsError instead (docs/architecture rule in README, "Problems").
 */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const succeeded = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failed = <T = never>(problems: readonly Problem[]): Outcome<T> => ({
  ok: false,
  problems,
});

function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A problem as one line: "Schools!J5 (column J 'OFSTEDRATING', row 5): 'Goodish' is not …",
 * "sheet 'Schools' (row 7): …", "row 4, column 'Cadence': …" (a framework table), or, at a
 * school, its message, which names the school and the field.
 */
export function formatProblem(problem: ProblemDraft): string {
  const letter = problem.column === undefined ? undefined : columnLetter(problem.column);
  const details = [
    letter
      ? `column ${letter}${problem.header ? ` ${describeValue(problem.header)}` : ""}`
      : problem.header
        ? `column ${describeValue(problem.header)}`
        : "",
    problem.row !== undefined ? `row ${problem.row}` : "",
  ].filter((part) => part !== "");
  const expected = problem.expected ? `; expected ${problem.expected}` : "";
  if (problem.sheet === undefined) {
    const where =
      problem.row !== undefined ? [...details].reverse().join(", ") : details.join(", ");
    return `${where ? `${where}: ` : ""}${problem.message}${expected}`;
  }
  const where =
    letter && problem.row !== undefined
      ? `${quoteSheet(problem.sheet)}!${letter}${problem.row}`
      : `sheet ${describeValue(problem.sheet)}`;
  return `${where}${details.length > 0 ? ` (${details.join(", ")})` : ""}: ${problem.message}${expected}`;
}
