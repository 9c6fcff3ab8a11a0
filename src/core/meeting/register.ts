import { ofstedConcern } from "../classify/ofsted-concern";
import type { SccLevel } from "../classify/scc";
import type { Classification, Security } from "../classify/types";
import type { HalfTerm } from "../dates/half-terms";
import { compareIso, type IsoDate } from "../dates/iso";
import type { Framework, FrameworkLevel } from "../frameworks/types";
import type { ActionRow } from "./actions-table";
import { openActions } from "./actions";
import { present } from "./cells";
import { decide, type Decision, type DecisionProblem } from "./decision";
import { reviewDue, type ReviewDue } from "./due";
import { effectiveHistory } from "./effective";
import { historyLevelProblems } from "./history-check";
import type { HistoryRow } from "./history-table";
import { findLevel, isFramework, rankOf } from "./levels";
import { movementBetween, type Movement } from "./movement";
import type { RowProblem } from "./row-problem";
import { sameContent, snapshotContent, type MeetingEntry } from "./snapshot";

/** Notes a projected register must not show. */
export interface ConfidentialNotes {
  safeguardingHr?: string;
  performanceManagement?: string;
}

export interface RegisterSchool {
  urn: number;
  name: string;
  /** What `classify` proposed; absent when the school was not classified. */
  classification?: Classification;
  /** Its Schools Causing Concern level; absent carries the last recorded level forward. */
  scc?: SccLevel;
  notes?: ConfidentialNotes;
}

export interface RegisterInput {
  framework: Framework;
  meetingDate: IsoDate;
  schools: readonly RegisterSchool[];
  /** The MeetingHistory rows as read; corrections are applied here. */
  history: readonly HistoryRow[];
  /** Decisions typed into the register; a school without one keeps any recorded at this meeting. */
  decisions?: ReadonlyArray<Decision & { urn: number }>;
  actions?: readonly ActionRow[];
  termDates?: readonly HalfTerm[];
  /** The meeting's name for itself ("Executive Group"), where a decision names nobody. */
  agreedBy?: string;
}

export interface RegisterRow extends MeetingEntry {
  /** Why no level was computed. */
  computedNote?: string;
  /** The Ofsted category of concern the computed level rests on, in words. */
  concern?: string;
  security?: Security;
  /** The typed or recorded level, else the computed one; undefined until someone decides. */
  agreed?: FrameworkLevel;
  /** The agreed level differs from the computed one. */
  overridden: boolean;
  agreedBy?: string;
  /** The meeting date once a level is typed or recorded; undefined while only proposed. */
  agreedOn?: IsoDate;
  reason?: string;
  /** The history already holds exactly this decision for this meeting. */
  recorded: boolean;
  /** The school's agreed level at the latest earlier meeting. */
  previous?: { level: FrameworkLevel; meetingDate: IsoDate };
  movement?: Movement;
  /** New, or agreed at a different level from the last meeting. */
  changed: boolean;
  review: ReviewDue;
  /** Actions set at earlier meetings and not yet reviewed. */
  openActions: number;
  notes: ConfidentialNotes;
  /** What must be fixed before the meeting can be recorded. */
  problems: DecisionProblem[];
}

export interface Register {
  framework: Framework;
  meetingDate: IsoDate;
  /** Most concern first; schools still needing a decision before them. */
  rows: RegisterRow[];
  /** Decisions to fix before the meeting is recorded. */
  problems: DecisionProblem[];
  /** History rows at fault (broken corrections, unknown levels): shown, not blocking. */
  historyProblems: RowProblem[];
}

/**
 * The risk meeting's register: one row per school, with the computed level, the decision,
 * and movement and due-ness taken only from the recorded history, so they are the same on
 * any machine after the workbook is closed and reopened.
 */
export function buildRegister(input: RegisterInput): Register {
  const { framework, meetingDate } = input;
  const effective = effectiveHistory(input.history);
  const historyProblems = [
    ...effective.problems,
    ...historyLevelProblems(framework, effective.rows),
  ];
  const bySchool = new Map<number, HistoryRow[]>();
  for (const row of effective.rows) {
    if (isFramework(framework, row.framework))
      bySchool.set(row.urn, [...(bySchool.get(row.urn) ?? []), row]);
  }
  const typed = new Map<number, Decision>();
  const problems: DecisionProblem[] = [];
  const names = new Map(input.schools.map((school) => [school.urn, school.name]));
  for (const { urn, ...decision } of input.decisions ?? []) {
    if (typed.has(urn) && names.has(urn))
      problems.push({
        code: "duplicate",
        urn,
        school: names.get(urn)!,
        field: "agreed",
        message: `${names.get(urn)} (URN ${urn}): two decisions are entered; the last is used`,
      });
    typed.set(urn, decision);
  }
  const open = openActions(input.actions ?? [], meetingDate);

  const rows = input.schools.map((school) =>
    registerRow(input, school, bySchool.get(school.urn) ?? [], typed.get(school.urn), {
      openActions: open.filter((entry) => entry.action.urn === school.urn).length,
    })
  );
  rows.sort((a, b) => concernOrder(framework, a, b));
  return {
    framework,
    meetingDate,
    rows,
    problems: [...problems, ...rows.flatMap((row) => row.problems)],
    historyProblems,
  };
}

