import type { AcademicYear } from "../dates/academic-year";
import type { ImportProblem } from "../import/location";
import type { CellGrid } from "../values/cell";
import { planPublishedImport, type ImportPlan, type PublishedFile } from "../published/import-plan";
import type { ExistingTable, MergePlan } from "../published/merge";
import { identifySchool, type BaselineSchool } from "./identify";
import { responsibleBodyChanges, type BodyChange } from "./responsible-body";

/** The tables a baseline adds rows to: the school is not yet the trust's, so not Schools. */
export const BASELINE_TABLES = ["Inspections", "Measures", "National"] as const;
export type BaselineTable = (typeof BASELINE_TABLES)[number];

export interface BaselineFilesInput {
  urn: number;
  files: readonly PublishedFile[];
  /** For files that do not state their academic year. */
  year?: AcademicYear;
  /** The workbook's tables, where it has them: rows are merged by key, as the import does. */
  existing: Partial<Record<BaselineTable, ExistingTable>>;
}

export interface BaselineImport {
  school?: BaselineSchool;
  /** Rows to write, by table, merged by key with the workbook's (the import's own rules). */
  tables: Partial<Record<BaselineTable, MergePlan>>;
  reports: ImportPlan["reports"];
  /** Input a person must fix: the URN in no file, a file not recognised, a year nobody states. */
  problems: ImportProblem[];
  bodyChanges: BodyChange[];
}

/**
 * The one school's rows from the public files, by the import's recognisers and merge rules
 * (src/core/published): its figures and the same-phase national rows, its inspections in every
 * regime with any predecessor school's linked (GIAS links), and the changes of responsible
 * body GIAS records.
 */
export function planBaselineImport(input: BaselineFilesInput): BaselineImport {
  const found = identifySchool(input.urn, input.files);
  const bodyChanges = responsibleBodyChanges(input.urn, input.files);
  if (!found.school) return { tables: {}, reports: [], problems: found.problems, bodyChanges };
  const { school } = found;
  const schoolList: PublishedFile = {
    name: `--urn ${school.urn}`,
    grid: [
      ["URN", "School name", "Phase", "Local authority"],
      [school.urn, school.name, school.phase, school.localAuthority ?? null],
    ],
  };
  const plan = planPublishedImport({
    files: input.files,
    schoolList,
    ...(input.year ? { year: input.year } : {}),
    existing: input.existing,
  });
  const tables: BaselineImport["tables"] = {};
  for (const name of BASELINE_TABLES) {
    const merge = plan.tables[name];
    if (merge) tables[name] = merge;
  }
  return { school, tables, reports: plan.reports, problems: plan.problems, bodyChanges };
}

/** A table as it will be once `merge` is written: existing rows updated, new rows below. */
export function tableAfter(existing: ExistingTable | undefined, merge: MergePlan): CellGrid {
  const rows = (existing?.rows ?? []).map((row) => merge.headers.map((_, i) => row[i] ?? null));
  for (const update of merge.columnUpdates) {
    const at = merge.headers.indexOf(update.header);
    if (at < 0) continue;
    update.values.forEach((value, r) => {
      if (rows[r] && value !== undefined) rows[r][at] = value;
    });
  }
  return [[...merge.headers], ...rows, ...merge.appends.map((row) => [...row])];
}
