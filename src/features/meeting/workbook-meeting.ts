import type { HalfTerm } from "../../core/dates/half-terms";
import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import type { Problem } from "../../core/problems";
import {
  actionRowCells,
  actionsTable,
  historyGrid,
  historyTable,
  reviewAction,
  type ActionReview,
  type ActionRow,
  type Decision,
  type RegisterSchool,
} from "../../core/meeting";
import { sameSheetName } from "../../core/layout/sheet-names";
import { isWorkbookError } from "../../port/errors";
import type { WorkbookPort } from "../../port/WorkbookPort";
import { classifyWorkbook } from "../classify/classify-workbook";
import type { SourceChoice } from "../classify/read-source";
import { savedSource } from "../connect/saved-source";
import { readTermDates } from "../workbook-tables";
import { tableSheetLayout } from "../../core/layout/table-sheet";
import type { FeatureOptions } from "../progress";
import {
  cellsInTableOrder,
  decisionFailure,
  readMeetingTables,
  readRegisterDecisions,
  recordMeetingInWorkbook,
  recordRegister,
  type RecordMeetingOutcome,
} from "./record-meeting";
import { REGISTER_TABLE } from "./register-sheets";

export interface MeetingSchoolsRequest extends FeatureOptions {
  framework: Framework;
  /** The meeting date: the classification's "as of". */
  asOf: IsoDate;
  /** The schools table; the one Connect saved (else the one TrustTier finds) where absent. */
  source?: SourceChoice;
  /** The person's mapping; Connect's saved mapping for this framework where absent. */
  columnOf?: Record<string, number>;
}

/**
 * Every school of the workbook's schools table with its classification under `framework`,
 * by the classify feature (the same mapping, checks and inspections Classify uses), as the
 * register and "Record meeting" need them. Unreadable cells throw InputProblemsError naming
 * each cell.
 */
