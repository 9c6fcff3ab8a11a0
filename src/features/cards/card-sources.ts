import { targetsInForce } from "../../core/targets/agreed";
import {
  yearCellsWrittenOtherwise,
  type CardData,
  type CardSources,
  type TableRef,
} from "../../core/cards";
import {
  curriculumTiersTable,
  healthChecksTable,
  measuresTable,
  nationalTable,
  readCanonicalTable,
  readInspections,
  schoolsTable,
  targetsTable,
  type SchoolRow,
} from "../../core/import";
import type { CellGrid } from "../../core/values/cell";

/** A data table as a grid (header row first) and where it sits. */
export interface LocatedTable {
  readonly ref: TableRef;
  readonly grid: CellGrid;
}

/** The canonical tables cards read, by name; Schools is required. */
export type CardTables = Readonly<{
  Schools: LocatedTable;
  Measures?: LocatedTable;
  Targets?: LocatedTable;
  National?: LocatedTable;
  Inspections?: LocatedTable;
  HealthChecks?: LocatedTable;
  CurriculumTiers?: LocatedTable;
  MeetingHistory?: LocatedTable;
}>;

export const CARD_TABLE_NAMES = [
  "Schools",
  "Measures",
  "Targets",
  "National",
  "Inspections",
  "HealthChecks",
  "CurriculumTiers",
  "MeetingHistory",
] as const;

export interface CardTablesRead {
  readonly sources: CardSources;
  readonly data: CardData;
  readonly schools: readonly SchoolRow[];
  /** Cells whose figures the cards would not show as written (see yearCellsWrittenOtherwise). */
  readonly cellProblems: readonly string[];
}

const rows = <T>(read: { rows: Array<{ value: T }> }): T[] => read.rows.map((r) => r.value);

/**
 * Where each table is and what it holds, validated by the canonical schemas (rows with
 * problems are left out of the choice of sections; the formulas still read the table).
 */
export function readCardTables(tables: CardTables): CardTablesRead {
  const grid = (table: LocatedTable | undefined) => table?.grid ?? [[]];
  const sources: CardSources = {
    schools: tables.Schools.ref,
    ...(tables.Measures ? { measures: tables.Measures.ref } : {}),
    ...(tables.Targets ? { targets: tables.Targets.ref } : {}),
    ...(tables.National ? { national: tables.National.ref } : {}),
    ...(tables.Inspections ? { inspections: tables.Inspections.ref } : {}),
    ...(tables.HealthChecks ? { healthChecks: tables.HealthChecks.ref } : {}),
    ...(tables.CurriculumTiers ? { curriculumTiers: tables.CurriculumTiers.ref } : {}),
    ...(tables.MeetingHistory ? { meetingHistory: tables.MeetingHistory.ref } : {}),
  };
  const optional = <T>(table: LocatedTable | undefined, read: () => T[]): T[] =>
    table ? read() : [];
  const data: CardData = {
    measures: optional(tables.Measures, () =>
      rows(readCanonicalTable(measuresTable, grid(tables.Measures)))
    ),
    targets: optional(tables.Targets, () =>
      targetsInForce(readCanonicalTable(targetsTable, grid(tables.Targets)))
    ),
    national: optional(tables.National, () =>
      rows(readCanonicalTable(nationalTable, grid(tables.National)))
    ),
    healthChecks: optional(tables.HealthChecks, () =>
      rows(readCanonicalTable(healthChecksTable, grid(tables.HealthChecks)))
    ),
    curriculum: optional(tables.CurriculumTiers, () =>
      rows(readCanonicalTable(curriculumTiersTable, grid(tables.CurriculumTiers)))
    ),
    inspections: optional(tables.Inspections, () =>
      readInspections(grid(tables.Inspections)).rows.flatMap(({ value }) =>
        value.record.date ? [{ urn: value.urn, date: value.record.date }] : []
      )
    ),
  };
  const schools = rows(readCanonicalTable(schoolsTable, tables.Schools.grid));
  const cellProblems = [tables.Measures, tables.Targets, tables.National].flatMap((table) =>
    table ? yearCellsWrittenOtherwise(table.ref, table.grid) : []
  );
  return { sources, data, schools, cellProblems };
}
