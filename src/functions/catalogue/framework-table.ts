import { frameworkFromTable } from "../../core/frameworks/from-table";
import type { Framework } from "../../core/frameworks/types";
import { formatProblem } from "../../core/problems";
import type { CellGrid } from "../../core/values/cell";
import { normaliseText } from "../../core/values/text";
import { ArgumentProblem } from "./failure";
import { readPlainGrid } from "./plain-grid";

const SHOWN_PROBLEMS = 3;
const VALUE_COLUMN = normaliseText("Value");

/**
 * 0 read as blank outside the Value column: no other column holds a number, and older desktops
 * pass a blank cell as 0 (blanks.ts). In Value (settings, mapping values) 0 stays 0.
 */
function zerosAsBlankOutsideValue(grid: CellGrid): CellGrid {
  const header = grid[0].map((cell) => (cell === 0 ? null : cell));
  const keep = header.map(
    (cell) => typeof cell === "string" && normaliseText(cell) === VALUE_COLUMN
  );
  return [
    header,
    ...grid.slice(1).map((row) => row.map((cell, c) => (cell === 0 && !keep[c] ? null : cell))),
  ];
}

/**
 * A trust's framework held in cells (a Framework_<name> table, header row included, as
 * TRUST.FRAMEWORK spills it), validated by the engine; every problem names its row and column.
 */
export function readFrameworkTable(argument: unknown, name = "frameworkTable"): Framework {
  const read = frameworkFromTable(zerosAsBlankOutsideValue(readPlainGrid(argument, name)));
  if (read.ok) return read.framework;
  const shown = read.problems.slice(0, SHOWN_PROBLEMS).map(formatProblem);
  const more = read.problems.length - shown.length;
  throw new ArgumentProblem(
    "invalidValue",
    `${name} is not a valid framework table: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`
  );
}
