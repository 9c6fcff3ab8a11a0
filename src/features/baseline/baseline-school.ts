import {
  assessBaseline,
  BASELINE_TABLES,
  baselineLayout,
  baselineProposal,
  planBaselineImport,
  tableAfter,
  type BaselineAssessment,
  type BaselineImport,
  type BaselineLayout,
  type BaselineProposal,
  type BaselineTables,
} from "../../core/baseline";
import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import type { PublishedFile } from "../../core/published";
import type { CancelSignal, Progress, WorkbookPort } from "../../port";
import { readExisting, writeMergedTables, type TableOutcome } from "../import/import-published";
import { InputProblemsError } from "../input-problems";
import { versionedSheetName } from "../plans/versioned-write";
import { throwIfCancelled } from "../progress";
import { baselineSettingKey, type BaselineSetting } from "./baseline-setting";

/** What to baseline: one school by URN, the public files that cover it, the trust's framework. */
export interface BaselineRequest {
  urn: number;
  /** Parsed files (the CLI reads them from disk, the pane from the browser's file picker). */
  files: readonly PublishedFile[];
  /** For files that do not state their academic year ("2018/19"). */
  year?: string;
  framework: Framework;
  asOf: IsoDate;
  signal?: CancelSignal;
  onProgress?: (progress: Progress) => void;
}

export interface BaselinePreview {
  /** The school found, the rows each table would gain, reports per file, and `problems`. */
  plan: BaselineImport;
  /** Absent when `plan.problems` is not empty. */
  assessment?: BaselineAssessment;
  proposal?: BaselineProposal;
  sheet?: BaselineLayout;
}

export interface BaselineWritten {
  sheet: string;
  assessment: BaselineAssessment;
  proposal: BaselineProposal;
  tables: TableOutcome[];
  reports: BaselineImport["reports"];
}

const READ = [...BASELINE_TABLES, "Targets"] as const;

/**
 * What a baseline of this school would write, without writing: the school as the files name it,
 * its rows for Inspections, Measures and National (merged by key with the workbook's, as the
 * import merges), the assessment and the Baseline sheet's layout. Input a person must fix is in
 * `plan.problems` (the URN in no file, a file not recognised, a year nobody states).
 */
export async function previewBaseline(
  port: WorkbookPort,
  request: BaselineRequest
): Promise<BaselinePreview> {
  const existing = await readExisting(port, READ);
  const plan = planBaselineImport({
    urn: request.urn,
    files: request.files,
    ...(request.year ? { year: request.year } : {}),
    existing,
  });
  if (plan.problems.length > 0 || !plan.school) return { plan };
  const tables: BaselineTables = {};
  for (const name of BASELINE_TABLES) {
    const merge = plan.tables[name];
    const table = existing[name];
    if (merge) tables[name] = tableAfter(table, merge);
    else if (table) tables[name] = [[...table.headers], ...table.rows];
  }
  if (existing.Targets) tables.Targets = [[...existing.Targets.headers], ...existing.Targets.rows];
  const assessment = assessBaseline({
    school: plan.school,
    framework: request.framework,
    asOf: request.asOf,
    tables,
    bodyChanges: plan.bodyChanges,
  });
  if (assessment.problems.length > 0) {
    return { plan: { ...plan, problems: [...plan.problems, ...assessment.problems] } };
  }
  const sheets = (await port.describe()).sheets.map((s) => s.name);
  const name = versionedSheetName(`Baseline ${request.urn}`, sheets);
  return {
    plan,
    assessment,
    proposal: baselineProposal(assessment.classification),
    sheet: baselineLayout(assessment, name),
  };
}

/**
 * Baselines one school for due diligence: writes its published rows into Inspections, Measures
 * and National (by key; rows a person typed are kept), then a new Baseline sheet (beside any
 * earlier one, never over it) and a settings record the join reads. Schools is not touched: the
 * school is not the trust's until it joins. Input a person must fix throws InputProblemsError;
 * a cancel is honoured up to the first write.
 */
export async function writeBaseline(
  port: WorkbookPort,
  request: BaselineRequest
): Promise<BaselineWritten> {
  const total = 4;
  const report = (done: number, step: string) => request.onProgress?.({ done, total, step });
  throwIfCancelled(request.signal);
  report(0, "Reading the files and the workbook's tables");
  const preview = await previewBaseline(port, request);
  const { plan, assessment, proposal, sheet } = preview;
  if (plan.problems.length > 0 || !assessment || !proposal || !sheet || !plan.school) {
    throw new InputProblemsError(
      `URN ${request.urn} cannot be baselined from these files as they are:`,
      plan.problems
    );
  }
  throwIfCancelled(request.signal);
  report(1, "Writing Inspections, Measures and National");
  const existing = await readExisting(port, BASELINE_TABLES);
  const tables = await writeMergedTables(port, existing, plan.tables, BASELINE_TABLES);
  report(2, "Writing the Baseline sheet");
  const record: BaselineSetting = {
    version: 1,
    urn: plan.school.urn,
    name: plan.school.name,
    phase: plan.school.phase,
    ...(plan.school.localAuthority ? { localAuthority: plan.school.localAuthority } : {}),
    framework: request.framework.id,
    asOf: request.asOf,
    sheet: sheet.layout.name,
  };
  await port.writeSheets({
    sheets: [{ layout: sheet.layout, mode: "create" }],
    settings: { [baselineSettingKey(request.urn)]: record },
  });
  report(3, "Done");
  return { sheet: sheet.layout.name, assessment, proposal, tables, reports: plan.reports };
}
