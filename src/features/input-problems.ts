import { formatProblem, type ImportProblem } from "../core/import/location";

const SHOWN = 20;

/**
 * The input cannot be used as it is: every problem names its sheet, column and row. The CLI
 * prints the message and exits with code 2; the pane lists the problems with their cells.
 */
export class InputProblemsError extends Error {
  readonly problems: readonly ImportProblem[];

  constructor(summary: string, problems: readonly ImportProblem[]) {
    const lines = problems.slice(0, SHOWN).map((problem) => `  ${formatProblem(problem)}`);
    if (problems.length > SHOWN) lines.push(`  ...and ${problems.length - SHOWN} more`);
    super([summary, ...lines].join("\n"));
    this.name = "InputProblemsError";
    this.problems = problems;
  }
}

export function isInputProblemsError(error: unknown): error is InputProblemsError {
  return error instanceof InputProblemsError;
}
