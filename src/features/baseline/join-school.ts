import {
  assessBaseline,
  BASELINE_INPUT_COL,
  baselineProposal,
  firstPlanTemplate,
  planJoin,
  proposalCellUpdate,
  type FirstPlan,
  type FirstPlanChoice,
  readBaselineInputs,
  type BaselineProposal,
  type JoinPlan,
} from "../../core/baseline";
import { evidenceProblems } from "../../core/classify";
import type { IsoDate } from "../../core/dates/iso";
import type { SchoolPhase } from "../../core/import";
import { sameSheetName } from "../../core/layout/sheet-names";
import { isDateHeader } from "../../core/published";
import { PLAN_TEMPLATES, type PlanTemplateId } from "../../core/plans";
import { succeeded, type Problem, type ProblemCode, type ProblemDraft } from "../../core/problems";
import type { CellGrid } from "../../core/values/cell";
import { cellAddress } from "../../core/layout/a1";
import type { ContentCell } from "../../core/layout/content";
import type { WorkbookPort } from "../../port";
import { frameworkForId } from "../connect/frameworks";
import { DATE_FORMAT } from "../../core/layout/number-formats";
import { tableSheetLayout } from "../../core/layout/table-sheet";
import { readExisting } from "../import/import-published";
import { InputProblemsError, throwIfProblems } from "../input-problems";
import { generatePlan } from "../plans/generate-plan";
import { readTermDates } from "../workbook-tables";
import { baselineSettingKey, readBaselineSetting, type BaselineSetting } from "./baseline-setting";

export interface JoinRequest {
  /** The URN the school was baselined under. */
  urn: number;
  /** Its URN as the trust's academy (the same URN when it keeps its own). */
  newUrn: number;
  joined: IsoDate;
  /** The plan's start date; the joined date when not given. */
  asOf?: IsoDate;
  /** The first plan's template when the framework's own choice is not wanted (seed 004: isap). */
  plan?: PlanTemplateId;
}

export interface JoinResult {
  join: JoinPlan;
  proposal: BaselineProposal;
  /** The plan sheet written, with its template; absent when the baseline proposes no level. */
  plan?: { sheet: string; template: PlanTemplateId; why: string; prefilled: number };
  /** Why no plan was written. */
  noPlan?: string;
  /** The trust's capacity judgement typed on the Baseline sheet, if any. */
  capacity?: string;
  /**
   * The Baseline sheet's proposal cell: the join's proposal written there, dated, before the
   * baseline's own wording ("written"); already saying it ("same"); or kept as a person typed it.
   */
  baselineSheet:
    { kind: "written"; cell: string } | { kind: "same" } | { kind: "kept"; reason: string };
}

/** Stops the join with one Problem at the URN asked for (its message names the URN). */
const fail = (problem: ProblemDraft & { code: ProblemCode }): never => {
  throw new InputProblemsError("The school cannot join as asked:", [{ field: "urn", ...problem }]);
};

const TABLES = ["Measures", "Inspections", "Schools", "Targets"] as const;

/** What a join will do, checked, before anything is written: shown in the pane first. */
export interface JoinPreview {
  join: JoinPlan;
  proposal: BaselineProposal;
  /** The first plan's template and why, when the baseline proposes a level. */
  plan?: FirstPlan;
  /**
   * The framework names no first plan (001's curriculum areas, a trust's own): the person
   * chooses its template (the request's `plan`) before joining. Each Problem is at the school.
   */
  planToChoose?: readonly Problem[];
  capacity?: string;
  schoolName: string;
}

interface PreparedJoin extends JoinPreview {
  record: BaselineSetting;
  sheetCells: readonly ContentCell[];
  existing: Awaited<ReturnType<typeof readJoinTables>>;
  assessment: ReturnType<typeof assessBaseline>;
}

const readJoinTables = (port: WorkbookPort) => readExisting(port, [...TABLES, "National"] as const);

