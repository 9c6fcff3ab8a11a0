import type { CellValue } from "../values/cell";
import { locateColumns, type TableDefinition } from "./read-table";

/*
 * What TrustTier writes into a canonical table, apart from read-table.ts, which the custom
 * functions also load (reading TermDates): the pane's writers alone need these.
 */

/**
 * A row's cells under a table's own headers, in their order (a person may have moved, renamed
 * within the reader's variants, or added columns): each column the definition knows takes
 * `record`'s value for its key; every other column gets null, which leaves the cell to the
 * table (a person's own or calculated column keeps its formula), where "" would clear it.
 */
export function rowUnderHeaders<Row>(
  definition: TableDefinition<Row>,
  headers: readonly CellValue[],
  record: Readonly<Partial<Record<string, CellValue>>>
): CellValue[] {
  const { at } = locateColumns(definition, headers);
  const keyAt = new Map([...at].map(([key, index]) => [index, key]));
  return headers.map((_, index) => {
    const key = keyAt.get(index);
    return key === undefined ? null : (record[key] ?? null);
  });
}

/** The header row TrustTier writes for a table: each column's own header, in order. */
export const headerRow = <Row>(definition: TableDefinition<Row>): string[] =>
  definition.columns.map((column) => column.header);