export async function classifyMeetingSchools(
  port: WorkbookPort,
  request: MeetingSchoolsRequest
): Promise<RegisterSchool[]> {
  const saved =
    request.source || request.columnOf ? {} : await savedSource(port, request.framework.id);
  const source = request.source ?? saved.source;
  const columnOf = request.columnOf ?? saved.columnOf;
  const classified = await classifyWorkbook(port, {
    frameworks: [request.framework],
    asOf: request.asOf,
    ...(source ? { source } : {}),
    ...(columnOf ? { columnOf } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  return classified.blocks[0].results.map((result) => ({
    urn: result.urn,
    name: result.name,
    classification: result.classification,
  }));
}

/** Decisions typed into the Register table, or none when the workbook has no register yet. */
export async function readRegisterDecisionsIfAny(
  port: WorkbookPort
): Promise<Array<Decision & { urn: number }>> {
  try {
    return await readRegisterDecisions(port, REGISTER_TABLE);
  } catch (error) {
    if (isWorkbookError(error, "TableNotFound")) return [];
    throw error;
  }
}

/**
 * One decision per school: those typed into the Register, replaced school by school by
 * `chosen` (a person's decision made elsewhere, such as the task pane). Pure.
 */
export function mergeDecisions(
  typed: ReadonlyArray<Decision & { urn: number }>,
  chosen: ReadonlyArray<Decision & { urn: number }>
): Array<Decision & { urn: number }> {
  const byUrn = new Map<number, Decision & { urn: number }>();
  for (const decision of [...typed, ...chosen]) byUrn.set(decision.urn, decision);
  return [...byUrn.values()];
}

/** A progress review of an open action, recorded with the meeting. */
export interface ActionReviewRequest {
  actionId: string;
  progress: string;
  /** Continue the action: carried forward as a new action set at this meeting. */
  carryForward?: { due: IsoDate; owner?: string; action?: string };
}

/**
 * The Actions rows that record `reviews` at the meeting on `meetingDate` (core's
 * `reviewAction`, one after another so ids never clash), or every message. Pure.
 */
export function actionReviewRows(
  actions: readonly ActionRow[],
  meetingDate: IsoDate,
  reviews: readonly ActionReviewRequest[]
): { ok: true; rows: ActionRow[] } | { ok: false; problems: Problem[] } {
  const rows: ActionRow[] = [];
  const problems: Problem[] = [];
  for (const review of reviews) {
    const input: ActionReview = {
      meetingDate,
      progress: review.progress,
      ...(review.carryForward ? { carryForward: review.carryForward } : {}),
    };
    const result = reviewAction([...actions, ...rows], review.actionId, input);
    if (result.ok) rows.push(...result.rows);
    else problems.push({ code: "invalid", field: review.actionId, message: result.message });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

export interface WorkbookMeetingRequest extends FeatureOptions {
  framework: Framework;
  meetingDate: IsoDate;
  /** Decisions made outside the Register sheet; they replace a typed decision for the school. */
  decisions?: ReadonlyArray<Decision & { urn: number }>;
  /** Progress reviews of open actions, appended to Actions once the meeting is recorded. */
  reviews?: readonly ActionReviewRequest[];
  /** The meeting's name for itself ("Executive Group"), where a decision names nobody. */
  agreedBy?: string;
  source?: SourceChoice;
  columnOf?: Record<string, number>;
  /** The trust's half terms; read from the TermDates table where absent. */
  termDates?: readonly HalfTerm[];
}

export type WorkbookMeetingOutcome =
  | (Extract<RecordMeetingOutcome, { ok: true }> & {
      schools: number;
      /** Rows appended to Actions (reviews and actions carried forward). */
      actionRows: ActionRow[];
    })
  | Extract<RecordMeetingOutcome, { ok: false }>;

/**
 * "Record meeting" with nothing but the framework and the date: classifies the workbook's
 * schools table, reads the decisions typed into the Register (with `decisions` on top), checks
 * MeetingHistory, Actions, every decision and every action review, and only then appends one
 * history row per school and the review rows. Any problem writes nothing.
 */
export async function recordWorkbookMeeting(
  port: WorkbookPort,
  request: WorkbookMeetingRequest
): Promise<WorkbookMeetingOutcome> {
  const schools = await classifyMeetingSchools(port, {
    framework: request.framework,
    asOf: request.meetingDate,
    ...(request.source ? { source: request.source } : {}),
    ...(request.columnOf ? { columnOf: request.columnOf } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
  });
  const termDates = request.termDates ?? (await readTermDates(port));
  const decisions = mergeDecisions(await readRegisterDecisionsIfAny(port), request.decisions ?? []);
  const described = await port.describe();
  if (!described.tables.some((table) => sameSheetName(table.name, historyTable.name)))
    return firstMeeting(port, request, schools, decisions, termDates);
  const tables = await readMeetingTables(port);
  const reviews = actionReviewRows(tables.actions, request.meetingDate, request.reviews ?? []);
  if (!reviews.ok) return { ok: false, problems: reviews.problems };
  const recorded = await recordMeetingInWorkbook(port, {
    framework: request.framework,
    meetingDate: request.meetingDate,
    schools,
    decisions,
    termDates,
    tables,
    ...(request.agreedBy ? { agreedBy: request.agreedBy } : {}),
  });
  if (!recorded.ok) return recorded;
  if (reviews.rows.length > 0) {
    await port.appendRows(
      actionsTable.name,
      reviews.rows.map((row) =>
        cellsInTableOrder(actionsTable, tables.actionsHeaders, actionRowCells(row))
      )
    );
  }
  return { ...recorded, schools: schools.length, actionRows: reviews.rows };
}

/**
 * The first meeting of a workbook without MeetingHistory: the table is created holding it (on
 * a new sheet; "create" refuses to replace a sheet of that name). Reviews need earlier actions,
 * so there are none to record.
 */
async function firstMeeting(
  port: WorkbookPort,
  request: WorkbookMeetingRequest,
  schools: readonly RegisterSchool[],
  decisions: ReadonlyArray<Decision & { urn: number }>,
  termDates: readonly HalfTerm[]
): Promise<WorkbookMeetingOutcome> {
  const { framework, meetingDate } = request;
  const recorded = recordRegister({
    framework,
    meetingDate,
    schools,
    history: [],
    decisions,
    termDates,
    ...(request.agreedBy ? { agreedBy: request.agreedBy } : {}),
  });
  if (!recorded.ok) return decisionFailure(recorded.problems);
  if ((request.reviews ?? []).length > 0)
    return {
      ok: false,
      problems: [
        {
          code: "missing",
          sheet: historyTable.name,
          message: "There is no MeetingHistory yet, so there are no earlier actions to review.",
        },
      ],
    };
  await port.writeLayout(
    tableSheetLayout({
      name: historyTable.name,
      grid: historyGrid(recorded.rows),
      dateColumns: [1],
      wideColumns: [6],
    }),
    { mode: "create" }
  );
  return {
    ok: true,
    appended: recorded.rows,
    added: recorded.added,
    corrected: recorded.corrected,
    unchanged: recorded.unchanged,
    schools: schools.length,
    actionRows: [],
  };
}
