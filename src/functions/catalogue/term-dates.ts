import type { HalfTerm } from "../../core/dates/half-terms";
import { formatProblem } from "../../core/import/location";
import { readCanonicalTable } from "../../core/import/read-table";
import { halfTermOf, termDatesTable } from "../../core/import/tables/term-dates";
import { zeroAsBlank } from "./blanks";
import { isBlankInput } from "./excel-input";
import { ArgumentProblem } from "./failure";
import { readPlainGrid } from "./plain-grid";

const SHOWN_PROBLEMS = 3;

/**
 * A TermDates range (header row: Academic year, Half term, Start, End) as half terms; left out
 * or blank gives none (TrustTier's default half terms apply). No cell of it is 0, so 0 (how
 * older desktops pass a blank cell to this optional range, office-js #5262) is blank.
 */
export function readTermDates(argument: unknown): HalfTerm[] {
  const grid = readPlainGrid(zeroAsBlank(argument), "termDates");
  if (grid.length === 1 && grid[0].length === 1 && isBlankInput(grid[0][0])) return [];
  const read = readCanonicalTable(termDatesTable, grid, { sheet: "termDates" });
  if (read.problems.length > 0)
    throw new ArgumentProblem(
      "invalidValue",
      `termDates: ${read.problems.slice(0, SHOWN_PROBLEMS).map(formatProblem).join("; ")}`
    );
  return read.rows.map(({ value }) => halfTermOf(value));
}
