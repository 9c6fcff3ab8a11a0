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
import { classifySchools } from "../classify/classify-schools";
import {
  evidenceChanges,
  readEvidenceFingerprint,
  type EvidenceFingerprint,
} from "../classify/read-evidence";
import type { SourceChoice } from "../classify/read-source";
import { tableSheetLayout } from "../../core/layout/table-sheet";
import type { FeatureOptions } from "../progress";
import {
  decisionFailure,
  readMeetingTables,
  readRegisterDecisions,
  recordMeetingInWorkbook,
  recordRegister,
  type RecordMeetingOutcome,
} from "./record-meeting";
import { REGISTER_TABLE } from "../../core/meeting/register-sheets";

export interface MeetingSchoolsRequest extends FeatureOptions {
  framework: Framework;
  /** The meeting date: the classification's "as of". */
  asOf: IsoDate;
  /** The schools table; the one Connect saved (else the one TrustTier finds) where absent. */
  source?: SourceChoice;
  /** The person's mapping; Connect's saved mapping for this framework where absent. */
  columnOf?: Record<string, number>;
}

/** The schools a meeting sees, as classified when its register was opened. */
export interface MeetingSchools {
  schools: RegisterSchool[];
  /** The trust's half terms the next reviews were set from (none: TrustTier's defaults). */
  termDates: HalfTerm[];
  /** What the classification read, to tell at "Record meeting" whether it has changed. */
  evidence: EvidenceFingerprint;
}

/**
 * Every school of the workbook's schools table with its classification under `framework`, by
 * the classify feature's one entry point (the same source, mapping, Inspections and TermDates
 * Classify uses), as the register needs them. Unreadable cells throw InputProblemsError
 * naming each cell.
 */
export async function classifyMeetingSchools(
  port: WorkbookPort,
  request: MeetingSchoolsRequest
): Promise<MeetingSchools> {
  const classified = await classifySchools(port, {
    frameworks: [request.framework],
    asOf: request.asOf,
    ...(request.source ? { source: request.source } : {}),
    ...(request.columnOf ? { columnOf: request.columnOf } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  return {
    schools: classified.blocks[0].results.map((result) => ({
      urn: result.urn,
      name: result.name,
      classification: result.classification,
    })),
    termDates: classified.termDates,
    evidence: classified.evidence(request.framework),
  };
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
    // The pane places each problem beside its action: the field is the action's row id.
    if (result.ok) rows.push(...result.value);
    else problems.push(...result.problems.map((p) => ({ ...p, field: review.actionId })));
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
  /** The trust's half terms; the TermDates table's (as classified) where absent. */
  termDates?: readonly HalfTerm[];
  /**
   * The register the meeting saw (`openMeetingRegister`'s schools and evidence): recorded as
   * it was, never classified again. Where absent, the schools are classified now.
   */
  opened?: MeetingSchools;
}

export type WorkbookMeetingOutcome =
  | (Extract<RecordMeetingOutcome, { ok: true }> & {
      schools: number;
      /** Rows appended to Actions (reviews and actions carried forward). */
      actionRows: ActionRow[];
    })
  | (Extract<RecordMeetingOutcome, { ok: false }> & {
      /**
       * The evidence changed since the register was opened: nothing was recorded, and the
       * pane offers to reopen the register.
       */
      reopen?: true;
    });

/**
 * The meeting's schools: the opened register's, when its evidence is unchanged (else why
 * not, as an outcome offering to reopen), or classified now when no register was opened.
 */
async function schoolsToRecord(
  port: WorkbookPort,
  request: WorkbookMeetingRequest
): Promise<MeetingSchools | Extract<WorkbookMeetingOutcome, { ok: false }>> {
  const where = {
    ...(request.source ? { source: request.source } : {}),
    ...(request.columnOf ? { columnOf: request.columnOf } : {}),
  };
  if (!request.opened)
    return classifyMeetingSchools(port, {
      framework: request.framework,
      asOf: request.meetingDate,
      ...where,
      ...(request.signal ? { signal: request.signal } : {}),
    });
  const changed = evidenceChanges(
    request.opened.evidence,
    await readEvidenceFingerprint(port, where, request.framework)
  );
  if (changed.length === 0) return request.opened;
  return {
    ok: false,
    reopen: true,
    problems: [
      {
        code: "conflict",
        message: `The evidence has changed since the register was opened (${changed.join(", ")}), so the computed levels the meeting saw are no longer those the workbook gives. Nothing was recorded. Reopen the register to see the levels as they stand now, then record the meeting.`,
      },
    ],
  };
}

/**
 * "Record meeting": the register the meeting saw (`opened`; refused, offering to reopen, when
 * its evidence has changed since) or, with nothing but the framework and the date, the schools
 * table classified now; reads the decisions typed into the Register (with `decisions` on top), checks
 * MeetingHistory, Actions, every decision and every action review, and only then appends one
 * history row per school and the review rows. Any problem writes nothing.
 */
export async function recordWorkbookMeeting(
  port: WorkbookPort,
  request: WorkbookMeetingRequest
): Promise<WorkbookMeetingOutcome> {
  const seen = await schoolsToRecord(port, request);
  if ("ok" in seen) return seen;
  const { schools } = seen;
  const termDates = request.termDates ?? seen.termDates;
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
      reviews.rows.map((row) => actionRowCells(row, tables.actionsHeaders))
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
