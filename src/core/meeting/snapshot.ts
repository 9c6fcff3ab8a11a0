import type { SccLevel } from "../classify/scc";
import type { IsoDate } from "../dates/iso";
import type { Framework, FrameworkLevel } from "../frameworks/types";
import type { Decision } from "./decision";
import type { HistoryRow } from "./history-table";

/** One school as a meeting records it. A register row is one. */
export interface MeetingEntry {
  urn: number;
  name: string;
  /** The proposed level; undefined when the classifier gave none. */
  computed?: FrameworkLevel;
  /** Share of the evidence that agrees with the computed level, 0 to 1. */
  agreement?: number;
  scc?: SccLevel;
  decision: Decision;
}

export type SnapshotContent = Omit<HistoryRow, "rowId" | "supersedes">;

/** The history row content for a validated decision, without id or correction link. */
export function snapshotContent(
  framework: Framework,
  entry: MeetingEntry,
  meetingDate: IsoDate,
  decided: { agreed: FrameworkLevel; reason?: string; agreedBy?: string }
): SnapshotContent {
  return {
    meetingDate,
    urn: entry.urn,
    framework: framework.id,
    ...(entry.computed ? { computed: entry.computed.name } : {}),
    agreed: decided.agreed.name,
    ...(decided.reason ? { reason: decided.reason } : {}),
    ...(decided.agreedBy ? { agreedBy: decided.agreedBy } : {}),
    ...(entry.agreement !== undefined ? { agreement: entry.agreement } : {}),
    ...(entry.scc !== undefined ? { scc: entry.scc } : {}),
  };
}

const FIELDS = [
  "meetingDate",
  "urn",
  "framework",
  "computed",
  "agreed",
  "reason",
  "agreedBy",
  "agreement",
  "scc",
] as const satisfies ReadonlyArray<keyof SnapshotContent>;

/** Whether a recorded row already says what a new snapshot would. */
export const sameContent = (row: HistoryRow, content: SnapshotContent): boolean =>
  FIELDS.every((field) => row[field] === content[field]);
