import {
  CARD_TABLES,
  cardData,
  cardTableProblems,
  yearCellsWrittenOtherwise,
  type ByCardTable,
  type CardData,
  type CardSources,
  type CardTableKey,
  type TableRef,
} from "../../core/cards";
import {
  readCanonicalTable,
  schoolsTable,
  type ImportProblem,
  type SchoolRow,
} from "../../core/import";
import type { Problem } from "../../core/problems";
import type { CellGrid } from "../../core/values/cell";

/** A data table as a grid (header row first) and where it sits. */
export interface LocatedTable {
  readonly ref: TableRef;
  readonly grid: CellGrid;
}

/** The canonical tables cards read (CARD_TABLES), by key; Schools is required. */
export type CardTables = ByCardTable<LocatedTable>;

/** The names of the tables cards read, as the workbook names them. */
export const CARD_TABLE_NAMES = Object.values(CARD_TABLES).map((table) => table.name);

export interface CardTablesRead {
  readonly sources: CardSources;
  readonly data: CardData;
  readonly schools: readonly SchoolRow[];
  /** Header rows the cards cannot read (a required column missing or repeated): fix first. */
  readonly tableProblems: readonly ImportProblem[];
  /** Cells whose figures the cards would not show as written (see yearCellsWrittenOtherwise). */
  readonly cellProblems: readonly Problem[];
}

/**
 * Where each table is and what it holds, validated by the canonical schemas (rows with
 * problems are left out of the choice of sections; the formulas still read the table).
 */
export function readCardTables(tables: CardTables): CardTablesRead {
  const present = (Object.keys(CARD_TABLES) as CardTableKey[]).flatMap((key) => {
    const table = tables[key];
    return table ? [{ key, table }] : [];
  });
  const sources = Object.fromEntries(
    present.map(({ key, table }) => [key, table.ref])
  ) as unknown as CardSources;
  const data = cardData(Object.fromEntries(present.map(({ key, table }) => [key, table.grid])));
  const schools = readCanonicalTable(schoolsTable, tables.schools.grid).rows.map((r) => r.value);
  const tableProblems = present.flatMap(({ key, table }) => cardTableProblems(key, table.ref));
  const cellProblems = (["measures", "targets", "national"] as const).flatMap((key) => {
    const table = tables[key];
    return table ? yearCellsWrittenOtherwise(sources, key, table.grid) : [];
  });
  return { sources, data, schools, tableProblems, cellProblems };
}
