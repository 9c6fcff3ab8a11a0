import { isIsoDate, type IsoDate } from "../dates/iso";
import type { Framework } from "../frameworks/types";
import { decide, type DecisionProblem } from "./decision";
import { effectiveHistory } from "./effective";
import type { HistoryRow } from "./history-table";
import { isFramework } from "./levels";
import { historyIdBase, nextId } from "./row-ids";
import { sameContent, snapshotContent, type MeetingEntry } from "./snapshot";

/** What a meeting records: a register, or any list of entries for one framework. */
export interface MeetingSnapshot {
  framework: Framework;
  rows: readonly MeetingEntry[];
}

export interface RecordOptions {
  /** The meeting's name for itself ("Executive Group"), where a decision names nobody. */
  agreedBy?: string;
}

export type RecordResult =
  | {
      ok: true;
      /** The rows to append to MeetingHistory, in register order. Nothing else changes. */
      rows: HistoryRow[];
      added: number;
      corrected: number;
      unchanged: number;
    }
  | { ok: false; problems: DecisionProblem[] };

/**
 * The rows that record a meeting: one per school, appended after the existing history,
 * which is never rewritten. Ids read "M<meeting date>-<URN>". Recording the same meeting
 * again appends nothing for a school whose row already says the same, and a correction
 * (a new row that supersedes the meeting's row) for one whose decision has changed. Nothing
 * is recorded while any decision is invalid.
 */
export function recordMeeting(
  history: readonly HistoryRow[],
  register: MeetingSnapshot,
  meetingDate: IsoDate,
  options: RecordOptions = {}
): RecordResult {
  if (!isIsoDate(meetingDate)) throw new RangeError(`'${meetingDate}' is not an ISO date`);
  const { framework } = register;
  const problems: DecisionProblem[] = [];
  const decisions = register.rows.map((entry) => {
    const decided = decide(framework, entry, entry.decision, options.agreedBy);
    if (!decided.ok) problems.push(...decided.problems);
    return decided;
  });
  const seen = new Set<number>();
  for (const entry of register.rows) {
    if (seen.has(entry.urn))
      problems.push({
        code: "duplicate",
        urn: entry.urn,
        school: entry.name,
        field: "agreed",
        message: `${entry.name} (URN ${entry.urn}) appears twice in the register; record it once`,
      });
    seen.add(entry.urn);
  }
  if (problems.length > 0) return { ok: false, problems };

  const recorded = new Map<number, HistoryRow>();
  for (const row of effectiveHistory(history).rows) {
    if (row.meetingDate === meetingDate && isFramework(framework, row.framework))
      recorded.set(row.urn, row);
  }
  // An id some row already names in Supersedes is never minted: that row would capture it.
  const taken = new Set(history.flatMap((row) => [row.rowId, row.supersedes ?? row.rowId]));
  const rows: HistoryRow[] = [];
  let corrected = 0;
  let unchanged = 0;
  register.rows.forEach((entry, index) => {
    const decided = decisions[index];
    if (!decided.ok) return;
    const content = snapshotContent(framework, entry, meetingDate, decided);
    const earlier = recorded.get(entry.urn);
    if (earlier && sameContent(earlier, content)) {
      unchanged++;
      return;
    }
    const rowId = nextId(historyIdBase(meetingDate, entry.urn), taken);
    taken.add(rowId);
    if (earlier) corrected++;
    rows.push({ rowId, ...content, ...(earlier ? { supersedes: earlier.rowId } : {}) });
  });
  return { ok: true, rows, added: rows.length - corrected, corrected, unchanged };
}
