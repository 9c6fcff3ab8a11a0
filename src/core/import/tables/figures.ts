import * as z from "zod/mini";
import { optionalCell, readAcademicYear, requiredCell } from "../cells";
import { readNumber, readText } from "../text-cells";
import { readBenchmarkPhase, readFigure, readUrn } from "../school-cells";
import { readMeasureCode } from "../measure-code";
import type { TableColumn, TableDefinition } from "../read-table";

const URN: TableColumn = { key: "urn", header: "URN", required: true };
const MEASURE: TableColumn = {
  key: "measure",
  header: "Measure code",
  aliases: ["Measure"],
  required: true,
};
const YEAR: TableColumn = {
  key: "year",
  header: "Academic year",
  aliases: ["Year", "time_period"],
  required: true,
};

/**
 * The Band column the import writes beside a progress score: its DfE band ("Below average"),
 * published or from the score's confidence limits (src/core/published/progress-band.ts). Not
 * part of the Measures definition, so a person's own table needs none; the cards find it here.
 */
export const MEASURES_BAND_COLUMN: TableColumn = { key: "band", header: "Band", required: false };
/** The pupils a figure is about (TELIG, TPUP, TFSM6CLA1A), as the import writes it. */
export const MEASURES_COHORT_COLUMN: TableColumn = {
  key: "cohort",
  header: "Cohort",
  required: false,
};
/** What the import says about a figure ("derived: 100 - PERCTOT (overall absence)"). */
export const MEASURES_NOTE_COLUMN: TableColumn = { key: "note", header: "Note", required: false };

const measureFields = {
  urn: requiredCell(readUrn, "the school's URN"),
  measure: requiredCell(readMeasureCode, "a measure code"),
  year: requiredCell(readAcademicYear, "an academic year such as 2024/25"),
  figure: optionalCell(readFigure),
};
const measureRow = z.object(measureFields);
export type MeasureRow = z.infer<typeof measureRow>;

/** One row per academy, measure and year: a number, a DfE suppression code, or blank. */
export const measuresTable: TableDefinition<MeasureRow> = {
  name: "Measures",
  columns: [URN, MEASURE, YEAR, { key: "figure", header: "Value", required: true }],
  row: measureRow,
};

// The fields spread rather than z.extend: the custom functions share this module's schemas
// with the pane, and z.extend alone adds 1.3 KB of zod to their bundle.
const importedMeasureRow = z.object({
  ...measureFields,
  // Read as written: an odd cohort or note never costs the figure its row.
  cohort: optionalCell(readText),
  note: optionalCell(readText),
});
export type ImportedMeasureRow = z.infer<typeof importedMeasureRow>;

/**
 * Measures with the columns an import writes beside each figure (Cohort, Note, Band): none is
 * required, so a person's own four-column table reads the same.
 */
export const importedMeasuresTable: TableDefinition<ImportedMeasureRow> = {
  name: measuresTable.name,
  columns: [
    ...measuresTable.columns,
    MEASURES_COHORT_COLUMN,
    MEASURES_NOTE_COLUMN,
    MEASURES_BAND_COLUMN,
  ],
  row: importedMeasureRow,
};

const targetRow = z.object({
  urn: requiredCell(readUrn, "the school's URN"),
  measure: requiredCell(readMeasureCode, "a measure code"),
  year: requiredCell(readAcademicYear, "an academic year such as 2024/25"),
  target: requiredCell(readNumber, "a number"),
});
export type TargetRow = z.infer<typeof targetRow>;

export const targetsTable: TableDefinition<TargetRow> = {
  name: "Targets",
  columns: [URN, MEASURE, YEAR, { key: "target", header: "Target", required: true }],
  row: targetRow,
};

const nationalRow = z
  .object({
    measure: requiredCell(readMeasureCode, "a measure code"),
    year: requiredCell(readAcademicYear, "an academic year such as 2024/25"),
    phase: requiredCell(readBenchmarkPhase, "Primary, Secondary or All"),
    value: optionalCell(readNumber),
    source: optionalCell(readText),
  })
  .check(
    z.refine((national) => national.value === undefined || national.source !== undefined, {
      path: ["source"],
      message: "blank; a national figure needs its source (the DfE release it comes from)",
    })
  );
export type NationalRow = z.infer<typeof nationalRow>;

/** National figures by measure, year and phase, each with its source. */
export const nationalTable: TableDefinition<NationalRow> = {
  name: "National",
  columns: [
    MEASURE,
    YEAR,
    { key: "phase", header: "Phase", required: true },
    { key: "value", header: "Value", required: true },
    { key: "source", header: "Source", required: true },
  ],
  row: nationalRow,
};

const localAuthorityRow = z.object({
  laCode: requiredCell(readText, "DfE's three-digit local authority number, such as 892"),
  laName: optionalCell(readText),
  measure: requiredCell(readMeasureCode, "a measure code"),
  year: requiredCell(readAcademicYear, "an academic year such as 2024/25"),
  phase: requiredCell(readBenchmarkPhase, "Primary, Secondary or All"),
  value: optionalCell(readNumber),
  source: optionalCell(readText),
});
export type LocalAuthorityRow = z.infer<typeof localAuthorityRow>;

/**
 * Local-authority figures by LA, measure, year and phase, from the same performance-table
 * files as National (their LA rows), for the local authorities of the trust's schools only.
 */
export const localAuthorityTable: TableDefinition<LocalAuthorityRow> = {
  name: "LocalAuthority",
  columns: [
    { key: "laCode", header: "LA code", aliases: ["LEA", "LA", "old_la_code"], required: true },
    { key: "laName", header: "Local authority", aliases: ["LA name", "la_name"], required: false },
    MEASURE,
    YEAR,
    { key: "phase", header: "Phase", required: true },
    { key: "value", header: "Value", required: true },
    { key: "source", header: "Source", required: true },
  ],
  row: localAuthorityRow,
};
