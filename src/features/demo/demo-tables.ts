import type { HalfTerm } from "../../core/dates/half-terms";
import {
  curriculumTiersTable,
  halfTermOf,
  healthChecksTable,
  measuresTable,
  nationalTable,
  peopleTable,
  readCanonicalTable,
  readInspections,
  schoolsTable,
  targetsTable,
  termDatesTable,
  type ImportProblem,
  type MeasureRow,
  type TableDefinition,
} from "../../core/import";
import type { InspectionRecord } from "../../core/inspections/types";
import type { CellGrid } from "../../core/values/cell";
import { InputProblemsError } from "../input-problems";

/** The canonical tables the demo ships, in the order the workbook shows them. */
export const DEMO_TABLE_NAMES = [
  "Schools",
  "Inspections",
  "Measures",
  "Targets",
  "National",
  "HealthChecks",
  "CurriculumTiers",
  "People",
  "TermDates",
] as const;
export type DemoTableName = (typeof DEMO_TABLE_NAMES)[number];

/** Each table as text cells, header row first (as the bundled CSV files hold them). */
export type DemoTables = Record<DemoTableName, CellGrid>;

/** The demo classifies as of this date, so the workbook is the same on every run. */
export const DEMO_AS_OF = "2026-07-17";

/** The frameworks whose proposed levels the demo's Schools sheet shows. */
export const DEMO_FRAMEWORK_IDS = ["tiers", "category", "stages", "support"] as const;

export interface DemoData {
  tables: DemoTables;
  inspections: Map<number, InspectionRecord[]>;
  termDates: HalfTerm[];
  measures: MeasureRow[];
}

const DEFINITIONS: Partial<Record<DemoTableName, TableDefinition<unknown>>> = {
  Schools: schoolsTable as TableDefinition<unknown>,
  Measures: measuresTable as TableDefinition<unknown>,
  Targets: targetsTable as TableDefinition<unknown>,
  National: nationalTable as TableDefinition<unknown>,
  HealthChecks: healthChecksTable as TableDefinition<unknown>,
  CurriculumTiers: curriculumTiersTable as TableDefinition<unknown>,
  People: peopleTable as TableDefinition<unknown>,
  TermDates: termDatesTable as TableDefinition<unknown>,
};

/** Validates every demo table; any problem stops the demo, named by table, column and row. */
export function readDemoData(tables: DemoTables): DemoData {
  const problems: ImportProblem[] = [];
  for (const name of DEMO_TABLE_NAMES) {
    const definition = DEFINITIONS[name];
    if (definition) problems.push(...readCanonicalTable(definition, tables[name]).problems);
  }
  const inspections = readInspections(tables.Inspections);
  problems.push(...inspections.problems);
  if (problems.length > 0) {
    throw new InputProblemsError("The demo trust's data has problems:", problems);
  }
  const byUrn = new Map<number, InspectionRecord[]>();
  for (const { value } of inspections.rows) {
    byUrn.set(value.urn, [...(byUrn.get(value.urn) ?? []), value.record]);
  }
  const termDates: HalfTerm[] = readCanonicalTable(termDatesTable, tables.TermDates).rows.map(
    ({ value }) => halfTermOf(value)
  );
  const measures = readCanonicalTable(measuresTable, tables.Measures).rows.map((r) => r.value);
  return { tables, inspections: byUrn, termDates, measures };
}
