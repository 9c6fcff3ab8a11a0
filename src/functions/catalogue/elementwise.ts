import type { CellValue } from "../../core/values/cell";
import { ArgumentProblem, type ResultCell, type ResultGrid } from "./failure";
import {
  isSpecial,
  readGrid,
  specialCellFailure,
  type InputCell,
  type InputGrid,
} from "./excel-input";

export interface NamedGrid {
  name: string;
  grid: InputGrid;
}

const shapeOf = ({ grid }: NamedGrid): string => `${grid.length} x ${grid[0].length}`;

/**
 * Applies `cell` position by position over same-shaped ranges (its `values` list is reused:
 * read it, never keep it), the way Excel lifts a scalar
 * function over arrays: a single cell is used for every position, a single row for every row,
 * a single column for every column. Other mismatched shapes are refused, naming both ranges.
 */
export function elementwise(
  grids: readonly NamedGrid[],
  cell: (values: InputCell[], row: number, column: number) => ResultCell
): ResultGrid {
  const rows = Math.max(...grids.map(({ grid }) => grid.length));
  const columns = Math.max(...grids.map(({ grid }) => grid[0].length));
  const widest = grids.find(({ grid }) => grid.length === rows && grid[0].length === columns);
  for (const named of grids) {
    const { grid } = named;
    if (
      (grid.length !== 1 && grid.length !== rows) ||
      (grid[0].length !== 1 && grid[0].length !== columns)
    )
      throw new ArgumentProblem(
        "invalidValue",
        `${named.name} is ${shapeOf(named)} but ${widest?.name ?? "another range"} is ${rows} x ${columns}; give ranges of the same size, or a single cell`
      );
  }
  const at = (grid: InputGrid, row: number, column: number): InputCell =>
    grid[grid.length === 1 ? 0 : row][grid[0].length === 1 ? 0 : column];
  // Plain loops and one `values` list reused for every position (`cell` reads it, never keeps
  // it): a whole column (C:C) is a million positions.
  const values = new Array<InputCell>(grids.length);
  const result: ResultGrid = new Array<ResultCell[]>(rows);
  for (let row = 0; row < rows; row++) {
    const line = new Array<ResultCell>(columns);
    for (let column = 0; column < columns; column++) {
      for (let g = 0; g < grids.length; g++) values[g] = at(grids[g].grid, row, column);
      line[column] = cell(values, row, column);
    }
    result[row] = line;
  }
  return result;
}

/** "row 3, column 2" of a range larger than one cell; "" for a single cell. */
export function positionIn(rows: number, columns: number, row: number, column: number): string {
  if (rows === 1 && columns === 1) return "";
  if (columns === 1) return ` in row ${row + 1}`;
  if (rows === 1) return ` in column ${column + 1}`;
  return ` in row ${row + 1}, column ${column + 1}`;
}

/**
 * Elementwise over named range arguments, for answers that need plain values: an error or junk
 * cell fails its own position, naming the argument and the position (" in row 3").
 */
export function overCells(
  named: ReadonlyArray<readonly [name: string, argument: unknown]>,
  answer: (values: CellValue[], at: string) => ResultCell
): ResultGrid {
  const grids: NamedGrid[] = named.map(([name, argument]) => ({
    name,
    grid: readGrid(argument, name),
  }));
  const rows = Math.max(...grids.map(({ grid }) => grid.length));
  const columns = Math.max(...grids.map(({ grid }) => grid[0].length));
  return elementwise(grids, (cells, row, column) => {
    const at = positionIn(rows, columns, row, column);
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index];
      if (isSpecial(cell)) return specialCellFailure(cell, `${grids[index].name}${at}`);
    }
    return answer(cells as CellValue[], at);
  });
}
