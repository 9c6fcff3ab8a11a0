import type { ImportProblem } from "../import/location";
import type { CellGrid } from "../values/cell";
import { isBlank } from "../values/blank";
import type { MappingTarget } from "./types";

export interface CheckValuesOptions {
  sheet: string;
  headerRow?: number;
}

/**
 * Every cell of a mapped column its target cannot read, named by sheet, column and row, so
 * they are listed before anything is written. Blanks and DfE suppression codes are not failures.
 */
export function checkMappedValues(
  targets: readonly MappingTarget[],
  grid: CellGrid,
  columnOf: Readonly<Record<string, number>>,
  options: CheckValuesOptions
): ImportProblem[] {
  const headerRow = options.headerRow ?? 1;
  const headers = grid[0] ?? [];
  const problems: ImportProblem[] = [];
  for (const target of targets) {
    const column = columnOf[target.id];
    if (column === undefined || !target.read) continue;
    const header = String(headers[column] ?? "");
    grid.slice(1).forEach((cells, offset) => {
      const value = cells[column];
      if (value === undefined || isBlank(value)) return;
      const result = target.read?.(value);
      if (!result || result.ok || result.kind !== "invalid") return;
      problems.push({
        sheet: options.sheet,
        column,
        header,
        row: headerRow + 1 + offset,
        value,
        message: `${target.label}: ${result.message}`,
      });
    });
  }
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
