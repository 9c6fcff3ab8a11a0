import {
  curriculumTiersTable,
  healthChecksTable,
  importedMeasuresTable,
  inspectionsTable,
  locateColumns,
  nationalTable,
  readCanonicalTable,
  readInspections,
  schoolsTable,
  targetsTable,
  type ImportProblem,
  type TableDefinition,
} from "../import";
import { sameExcelName } from "../layout/sheet-names";
import { historyTable } from "../meeting/history-table";
import { targetsInForce } from "../targets/agreed";
import type { CellGrid } from "../values/cell";
import type { ColumnRef, TableRef } from "./sources";

/** A table a card reads: its name in the workbook, its definition, what sections choose from. */
interface CardTable<Data> {
  /** The table's name (found in the workbook as Excel compares names). */
  readonly name: string;
  /** Its columns, header variants included: formulas find every column through it. */
  readonly definition: TableDefinition<unknown>;
  /** The rows the sections choose from (which sections, rows and years a card shows). */
  readonly data?: (grid: CellGrid) => Data;
}

const rows =
  <Row>(definition: TableDefinition<Row>) =>
  (grid: CellGrid): Row[] =>
    readCanonicalTable(definition, grid).rows.map((read) => read.value);

const table = <Row, Data = never>(
  definition: TableDefinition<Row>,
  data?: (grid: CellGrid) => Data
): CardTable<Data> => ({
  name: definition.name,
  definition: definition as TableDefinition<unknown>,
  ...(data ? { data } : {}),
});

/**
 * The canonical tables a card reads, by the key its sources and data use. Schools is required;
 * a missing table leaves its sections out. `CardSources` and `CardData` are derived from it: a
 * new table is one line here.
 */
export const CARD_TABLES = {
  schools: table(schoolsTable),
  /** With the Cohort, Note and Band columns an import writes, where the table has them. */
  measures: table(importedMeasuresTable, rows(importedMeasuresTable)),
  targets: table(targetsTable, (grid) => targetsInForce(readCanonicalTable(targetsTable, grid))),
  national: table(nationalTable, rows(nationalTable)),
  inspections: table(inspectionsTable, (grid) =>
    readInspections(grid).rows.flatMap(({ value }) =>
      value.record.date ? [{ urn: value.urn, date: value.record.date }] : []
    )
  ),
  healthChecks: table(healthChecksTable, rows(healthChecksTable)),
  curriculumTiers: table(curriculumTiersTable, rows(curriculumTiersTable)),
  /** MeetingHistory (URN, Framework, Agreed): the agreed level wins over the proposed one. */
  meetingHistory: table(historyTable),
} as const;

export type CardTableKey = keyof typeof CARD_TABLES;

/** Something for each card table the workbook has, by key; Schools is required. */
export type ByCardTable<T> = { readonly schools: T } & {
  readonly [K in Exclude<CardTableKey, "schools">]?: T;
};

/** Where each table the card reads sits in the workbook. */
export type CardSources = ByCardTable<TableRef>;

/** The card table a workbook table's name is (compared as Excel compares names), if any. */
export function cardTableKey(name: string): CardTableKey | undefined {
  return (Object.keys(CARD_TABLES) as CardTableKey[]).find((key) =>
    sameExcelName(CARD_TABLES[key].name, name)
  );
}

/**
 * What stops a card table being read as its definition says: a required column missing, a
 * column repeated. Each names the sheet, the header row and the column: the cards are not made
 * without the section the column feeds, and the message says what to rename.
 */
export function cardTableProblems(key: CardTableKey, ref: TableRef): ImportProblem[] {
  return locateColumns(CARD_TABLES[key].definition, ref.headers, {
    sheet: ref.sheet,
    headerRow: ref.headerRow + 1,
  }).problems;
}

/** The row type a table's data gives (never for a table only formulas read). */
type DataOf<K extends CardTableKey> =
  (typeof CARD_TABLES)[K] extends CardTable<infer Data>
    ? Data extends readonly (infer Row)[]
      ? Row
      : never
    : never;
type DataKey = {
  [K in CardTableKey]: [DataOf<K>] extends [never] ? never : K;
}[CardTableKey];

/**
 * The trust's figures, read from the data tables (all academies; each card picks its own).
 * They decide which sections, rows and years a card shows; the numbers on the card are live
 * formulas into the tables, not these values.
 */
export type CardData = { readonly [K in DataKey]: readonly DataOf<K>[] };

/**
 * A column of a card table, found by its definition's key the way the reader finds it (header
 * or alias, compared as labels): a header variant the reader accepts is one the formulas use.
 */
export function cardColumn(
  sources: CardSources,
  key: CardTableKey,
  column: string
): ColumnRef | undefined {
  const ref = sources[key];
  if (!ref) return undefined;
  const index = locateColumns(CARD_TABLES[key].definition, ref.headers).at.get(column);
  return index === undefined ? undefined : { table: ref, col: ref.firstCol + index };
}

/** Each data table's rows, from the grids the workbook has (header row first); [] for the rest. */
export function cardData(grids: Partial<Record<CardTableKey, CellGrid>>): CardData {
  const read = (key: DataKey) => {
    const grid = grids[key];
    const data = CARD_TABLES[key].data as ((grid: CellGrid) => unknown[]) | undefined;
    return grid && data ? data(grid) : [];
  };
  const keys = (Object.keys(CARD_TABLES) as CardTableKey[]).filter(
    (key): key is DataKey => "data" in CARD_TABLES[key]
  );
  return Object.fromEntries(keys.map((key) => [key, read(key)])) as unknown as CardData;
}
