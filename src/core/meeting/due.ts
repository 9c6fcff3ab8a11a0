import { nextReviewDate } from "../classify/next-review";
import type { HalfTerm } from "../dates/half-terms";
import { compareIso, type IsoDate } from "../dates/iso";
import { cadenceText } from "../frameworks/cadence";
import type { Framework, FrameworkLevel } from "../frameworks/types";
import type { HistoryRow } from "./history-table";
import { findLevel } from "./levels";

export interface ReviewDue {
  /** Whether this meeting must review the school. */
  due: boolean;
  /** Why, in words for the register. */
  reason: string;
  /** The last earlier meeting at which the school was reviewed. */
  lastReviewed?: IsoDate;
  /** When the school is next due after this meeting. */
  nextReviewDue?: IsoDate;
}

interface Step {
  level: FrameworkLevel;
  lastReviewed: IsoDate;
}

function why(
  previous: Step | undefined,
  date: IsoDate,
  computed: FrameworkLevel | undefined,
  termDates: readonly HalfTerm[]
): string | undefined {
  if (!previous) return "new: not reviewed at an earlier meeting";
  const { level, lastReviewed } = previous;
  const next = nextReviewDate(level.cadence, lastReviewed, termDates);
  if (compareIso(next, date) <= 0)
    return `${level.name} is reviewed ${cadenceText(level.cadence)}; last reviewed ${lastReviewed}`;
  if (computed && computed.id !== level.id)
    return `the computed level, ${computed.name}, differs from the last agreed, ${level.name}`;
  return undefined;
}

/**
 * Whether a meeting must review a school, from the cadence of the level it was last agreed
 * at: "half-termly" falls due at the first meeting of each half term, "termly" at the first
 * of each term (Autumn 1, Spring 1, Summer 1), "twice a year", "annually" and "every N weeks"
 * likewise, from the trust's term dates. A school is also due when it is new or when its
 * computed level differs from the level last agreed. Every meeting records every school,
 * so a review is a recorded row that was due by these rules or changed the agreed level.
 *
 * `rows` are the school's effective history rows for this framework, in any order.
 */
export function reviewDue(
  framework: Framework,
  rows: readonly HistoryRow[],
  meetingDate: IsoDate,
  now: { computed?: FrameworkLevel; agreed?: FrameworkLevel },
  termDates: readonly HalfTerm[] = []
): ReviewDue {
  const earlier = rows
    .filter((row) => compareIso(row.meetingDate, meetingDate) < 0)
    .sort((a, b) => compareIso(a.meetingDate, b.meetingDate));
  let previous: Step | undefined;
  for (const row of earlier) {
    const level = findLevel(framework, row.agreed);
    if (!level) continue;
    const computed = row.computed === undefined ? undefined : findLevel(framework, row.computed);
    const reviewed =
      why(previous, row.meetingDate, computed, termDates) !== undefined ||
      previous?.level.id !== level.id;
    previous = { level, lastReviewed: reviewed ? row.meetingDate : previous!.lastReviewed };
  }

  const reason = why(previous, meetingDate, now.computed, termDates);
  const changes = previous && now.agreed && now.agreed.id !== previous.level.id;
  const reviewedNow = reason !== undefined || changes;
  const level = now.agreed ?? previous?.level;
  const nextReviewDue = !level
    ? undefined
    : reviewedNow || !previous
      ? nextReviewDate(level.cadence, meetingDate, termDates)
      : nextReviewDate(previous.level.cadence, previous.lastReviewed, termDates);
  return {
    due: reason !== undefined,
    reason: reason
      ? `Due: ${reason}`
      : `Not due: ${previous!.level.name} is reviewed ${cadenceText(previous!.level.cadence)}; last reviewed ${previous!.lastReviewed}`,
    ...(previous ? { lastReviewed: previous.lastReviewed } : {}),
    ...(nextReviewDue ? { nextReviewDue } : {}),
  };
}