async function prepareJoin(port: WorkbookPort, request: JoinRequest): Promise<PreparedJoin> {
  const read = readBaselineSetting(await port.readSettings(), request.urn);
  if (!read.ok) throw new InputProblemsError("The school cannot join as asked:", read.problems);
  const record: BaselineSetting =
    read.value ??
    fail({
      code: "missing",
      urn: request.urn,
      message: `no baseline for URN ${request.urn} in this workbook; baseline it first (New school, or trusttier baseline --input WB.xlsx --urn ${request.urn} ...)`,
    });
  // A join that wrote no plan (no proposed level yet) may be run again once the trust has
  // typed its evidence on the Baseline sheet: the rows have moved, so the rest finds nothing to do.
  if (record.joined && (record.joined.plan || record.joined.urn !== request.newUrn)) {
    fail({
      code: "conflict",
      urn: request.urn,
      school: record.name,
      message: `URN ${request.urn} already joined the trust as URN ${record.joined.urn} on ${record.joined.date}${record.joined.plan ? `; its first plan is the sheet ${record.joined.plan}` : ""}`,
    });
  }
  const found = await frameworkForId(port, record.framework);
  if (!found.ok) throw new InputProblemsError("The school cannot join as asked:", found.problems);
  const framework = found.value.framework;
  const description = await port.describe();
  const sheet = description.sheets.find((s) => sameSheetName(s.name, record.sheet));
  if (!sheet)
    fail({
      code: "missing",
      sheet: record.sheet,
      message: `the Baseline sheet for URN ${request.urn} is no longer in the workbook`,
    });
  const sheetCells = (await port.readSheetContent(record.sheet)).cells;
  const inputs = readBaselineInputs(sheetCells, framework);

  const existing = await readJoinTables(port);
  const grid = (name: keyof typeof existing): CellGrid | undefined => {
    const table = existing[name];
    return table ? [[...table.headers], ...table.rows] : undefined;
  };
  const school = {
    urn: record.joined ? record.joined.urn : record.urn,
    name: record.name,
    phase: record.phase as SchoolPhase,
    ...(record.localAuthority ? { localAuthority: record.localAuthority } : {}),
    foundIn: [record.sheet],
  };
  const assessment = assessBaseline({
    school,
    framework,
    asOf: request.asOf ?? request.joined,
    tables: {
      Measures: grid("Measures"),
      National: grid("National"),
      Inspections: grid("Inspections"),
      Targets: grid("Targets"),
    },
    bodyChanges: [],
    typed: inputs.evidence,
  });
  if (assessment.problems.length > 0) {
    throw new InputProblemsError(
      `The workbook's rows for URN ${request.urn} cannot be read as they are:`,
      assessment.problems
    );
  }
  if (assessment.classification.status === "invalid") {
    throw new InputProblemsError(
      `${record.sheet}: the evidence typed for URN ${request.urn} cannot be read:`,
      evidenceProblems(assessment.classification, {
        locate: (p) => {
          const row = inputs.rows[p.criterion];
          return row !== undefined
            ? { sheet: record.sheet, row: row + 1, column: BASELINE_INPUT_COL, header: p.label }
            : { sheet: record.sheet };
        },
      })
    );
  }
  const proposal = baselineProposal(assessment.classification);
  const classification = assessment.classification;
  const choice: FirstPlanChoice | undefined =
    classification.status !== "classified"
      ? undefined
      : request.plan
        ? succeeded({ template: request.plan, why: `chosen: ${PLAN_TEMPLATES[request.plan].name}` })
        : firstPlanTemplate(
            framework.id,
            classification,
            assessment.status.concern.category !== undefined
          );
  const planToChoose =
    choice && !choice.ok
      ? choice.problems.map((p) => ({
          ...p,
          school: record.name,
          urn: request.urn,
          message: `${record.name} (URN ${request.urn}), its first plan: ${p.message}`,
        }))
      : undefined;

  const join = planJoin({
    school,
    oldUrn: request.urn,
    newUrn: request.newUrn,
    joined: request.joined,
    tables: {
      Measures: grid("Measures"),
      Inspections: grid("Inspections"),
      Schools: grid("Schools"),
    },
  });
  return {
    join,
    proposal,
    ...(choice?.ok ? { plan: choice.value } : {}),
    ...(planToChoose ? { planToChoose } : {}),
    ...(inputs.capacity ? { capacity: inputs.capacity } : {}),
    schoolName: record.name,
    record,
    sheetCells,
    existing,
    assessment,
  };
}

/**
 * What joining would do, without writing: the rows re-keyed and kept, the Schools row, the
 * baseline's proposal and the first plan's template. Input a person must fix throws
 * InputProblemsError, as the join does.
 */
export async function previewJoin(port: WorkbookPort, request: JoinRequest): Promise<JoinPreview> {
  const { join, proposal, plan, planToChoose, capacity, schoolName } = await prepareJoin(
    port,
    request
  );
  return {
    join,
    proposal,
    ...(plan ? { plan } : {}),
    ...(planToChoose ? { planToChoose } : {}),
    ...(capacity ? { capacity } : {}),
    schoolName,
  };
}

