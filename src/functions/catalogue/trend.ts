import { trendRule } from "../../core/measures/rules";
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
  type InputGrid,
} from "./excel-input";
import { readFigure, readFlag } from "./readers";

const MIN_YEARS = 2;

interface Series {
  values: InputCell[];
  national: InputCell[] | undefined;
  /** "values" or "values row 3", for messages. */
  label: string;
}

const flatten = (grid: InputGrid): InputCell[] => grid.flat();
const isSingleCell = (grid: InputGrid) => grid.length === 1 && grid[0].length === 1;

/**
 * The series in `values`: a single column is one school's years (top to bottom); otherwise each
 * row is one school's years (left to right). National is one cell for every year, a list with one
 * figure per year, or a range the same size as values.
 */
function seriesIn(values: InputGrid, national: InputGrid | undefined): Series[] {
  const oneColumn = values[0].length === 1 && values.length > 1;
  const rows = oneColumn ? [flatten(values)] : values;
  const years = rows[0].length;
  const nationalFor = (row: number): InputCell[] | undefined => {
    if (!national) return undefined;
    if (isSingleCell(national)) return rows[row].map(() => national[0][0]);
    if (!oneColumn && national.length === values.length && national[0].length === years)
      return national[row];
    const list = flatten(national);
    if ((national.length === 1 || national[0].length === 1) && list.length === years) return list;
    throw new ArgumentProblem(
      "invalidValue",
      `national has ${national.length} x ${national[0].length} cells but values has ${years} years per school; give one national figure per year (or one for every year)`
    );
  };
  return rows.map((row, index) => ({
    values: row,
    national: nationalFor(index),
    label: rows.length > 1 ? `values row ${index + 1}` : "values",
  }));
}

function trendOf(series: Series, higherIsBetter: boolean): ResultCell {
  const standings: number[] = [];
  const sign = higherIsBetter ? 1 : -1;
  for (let year = 0; year < series.values.length; year++) {
    const where = `${series.label} year ${year + 1}`;
    const cell = series.values[year];
    if (isSpecial(cell)) return specialCellFailure(cell, where);
    const figure = readFigure(cell, where);
    if (figure.kind === "invalid") return invalidValue(figure.message);
    let benchmark = 0;
    if (series.national) {
      const nationalCell = series.national[year];
      if (isSpecial(nationalCell))
        return specialCellFailure(nationalCell, `national year ${year + 1}`);
      const national = readFigure(nationalCell, `national year ${year + 1}`);
      if (national.kind === "invalid") return invalidValue(national.message);
      if (national.kind !== "number") continue; // no national figure: the year cannot be compared
      benchmark = national.value;
    }
    if (figure.kind !== "number") continue; // blank or suppressed: not a year of evidence
    standings.push(sign * (figure.value - benchmark));
  }
  if (standings.length < MIN_YEARS)
    return notAvailable(
      `not enough years: TREND needs figures for at least ${MIN_YEARS} years (${series.label} has ${standings.length})`
    );
  return trendRule(standings, series.national !== undefined);
}

/** TRUST.TREND: one result per school (a single column is one school). */
export function trend(values: unknown, national: unknown, higherIsBetter: unknown): ResultGrid {
  const higher = readFlag(
    readPlainScalar(higherIsBetter, "higherIsBetter"),
    "higherIsBetter",
    true
  );
  const valuesGrid = readGrid(values, "values");
  const nationalGrid = readGrid(national, "national");
  const noNational = isSingleCell(nationalGrid) && isBlankInput(nationalGrid[0][0]);
  return seriesIn(valuesGrid, noNational ? undefined : nationalGrid).map((series) => [
    trendOf(series, higher),
  ]);
}
