import { asProblem, formatProblem, type Problem, type ProblemDraft } from "../core/problems";

const SHOWN = 20;

/**
 * The input cannot be used as it is and the person must fix the workbook: every problem names
 * where (sheet, cell, column or row; or the school and field) and what was expected. The CLI
 * prints the message and exits with code 2; the pane lists the problems with their places.
 * Where the pane can offer a choice instead, a feature returns an Outcome (core/problems).
 */
export class InputProblemsError extends Error {
  readonly problems: readonly Problem[];

  constructor(summary: string, problems: readonly ProblemDraft[]) {
    const lines = problems.slice(0, SHOWN).map((problem) => `  ${formatProblem(problem)}`);
    if (problems.length > SHOWN) lines.push(`  ...and ${problems.length - SHOWN} more`);
    super([summary, ...lines].join("\n"));
    this.name = "InputProblemsError";
    this.problems = problems.map(asProblem);
  }
}

export function isInputProblemsError(error: unknown): error is InputProblemsError {
  return error instanceof InputProblemsError;
}

/** Stops with every problem, if there are any: the one way a feature refuses input. */
export function throwIfProblems(summary: string, problems: readonly ProblemDraft[]): void {
  if (problems.length > 0) throw new InputProblemsError(summary, problems);
}
