import { isBlank } from "../values/blank";
import type { CellGrid, CellValue } from "../values/cell";
import type { MappingTarget } from "./types";

export interface ColumnValues {
  /** Non-blank cells with their sheet row numbers. */
  cells: Array<{ row: number; value: CellValue }>;
  /** Share of non-blank cells that are text rather than numbers or booleans. */
  textShare: number;
}

/** The non-blank cells of one column below the header row. */
export function columnValues(grid: CellGrid, column: number, headerRow: number): ColumnValues {
  const cells: ColumnValues["cells"] = [];
  let text = 0;
  grid.slice(1).forEach((cells_, offset) => {
    const value = cells_[column];
    if (value === undefined || isBlank(value)) return;
    cells.push({ row: headerRow + 1 + offset, value });
    if (typeof value === "string") text++;
  });
  return { cells, textShare: cells.length === 0 ? 0 : text / cells.length };
}

/** True when the target reads the value: it parses, or it is a DfE suppression code. */
export function valueFitsTarget(target: MappingTarget, value: CellValue): boolean {
  if (target.fits) return target.fits(value);
  if (!target.read) return true;
  const result = target.read(value);
  return result.ok || result.kind === "suppressed";
}

const distinctCache = new WeakMap<ColumnValues, Map<CellValue, number>>();

/** Each distinct value of a column with how often it occurs, counted once per column. */
function distinctValues(values: ColumnValues): Map<CellValue, number> {
  let counts = distinctCache.get(values);
  if (!counts) {
    counts = new Map();
    for (const cell of values.cells) counts.set(cell.value, (counts.get(cell.value) ?? 0) + 1);
    distinctCache.set(values, counts);
  }
  return counts;
}

/**
 * Share of the column's values the target reads; undefined with no values or no reader. Each
 * distinct value is read once: a national table has 16,000 rows and few distinct values a
 * column, and every column is scored against every target. With `floor`, reading stops once
 * the share can no longer reach it (a column of 16,000 school names against an Ofsted
 * criterion), and what is returned is then only known to be below `floor`.
 */
export function valueFit(
  target: MappingTarget,
  values: ColumnValues,
  floor = 0
): number | undefined {
  if (!target.read || values.cells.length === 0) return undefined;
  const total = values.cells.length;
  let fitting = 0;
  let failing = 0;
  for (const [value, count] of distinctValues(values)) {
    if (valueFitsTarget(target, value)) fitting += count;
    else {
      failing += count;
      const reachable = (total - failing) / total;
      if (reachable < floor) return reachable;
    }
  }
  return fitting / total;
}
