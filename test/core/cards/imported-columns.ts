import type { CellValue } from "../../../src/core/values/cell";
import type { CardTables } from "../../../src/features/cards";

type Row = readonly CellValue[];

/**
 * The demo's tables with columns an import writes beside each figure (Cohort, Note, Band),
 * each filled by `fill` from the row (URN, measure code, year, value); `value` rewrites it.
 */
export function withMeasureColumns(
  tables: CardTables,
  fill: Record<string, (row: Row) => CellValue>,
  value?: (row: Row) => CellValue
): CardTables {
  const measures = tables.measures!;
  const added = Object.keys(fill);
  const headers = [...measures.ref.headers, ...added];
  const rows = measures.grid.slice(1).map((row) => {
    const first = value ? [row[0], row[1], row[2], value(row)] : [...row];
    return [...first, ...added.map((header) => fill[header](row))];
  });
  return {
    ...tables,
    measures: { ref: { ...measures.ref, headers }, grid: [headers, ...rows] },
  };
}

/** True for the row of this URN, measure and year. */
export const isRow = (urn: number, measure: string, year?: string) => (row: Row) =>
  row[0] === urn && row[1] === measure && (year === undefined || row[2] === year);
