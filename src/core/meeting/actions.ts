import { compareIso, type IsoDate } from "../dates/iso";
import type { ActionRow } from "./actions-table";
import { present } from "./cells";
import { actionIdBase, nextId, reviewIdBase } from "./row-ids";
import { failed, succeeded, type Outcome, type ProblemCode } from "../problems";
import type { RowProblem } from "./row-problem";

export interface OpenAction {
  action: ActionRow;
  /** Its due date is before the meeting. */
  overdue: boolean;
  /** The meeting that first set it, following "Carried from" back. */
  firstSet: IsoDate;
  /** How many times it has been carried forward. */
  carried: number;
}

/** The rows to append, or what the person must change (each Problem names the URN and field). */
export type ActionResult = Outcome<ActionRow[]>;

const isReviewRow = (row: ActionRow): boolean => row.reviews !== undefined;

/** Ids in use, including any a row names: a dangling reference must not capture a new row. */
const takenIds = (actions: readonly ActionRow[]): Set<string> =>
  new Set(
    actions
      .flatMap((row) => [row.rowId, row.reviews, row.carriedFrom])
      .filter((id) => id !== undefined)
  );

/** Each action's review dates, whether typed on its own row or on review rows naming it. */
function reviewDates(actions: readonly ActionRow[]): Map<string, IsoDate[]> {
  const dates = new Map<string, IsoDate[]>();
  const add = (id: string, date: IsoDate | undefined) => {
    if (date !== undefined) dates.set(id, [...(dates.get(id) ?? []), date]);
  };
  for (const row of actions) add(row.reviews ?? row.rowId, row.reviewedAt);
  return dates;
}

/**
 * The actions a meeting must review (004: "review the progress and impact of remedial action
 * set in previous risk meetings"): set at an earlier meeting and not reviewed at or before
 * this one. Soonest due first.
 */
export function openActions(actions: readonly ActionRow[], asOfMeeting: IsoDate): OpenAction[] {
  const reviewed = reviewDates(actions);
  const byId = new Map(actions.map((row) => [row.rowId, row]));
  return actions
    .filter(
      (row) =>
        !isReviewRow(row) &&
        compareIso(row.setAt, asOfMeeting) < 0 &&
        !(reviewed.get(row.rowId) ?? []).some((date) => compareIso(date, asOfMeeting) <= 0)
    )
    .map((action) => {
      let first = action;
      let carried = 0;
      const seen = new Set([action.rowId]);
      for (let at = byId.get(first.carriedFrom ?? ""); at && !seen.has(at.rowId);) {
        seen.add(at.rowId);
        first = at;
        carried++;
        at = byId.get(first.carriedFrom ?? "");
      }
      return {
        action,
        overdue: compareIso(action.due, asOfMeeting) < 0,
        firstSet: first.setAt,
        carried,
      };
    })
    .sort((a, b) => compareIso(a.action.due, b.action.due) || a.action.urn - b.action.urn);
}

export interface NewAction {
  meetingDate: IsoDate;
  urn: number;
  action: string;
  owner: string;
  due: IsoDate;
}

/** The row that sets a remedial action at a meeting, with a new id. */
export function setAction(actions: readonly ActionRow[], input: NewAction): ActionResult {
  const action = present(input.action);
  const owner = present(input.owner);
  const refuse = (code: ProblemCode, field: string, message: string): ActionResult =>
    failed([{ code, urn: input.urn, field, message: `URN ${input.urn}: ${message}` }]);
  if (!action) return refuse("missing", "action", "Action: blank; describe the action");
  if (!owner) return refuse("missing", "owner", `Owner: blank; name who owns "${action}"`);
  if (compareIso(input.due, input.meetingDate) < 0)
    return refuse(
      "invalid",
      "due",
      `Due: ${input.due} is before the meeting (${input.meetingDate})`
    );
  const taken = takenIds(actions);
  return succeeded([
    {
      rowId: nextId(actionIdBase(input.meetingDate, input.urn), taken, true),
      setAt: input.meetingDate,
      urn: input.urn,
      action,
      owner,
      due: input.due,
    },
  ]);
}

