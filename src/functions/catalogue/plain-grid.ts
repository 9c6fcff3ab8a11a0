import type { CellGrid } from "../../core/values/cell";
import { ArgumentProblem } from "./failure";
import { isSpecial, readGrid, specialCellFailure } from "./excel-input";

/**
 * A range that must hold only plain values (a framework table, term dates, a header row): the
 * first error or junk cell ends the call, naming its row and column within the range.
 */
export function readPlainGrid(argument: unknown, name: string): CellGrid {
  const grid = readGrid(argument, name);
  return grid.map((row, r) =>
    row.map((cell, c) => {
      if (!isSpecial(cell)) return cell;
      const failure = specialCellFailure(cell, `${name} row ${r + 1}, column ${c + 1}`);
      throw new ArgumentProblem(failure.code, failure.message);
    })
  );
}
