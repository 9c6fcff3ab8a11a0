import type { ImportProblem } from "../import/location";
import { locateColumns, readCanonicalTable, type TableDefinition } from "../import/read-table";
import { headerRow } from "../import/written-rows";
import type { CellGrid } from "../values/cell";

export interface ParsedTable<Row> {
  /** The rows that are valid, in table order. */
  rows: Row[];
  /** The sheet row number of each of `rows`. */
  sheetRows: number[];
  /** Every cell or row at fault, by sheet, column and row. Features record nothing while any remain. */
  problems: ImportProblem[];
}

export interface ParseOptions {
  /** The sheet name used in problems; the table's name by default. */
  sheet?: string;
  /** The sheet row number of the grid's header row; 1 by default. */
  headerRow?: number;
}

/** Reads a table whose rows carry a `rowId`, reporting repeated ids as well as bad cells. */
export function parseIdTable<Row extends { rowId: string }>(
  definition: TableDefinition<Row>,
  grid: CellGrid,
  options: ParseOptions = {}
): ParsedTable<Row> {
  const read = readCanonicalTable(definition, grid, options);
  const problems = [...read.problems];
  const firstRow = new Map<string, number>();
  const header = grid[0] ?? [];
  const idColumn = locateColumns(definition, header).at.get("rowId") ?? -1;
  for (const { row, value } of read.rows) {
    const earlier = firstRow.get(value.rowId);
    if (earlier === undefined) {
      firstRow.set(value.rowId, row);
      continue;
    }
    problems.push({
      sheet: options.sheet ?? definition.name,
      row,
      ...(idColumn >= 0 ? { column: idColumn, header: String(header[idColumn]) } : {}),
      value: value.rowId,
      message: `row id '${value.rowId}' repeats row ${earlier}'s; each row needs its own id`,
    });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? -1) - (b.column ?? -1));
  return {
    rows: read.rows.map((entry) => entry.value),
    sheetRows: read.rows.map((entry) => entry.row),
    problems,
  };
}

/** The header row TrustTier writes for a table. */
export { headerRow };
