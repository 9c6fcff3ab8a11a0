import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import type { Problem } from "../../core/problems";
import {
  buildRegister,
  decide,
  levelCounts,
  openActions,
  type ActionRow,
  type Decision,
  type DecisionProblem,
  type OpenAction,
  type Register,
} from "../../core/meeting";
import { isWorkbookError } from "../../port/errors";
import type { WorkbookPort } from "../../port/WorkbookPort";
import {
  actionReviewRows,
  classifyMeetingSchools,
  readMeetingTables,
  writeMeetingSheets,
  type ActionReviewRequest,
  type MeetingSchools,
  type MeetingTables,
} from ".";
import {
  meetingChartsLayout,
  projectedRegisterLayout,
  registerSheetLayout,
} from "../../core/meeting";
import { stepper, type FeatureOptions } from "../progress";

/** A decision made in the pane for one school. */
export type PaneDecision = Decision & { urn: number };

export interface OpenRegisterRequest extends FeatureOptions {
  framework: Framework;
  meetingDate: IsoDate;
  /** Decisions already made in the pane: shown in the register sheet. */
  decisions?: readonly PaneDecision[];
  /** Replace the generated sheets even where a person has edited them. */
  replaceEdited?: boolean;
}

/**
 * The register as opened, with the schools it was built from and the fingerprint of their
 * evidence: pass it as `opened` to `recordWorkbookMeeting` to record what the meeting saw.
 */
export interface OpenedRegister extends MeetingSchools {
  register: Register;
  /** Actions set at earlier meetings and not yet reviewed, soonest due first. */
  open: OpenAction[];
  /** Every row of the Actions table as read (reviews are checked against it). */
  actions: ActionRow[];
  written: string[];
  /** Generated sheets a person has edited since TrustTier wrote them: kept as they are. */
  kept: string[];
  /** True when the workbook has no MeetingHistory table yet. */
  noHistory: boolean;
}

async function meetingTablesOrEmpty(
  port: WorkbookPort
): Promise<MeetingTables & { noHistory: boolean }> {
  try {
    return { ...(await readMeetingTables(port)), noHistory: false };
  } catch (error) {
    if (!isWorkbookError(error, "TableNotFound")) throw error;
    return {
      history: [],
      actions: [],
      historyHeaders: [],
      actionsHeaders: [],
      noHistory: true,
    };
  }
}

/**
 * "Open the register": classifies the schools for the meeting (keeping their evidence's
 * fingerprint, so recording can tell whether it changed), reads MeetingHistory and
 * Actions (every unreadable cell stops it, named), and writes the Register, Register
 * (projected) and Meeting charts sheets, keeping those a person has edited unless
 * `replaceEdited`. The history and actions tables are only read.
 */
export async function openMeetingRegister(
  port: WorkbookPort,
  request: OpenRegisterRequest
): Promise<OpenedRegister> {
  const { framework, meetingDate } = request;
  const step = stepper(request, 3);
  step("Classifying the schools");
  const classified = await classifyMeetingSchools(port, {
    framework,
    asOf: meetingDate,
    ...(request.signal ? { signal: request.signal } : {}),
  });
  const { schools, termDates } = classified;
  step("Reading MeetingHistory and Actions");
  const tables = await meetingTablesOrEmpty(port);
  const register = buildRegister({
    framework,
    meetingDate,
    schools,
    history: tables.history,
    actions: tables.actions,
    termDates,
    ...(request.decisions ? { decisions: request.decisions } : {}),
  });
  step("Writing the register");
  const layouts = [
    registerSheetLayout(register),
    projectedRegisterLayout(register),
    meetingChartsLayout(levelCounts(tables.history, framework)),
  ];
  const sheets = await writeMeetingSheets(port, layouts, {
    ...(request.replaceEdited ? { overwrite: layouts.map((layout) => layout.name) } : {}),
  });
  return {
    ...classified,
    register,
    open: openActions(tables.actions, meetingDate),
    actions: tables.actions,
    written: sheets.written,
    kept: sheets.kept,
    noHistory: tables.noHistory,
  };
}

/**
 * Checks one decision made in the pane with the core's own rule (`decide`): an override needs
 * a Reason and Agreed by, each message naming the school and the field. Pure.
 */
export function checkPaneDecision(
  register: Register,
  decision: PaneDecision
): { ok: true } | { ok: false; problems: DecisionProblem[] } {
  const row = register.rows.find((item) => item.urn === decision.urn);
  if (!row)
    return {
      ok: false,
      problems: [
        {
          code: "conflict",
          urn: decision.urn,
          school: `URN ${decision.urn}`,
          field: "agreed",
          message: `URN ${decision.urn} is not in the register; open the register again`,
        },
      ],
    };
  const decided = decide(
    register.framework,
    { urn: row.urn, name: row.name, ...(row.computed ? { computed: row.computed } : {}) },
    decision
  );
  return decided.ok ? { ok: true } : { ok: false, problems: decided.problems };
}

/** Adds or replaces the pane's decision for a school. Pure. */
export function withDecision(
  decisions: readonly PaneDecision[],
  decision: PaneDecision
): PaneDecision[] {
  return [...decisions.filter((item) => item.urn !== decision.urn), decision];
}

/**
 * Checks one progress review against the Actions table and the reviews already chosen (the
 * core's `reviewAction`), and adds it, replacing an earlier one for the same action. Pure.
 */
export function withReview(
  actions: readonly ActionRow[],
  meetingDate: IsoDate,
  reviews: readonly ActionReviewRequest[],
  review: ActionReviewRequest
): { ok: true; reviews: ActionReviewRequest[] } | { ok: false; problems: Problem[] } {
  const next = [...reviews.filter((item) => item.actionId !== review.actionId), review];
  const checked = actionReviewRows(actions, meetingDate, next);
  return checked.ok ? { ok: true, reviews: next } : { ok: false, problems: checked.problems };
}

/** An open action for a list: "URN 900101: Appoint … (owner Priya Natarajan, due 2026-07-01)". */
export function openActionLabel(open: OpenAction, schoolName?: string): string {
  const who = schoolName ? `${schoolName} (URN ${open.action.urn})` : `URN ${open.action.urn}`;
  const carried =
    open.carried > 0 ? `, carried forward ${open.carried}×, first set ${open.firstSet}` : "";
  return `${who}: ${open.action.action} (owner ${open.action.owner}, due ${open.action.due}${open.overdue ? ", overdue" : ""}${carried})`;
}
