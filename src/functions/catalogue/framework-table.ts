import { frameworkFromTable } from "../../core/frameworks/from-table";
import type { Framework } from "../../core/frameworks/types";
import { ArgumentProblem } from "./failure";
import { readPlainGrid } from "./plain-grid";

const SHOWN_PROBLEMS = 3;

/**
 * A trust's framework held in cells (a Framework_<name> table, header row included, as
 * TRUST.FRAMEWORK spills it), validated by the engine; every problem names its row and column.
 */
export function readFrameworkTable(argument: unknown, name = "frameworkTable"): Framework {
  const read = frameworkFromTable(readPlainGrid(argument, name));
  if (read.ok) return read.framework;
  const shown = read.problems
    .slice(0, SHOWN_PROBLEMS)
    .map((problem) => `row ${problem.row}, column '${problem.column}': ${problem.message}`);
  const more = read.problems.length - shown.length;
  throw new ArgumentProblem(
    "invalidValue",
    `${name} is not a valid framework table: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`
  );
}
