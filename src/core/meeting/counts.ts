import { compareIso, type IsoDate } from "../dates/iso";
import type { Framework, FrameworkLevel } from "../frameworks/types";
import type { CellGrid } from "../values/cell";
import { dateCell } from "./cells";
import { effectiveHistory } from "./effective";
import type { HistoryRow } from "./history-table";
import { findLevel, isFramework, rankOf } from "./levels";
import type { RowProblem } from "./row-problem";

export interface MeetingCounts {
  meetingDate: IsoDate;
  /** Schools agreed at each level, least concern first (as `levels`). */
  counts: number[];
  total: number;
}

export interface LevelCounts {
  levels: FrameworkLevel[];
  /** One entry per recorded meeting, oldest first. */
  meetings: MeetingCounts[];
  /** Rows left out of the counts because their agreed level is not one of the framework's. */
  problems: RowProblem[];
}

/** Schools per agreed level at each recorded meeting, after corrections. */
export function levelCounts(history: readonly HistoryRow[], framework: Framework): LevelCounts {
  const effective = effectiveHistory(history);
  const problems = [...effective.problems];
  const byMeeting = new Map<IsoDate, number[]>();
  for (const row of effective.rows) {
    if (!isFramework(framework, row.framework)) continue;
    const level = findLevel(framework, row.agreed);
    if (!level) {
      problems.push({
        code: "invalid",
        rowId: row.rowId,
        message: `row ${row.rowId}: agreed level '${row.agreed}' is not a level of ${framework.name}; not counted`,
      });
      continue;
    }
    const counts = byMeeting.get(row.meetingDate) ?? framework.levels.map(() => 0);
    counts[rankOf(framework, level)]++;
    byMeeting.set(row.meetingDate, counts);
  }
  const meetings = [...byMeeting.entries()]
    .sort(([a], [b]) => compareIso(a, b))
    .map(([meetingDate, counts]) => ({
      meetingDate,
      counts,
      total: counts.reduce((sum, count) => sum + count, 0),
    }));
  return { levels: framework.levels, meetings, problems };
}

/**
 * Schools per level over the meetings, as a table a chart can plot (or the command-line
 * tool writes where it cannot draw charts): a row per meeting, a column per level.
 */
export function levelCountsGrid(counts: LevelCounts): CellGrid {
  return [
    ["Meeting", ...counts.levels.map((level) => level.name), "Total"],
    ...counts.meetings.map((meeting) => [
      dateCell(meeting.meetingDate),
      ...meeting.counts,
      meeting.total,
    ]),
  ];
}

/**
 * Schools per level now against the meeting before, most concern first: the latest meeting
 * on or before `asOf` (default: the latest recorded) against the one before it.
 */
export function nowVsLastGrid(counts: LevelCounts, asOf?: IsoDate): CellGrid {
  const upTo = counts.meetings.filter(
    (meeting) => asOf === undefined || compareIso(meeting.meetingDate, asOf) <= 0
  );
  const now = upTo.at(-1);
  const last = upTo.at(-2);
  const header = (meeting: MeetingCounts | undefined, label: string) =>
    meeting ? `${label} (${meeting.meetingDate})` : label;
  return [
    ["Level", header(last, "Last meeting"), header(now, "This meeting"), "Change"],
    ...counts.levels
      .map((level, rank) => {
        const before = last?.counts[rank] ?? 0;
        const after = now?.counts[rank] ?? 0;
        return [level.name, before, after, after - before];
      })
      .reverse(),
  ];
}
