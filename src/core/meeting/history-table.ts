import * as z from "zod/mini";
import type { SccLevel } from "../classify/scc";
import type { IsoDate } from "../dates/iso";
import { optionalCell, readDate, requiredCell } from "../import/cells";
import { readText } from "../import/text-cells";
import { readUrn } from "../import/school-cells";
import type { TableDefinition } from "../import/read-table";
import { readSccLevel, readShare } from "./cells";

/**
 * One row of the MeetingHistory table: one school's decision at one meeting. Levels are kept
 * as written (the level's name when TrustTier writes them) and resolved against the
 * framework when used, so a renamed level is reported rather than silently lost.
 */
export interface HistoryRow {
  rowId: string;
  meetingDate: IsoDate;
  urn: number;
  /** The framework's id ("category"). */
  framework: string;
  /** The proposed level; undefined when the classifier gave none (not enough evidence). */
  computed?: string;
  agreed: string;
  reason?: string;
  agreedBy?: string;
  /** Share of the evidence that agreed with the computed level, 0 to 1. */
  agreement?: number;
  scc?: SccLevel;
  /** The row id this row corrects. */
  supersedes?: string;
}

const row = z.object({
  rowId: requiredCell(readText, "the row's id, e.g. M2025-10-15-138776"),
  meetingDate: requiredCell(readDate, "the meeting's date"),
  urn: requiredCell(readUrn, "the school's URN"),
  framework: requiredCell(readText, "the framework's id, e.g. category"),
  computed: optionalCell(readText),
  agreed: requiredCell(readText, "the level the meeting agreed"),
  reason: optionalCell(readText),
  agreedBy: optionalCell(readText),
  agreement: optionalCell(readShare),
  scc: optionalCell(readSccLevel),
  supersedes: optionalCell(readText),
});

/** The MeetingHistory table, in the order TrustTier writes its columns. */
export const historyTable: TableDefinition<HistoryRow> = {
  name: "MeetingHistory",
  columns: [
    { key: "rowId", header: "Row id", aliases: ["ID", "Row"], required: true },
    { key: "meetingDate", header: "Meeting date", aliases: ["Meeting", "Date"], required: true },
    { key: "urn", header: "URN", required: true },
    { key: "framework", header: "Framework", required: true },
    {
      key: "computed",
      header: "Computed",
      aliases: ["Computed level", "Proposed"],
      required: false,
    },
    { key: "agreed", header: "Agreed", aliases: ["Agreed level"], required: true },
    { key: "reason", header: "Reason", required: false },
    { key: "agreedBy", header: "Agreed by", required: false },
    { key: "agreement", header: "Agreement", required: false },
    { key: "scc", header: "SCC level", aliases: ["SCC"], required: false },
    { key: "supersedes", header: "Supersedes", aliases: ["Corrects"], required: false },
  ],
  row: z.pipe(row, z.transform(stripUndefined)) as z.ZodMiniType<HistoryRow>,
};

/** Optional cells read as undefined; dropping the keys keeps rows comparable with toEqual. */
export function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
