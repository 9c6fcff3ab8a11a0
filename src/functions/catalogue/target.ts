import {
  DEFAULT_TARGET_METHOD,
  IMPORTED_ESTIMATES,
  type TargetMethod,
} from "../../core/targets/method";
import { targetMethodFromTable } from "../../core/targets/method-from-table";
import { proposeTarget, type YearFigure } from "../../core/targets/propose";
import type { CellValue } from "../../core/values/cell";
import {
  ArgumentProblem,
  invalidValue,
  notAvailable,
  type ResultCell,
  type ResultGrid,
} from "./failure";
import {
  isBlankInput,
  isSpecial,
  readGrid,
  readPlainScalar,
  specialCellFailure,
  type InputCell,
} from "./excel-input";
import { readPlainGrid } from "./plain-grid";
import { readFigure, readFlag } from "./readers";

const SHOWN_PROBLEMS = 3;

const isBlankMethod = (grid: CellValue[][]) =>
  grid.length === 1 && grid[0].length === 1 && (isBlankInput(grid[0][0]) || grid[0][0] === 0);

/** The TargetMethod table (header row included), or the default when the argument is blank. */
function readMethod(argument: unknown): TargetMethod {
  const grid = readPlainGrid(argument, "method");
  if (isBlankMethod(grid)) return DEFAULT_TARGET_METHOD;
  // Older desktops pass a blank cell as 0 (blanks.ts): only the Value column can hold a 0.
  const valueColumn = grid[0].findIndex((cell) => String(cell).trim().toLowerCase() === "value");
  const cleaned = grid.map((row) =>
    row.map((cell, c) => (cell === 0 && c !== valueColumn ? null : cell))
  );
  const read = targetMethodFromTable(cleaned);
  if (!read.ok) {
    const shown = read.problems
      .slice(0, SHOWN_PROBLEMS)
      .map((p) => `row ${p.row}${p.header ? `, column '${p.header}'` : ""}: ${p.message}`);
    const more = read.problems.length - shown.length;
    throw new ArgumentProblem(
      "invalidValue",
      `method is not a valid TargetMethod table: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`
    );
  }
  if (read.method.method === IMPORTED_ESTIMATES)
    throw new ArgumentProblem(
      "invalidValue",
      "method says imported estimates: TrustTier reads those from the estimates table and never computes them; TRUST.TARGET proposes by the TrustTier proposal"
    );
  return read.method;
}

/** A single row or column, as a list. */
function readLine(argument: unknown, name: string): InputCell[] {
  const grid = readGrid(argument, name);
  if (grid.length > 1 && grid[0].length > 1)
    throw new ArgumentProblem(
      "invalidValue",
      `${name} is ${grid.length} x ${grid[0].length} cells; expected one school's years in a single row or column`
    );
  return grid.flat();
}

/** A cohort: a whole number of pupils above 0; blank (or 0, a blank on older desktops) for none. */
function readCohort(cell: InputCell, where: string): number | undefined | ResultCell {
  if (isSpecial(cell)) return specialCellFailure(cell, where);
  const reading = readFigure(cell, where);
  if (reading.kind === "invalid") return invalidValue(reading.message);
  if (reading.kind !== "number" || reading.value === 0) return undefined;
  if (!Number.isInteger(reading.value) || reading.value < 0)
    return invalidValue(`${where} is ${reading.value}; expected a whole number of pupils`);
  return reading.value;
}

/** TRUST.TARGET: one school's proposed target for a measure, by the method table (one cell). */
export function target(
  method: unknown,
  figures: unknown,
  cohorts: unknown,
  national: unknown,
  higherIsBetter: unknown
): ResultGrid {
  return [[targetCell(method, figures, cohorts, national, higherIsBetter)]];
}

function targetCell(
  method: unknown,
  figures: unknown,
  cohorts: unknown,
  national: unknown,
  higherIsBetter: unknown
): ResultCell {
  const higher = readFlag(
    readPlainScalar(higherIsBetter, "higherIsBetter"),
    "higherIsBetter",
    true
  );
  const rule = readMethod(method);
  const figureCells = readLine(figures, "figures");
  const cohortCells = readLine(cohorts, "cohorts");
  const noCohorts =
    cohortCells.length === 1 && (isBlankInput(cohortCells[0]) || cohortCells[0] === 0);
  if (!noCohorts && cohortCells.length !== figureCells.length)
    return invalidValue(
      `cohorts has ${cohortCells.length} cells but figures has ${figureCells.length}; give one cohort per year (or leave cohorts blank)`
    );
  const years: YearFigure[] = [];
  for (let index = 0; index < figureCells.length; index++) {
    const where = `figures year ${index + 1}`;
    const cell = figureCells[index];
    if (isSpecial(cell)) return specialCellFailure(cell, where);
    const reading = readFigure(cell, where);
    if (reading.kind === "invalid") return invalidValue(reading.message);
    const cohort = noCohorts
      ? undefined
      : readCohort(cohortCells[index], `cohorts year ${index + 1}`);
    if (cohort !== undefined && typeof cohort !== "number") return cohort;
    if (reading.kind !== "number") continue; // blank or suppressed: not a year of evidence
    years.push({
      year: String(index + 1).padStart(3, "0"),
      figure: reading.value,
      ...(cohort === undefined ? {} : { cohort }),
    });
  }
  const nationalCell = readGrid(national, "national");
  if (nationalCell.length !== 1 || nationalCell[0].length !== 1)
    return invalidValue("national must be a single cell: the same-phase national figure");
  const nationalInput = nationalCell[0][0];
  if (isSpecial(nationalInput)) return specialCellFailure(nationalInput, "national");
  const nationalReading = readFigure(nationalInput, "national");
  if (nationalReading.kind === "invalid") return invalidValue(nationalReading.message);
  const proposal = proposeTarget(
    {
      good: higher ? "up" : "down",
      percentOfPupils: !noCohorts,
      years,
      ...(nationalReading.kind === "number"
        ? { national: { year: "", value: nationalReading.value } }
        : {}),
    },
    rule
  );
  return (
    proposal?.target ??
    notAvailable("figures has no published year: TARGET needs at least one figure")
  );
}