function registerRow(
  input: RegisterInput,
  school: RegisterSchool,
  history: readonly HistoryRow[],
  typed: Decision | undefined,
  counts: { openActions: number }
): RegisterRow {
  const { framework, meetingDate } = input;
  const classification = school.classification;
  const classified = classification?.status === "classified" ? classification : undefined;
  const computed = classified?.level;
  const atMeeting = history.filter((row) => row.meetingDate === meetingDate).at(-1);
  const given: Decision =
    typed ??
    (atMeeting
      ? { agreed: atMeeting.agreed, reason: atMeeting.reason, agreedBy: atMeeting.agreedBy }
      : {});
  // The meeting's own name goes into the row, so recording the register needs no default.
  const decision: Decision =
    present(given.agreedBy) || !input.agreedBy ? given : { ...given, agreedBy: input.agreedBy };
  const previous = latestBefore(framework, history, meetingDate);
  const entry: MeetingEntry = {
    urn: school.urn,
    name: school.name,
    ...(computed ? { computed } : {}),
    ...(classified ? { agreement: classified.agreement } : {}),
    ...withScc(school.scc ?? atMeeting?.scc ?? previous?.row.scc),
    decision,
  };
  const decided = decide(framework, entry, decision);
  const agreed = decided.ok ? decided.agreed : undefined;
  const movement = agreed
    ? movementBetween(previous && rankOf(framework, previous.level), rankOf(framework, agreed))
    : undefined;
  return {
    ...entry,
    ...(classification && classification.status !== "classified"
      ? { computedNote: classification.message }
      : {}),
    ...(classified ? { security: classified.security } : {}),
    ...withConcern(ofstedConcern(classification)),
    ...(agreed ? { agreed } : {}),
    overridden: decided.ok && decided.overridden,
    ...(decided.ok && decided.agreedBy ? { agreedBy: decided.agreedBy } : {}),
    ...(agreed && decision.agreed?.trim() ? { agreedOn: meetingDate } : {}),
    ...(decided.ok && decided.reason ? { reason: decided.reason } : {}),
    recorded:
      decided.ok &&
      atMeeting !== undefined &&
      sameContent(atMeeting, snapshotContent(framework, entry, meetingDate, decided)),
    ...(previous
      ? { previous: { level: previous.level, meetingDate: previous.row.meetingDate } }
      : {}),
    ...(movement ? { movement } : {}),
    changed: movement !== undefined && movement.kind !== "no change",
    review: reviewDue(framework, history, meetingDate, { computed, agreed }, input.termDates),
    openActions: counts.openActions,
    notes: school.notes ?? {},
    problems: decided.ok ? [] : decided.problems,
  };
}

const withScc = (scc: SccLevel | undefined) => (scc === undefined ? {} : { scc });
const withConcern = (concern: string | undefined) => (concern === undefined ? {} : { concern });

function latestBefore(framework: Framework, history: readonly HistoryRow[], date: IsoDate) {
  let latest: { row: HistoryRow; level: FrameworkLevel } | undefined;
  for (const row of history) {
    const level = findLevel(framework, row.agreed);
    if (!level || compareIso(row.meetingDate, date) >= 0) continue;
    if (!latest || compareIso(row.meetingDate, latest.row.meetingDate) >= 0)
      latest = { row, level };
  }
  return latest;
}

/** Undecided first, then most concern, then highest SCC level, then by name. */
function concernOrder(framework: Framework, a: RegisterRow, b: RegisterRow): number {
  const rank = (row: RegisterRow) => (row.agreed ? rankOf(framework, row.agreed) : Infinity);
  return (
    rank(b) - rank(a) ||
    (b.scc ?? 0) - (a.scc ?? 0) ||
    a.name.localeCompare(b.name, "en-GB") ||
    a.urn - b.urn
  );
}