/**
 * A baselined school joins the trust: its baseline rows are re-keyed to the new URN (its
 * inspections kept as the predecessor's and linked), Schools records it with its joined date and
 * predecessor URN, and its first plan is written prefilled from the baseline's due-diligence
 * proposal (the classification of the published evidence plus what the trust typed on the
 * Baseline sheet), through the plans feature, as a new sheet. Everything is checked before the
 * first write; nothing a person typed is changed.
 */
export async function joinSchool(port: WorkbookPort, request: JoinRequest): Promise<JoinResult> {
  const prepared = await prepareJoin(port, request);
  throwIfProblems(
    "The school cannot join as asked: choose its first plan (the plan option; --plan on the command line):",
    prepared.planToChoose ?? []
  );
  const { join, proposal, record, existing, assessment } = prepared;
  const classification = assessment.classification;
  // What Excel would refuse the Schools row for (a filter, a protected sheet) is refused before
  // any write: appendRows with no rows only checks.
  if (join.schoolsAppend && existing.Schools) await port.appendRows(existing.Schools.name, []);
  for (const update of join.columnUpdates) {
    const table = existing[update.table];
    if (table)
      await port.setTableColumn(table.name, {
        header: update.header,
        values: update.values,
        ...(update.date ? { numberFormat: DATE_FORMAT } : {}),
      });
  }
  if (join.schoolsAppend && existing.Schools) {
    await port.appendRows(existing.Schools.name, [join.schoolsAppend]);
  }
  if (join.schoolsCreate) {
    const headers = (join.schoolsCreate[0] ?? []).map(String);
    await port.writeLayout(
      tableSheetLayout({
        name: "Schools",
        grid: join.schoolsCreate,
        dateColumns: headers.flatMap((h, col) => (isDateHeader(h) ? [col] : [])),
      }),
      { mode: "create" }
    );
  }

  const cellUpdate = proposalCellUpdate(prepared.sheetCells, {
    text: proposal.text,
    asOf: request.asOf ?? request.joined,
    baselineAsOf: record.asOf,
  });
  if (cellUpdate.kind === "write") {
    await port.setCells(record.sheet, [cellUpdate]);
  }
  const result: JoinResult = {
    join,
    proposal,
    ...(prepared.capacity ? { capacity: prepared.capacity } : {}),
    baselineSheet:
      cellUpdate.kind === "write"
        ? { kind: "written", cell: cellAddress(cellUpdate.row, cellUpdate.col) }
        : cellUpdate,
  };
  const choice = prepared.plan;
  if (classification.status === "classified" && choice) {
    const figures = assessment.figures.flatMap((f) =>
      f.value === undefined
        ? []
        : [
            {
              measure: f.measure,
              year: f.year,
              value: f.value,
              ...(f.cohort ? { cohort: f.cohort } : {}),
            },
          ]
    );
    const targets = assessment.figures.flatMap((f) =>
      f.target === undefined ? [] : [{ measure: f.measure, year: f.year, value: f.target }]
    );
    const written = await generatePlan(port, {
      template: choice.template,
      school: { urn: request.newUrn, name: record.name },
      classification,
      asOf: request.asOf ?? request.joined,
      termDates: await readTermDates(port),
      figures: { measures: figures, targets },
    });
    result.plan = {
      sheet: written.sheet,
      template: choice.template,
      why: choice.why,
      prefilled: written.prefilled.length,
    };
  } else {
    result.noPlan = `no first plan written: the baseline proposes no level (${proposal.text}); type the trust's evidence on ${record.sheet}, then join again to write the plan`;
  }
  await port.writeSettings({
    [baselineSettingKey(request.urn)]: {
      ...record,
      joined: {
        urn: request.newUrn,
        date: record.joined?.date ?? request.joined,
        ...(result.plan ? { plan: result.plan.sheet } : {}),
      },
    } satisfies BaselineSetting,
  });
  return result;
}

/** What the join did to the Baseline sheet's proposal cell, for the CLI and the pane; "" if nothing. */
export function baselineSheetLine(update: JoinResult["baselineSheet"]): string {
  if (update.kind === "written")
    return `Baseline sheet: the proposal at join written in ${update.cell}, dated, before the baseline's own`;
  if (update.kind === "kept") return `Baseline sheet: proposal cell not changed: ${update.reason}`;
  return "";
}