export interface ActionReview {
  meetingDate: IsoDate;
  /** The progress and impact the meeting found. */
  progress: string;
  /** Continue the action: a new action set at this meeting, "Carried from" the reviewed one. */
  carryForward?: { due: IsoDate; owner?: string; action?: string };
}

/**
 * The rows that record a review: a review row naming the action, and, when carried forward,
 * a new action continuing it. Existing rows are never changed.
 */
export function reviewAction(
  actions: readonly ActionRow[],
  actionId: string,
  review: ActionReview
): ActionResult {
  const action = actions.find((row) => row.rowId === actionId && !isReviewRow(row));
  if (!action) {
    return failed([
      {
        code: "conflict",
        field: "action",
        value: actionId,
        message: `no action has the row id ${actionId}`,
      },
    ]);
  }
  const fail = (code: ProblemCode, field: string, message: string): ActionResult =>
    failed([
      {
        code,
        urn: action.urn,
        field,
        message: `${actionId} (URN ${action.urn}, "${action.action}"): ${message}`,
      },
    ]);
  const earlier = reviewDates(actions).get(actionId);
  if (earlier)
    return fail("duplicate", "review", `already reviewed at the meeting on ${earlier[0]}`);
  if (compareIso(review.meetingDate, action.setAt) <= 0)
    return fail(
      "invalid",
      "meeting date",
      `a review must be at a meeting after the one that set it (${action.setAt})`
    );
  const progress = present(review.progress);
  if (!progress)
    return fail("missing", "progress", "Progress review: blank; record the progress and impact");

  const taken = takenIds(actions);
  const reviewRow: ActionRow = {
    rowId: nextId(reviewIdBase(review.meetingDate, actionId), taken),
    setAt: action.setAt,
    urn: action.urn,
    action: action.action,
    owner: action.owner,
    due: action.due,
    progress,
    reviewedAt: review.meetingDate,
    reviews: actionId,
  };
  if (!review.carryForward) return succeeded([reviewRow]);

  const carried = setAction([...actions, reviewRow], {
    meetingDate: review.meetingDate,
    urn: action.urn,
    action: review.carryForward.action ?? action.action,
    owner: review.carryForward.owner ?? action.owner,
    due: review.carryForward.due,
  });
  if (!carried.ok) {
    return failed(
      carried.problems.map((problem) => ({
        ...problem,
        message: `${actionId} (URN ${action.urn}, "${action.action}"): carried forward: ${problem.message}`,
      }))
    );
  }
  return succeeded([reviewRow, { ...carried.value[0], carriedFrom: actionId }]);
}

/**
 * References between action rows: a review or "Carried from" must name an action row of
 * the same school, and an action is reviewed once.
 */
export function checkActions(actions: readonly ActionRow[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const byId = new Map(actions.map((row) => [row.rowId, row]));
  const reviewedBy = new Map<string, string>();
  for (const row of actions) {
    if (row.reviewedAt !== undefined && !isReviewRow(row)) reviewedBy.set(row.rowId, row.rowId);
  }
  for (const row of actions) {
    for (const [column, target] of [
      ["Reviews", row.reviews],
      ["Carried from", row.carriedFrom],
    ] as const) {
      if (target === undefined) continue;
      const named = byId.get(target);
      const problem = !named
        ? `names ${target}, which is not in the Actions table`
        : isReviewRow(named)
          ? `names ${target}, which is a review, not an action`
          : named.urn !== row.urn
            ? `names ${target}, an action for URN ${named.urn}, not ${row.urn}`
            : undefined;
      if (problem)
        problems.push({
          code: "conflict",
          rowId: row.rowId,
          message: `row ${row.rowId}: ${column} ${problem}`,
        });
    }
    if (row.reviews === undefined || !byId.has(row.reviews)) continue;
    const first = reviewedBy.get(row.reviews);
    if (first !== undefined)
      problems.push({
        code: "duplicate",
        rowId: row.rowId,
        message: `row ${row.rowId}: ${row.reviews} is already reviewed by row ${first}; an action is reviewed once (carry it forward to review it again)`,
      });
    else reviewedBy.set(row.reviews, row.rowId);
  }
  return problems;
}
