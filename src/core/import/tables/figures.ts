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

const measureRow = z.object({
  urn: requiredCell(readUrn, "the school's URN"),
  measure: requiredCell(readMeasureCode, "a measure code"),
  year: requiredCell(readAcademicYear, "an academic year such as 2024/25"),
  figure: optionalCell(readFigure),
});
export type MeasureRow = z.infer<typeof measureRow>;

/** One row per academy, measure and year: a number, a DfE suppression code, or blank. */
export const measuresTable: TableDefinition<MeasureRow> = {
  name: "Measures",
  columns: [URN, MEASURE, YEAR, { key: "figure", header: "Value", required: true }],
  row: measureRow,
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
