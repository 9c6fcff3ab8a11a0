import * as z from "zod/mini";
import { compareIso, type IsoDate } from "../dates/iso";
import { optionalCell, readDate, requiredCell } from "../import/cells";
import { readText } from "../import/text-cells";
import { readUrn } from "../import/school-cells";
import type { TableDefinition } from "../import/read-table";
import { stripUndefined } from "./history-table";

/**
 * One row of the Actions table. A row that sets an action has no `reviews`; a review is a
 * new row naming the action it reviews in `reviews` (the log is append-only). A person may
 * also type the review into the action's own row: that counts as its review too.
 */
export interface ActionRow {
  rowId: string;
  /** The meeting that set the action (for a review row, the reviewed action's). */
  setAt: IsoDate;
  urn: number;
  action: string;
  owner: string;
  due: IsoDate;
  /** The progress and impact of the action (004: "review the progress and impact"). */
  progress?: string;
  reviewedAt?: IsoDate;
  /** On a review row: the row id of the action reviewed. */
  reviews?: string;
  /** On an action carried forward: the row id of the action it continues. */
  carriedFrom?: string;
}

const row = z
  .object({
    rowId: requiredCell(readText, "the row's id, e.g. A2025-10-15-138776-1"),
    setAt: requiredCell(readDate, "the date of the meeting that set the action"),
    urn: requiredCell(readUrn, "the school's URN"),
    action: requiredCell(readText, "the remedial action"),
    owner: requiredCell(readText, "the action's owner"),
    due: requiredCell(readDate, "the date the action is due"),
    progress: optionalCell(readText),
    reviewedAt: optionalCell(readDate),
    reviews: optionalCell(readText),
    carriedFrom: optionalCell(readText),
  })
  .check((context) => {
    const action = context.value;
    const fault = (field: keyof ActionRow, message: string) =>
      context.issues.push({ code: "custom", input: action, path: [field], message });
    if (compareIso(action.due, action.setAt) < 0)
      fault("due", `due ${action.due} is before the meeting that set the action (${action.setAt})`);
    if (action.progress !== undefined && action.reviewedAt === undefined)
      fault(
        "reviewedAt",
        "blank; a progress review needs the date of the meeting that reviewed it"
      );
    if (action.reviewedAt !== undefined && action.progress === undefined)
      fault("progress", "blank; expected the progress and impact the meeting reviewed");
    if (action.reviews !== undefined && action.reviewedAt === undefined)
      fault(
        "reviewedAt",
        `blank; this row reviews ${action.reviews}, so it needs the meeting that reviewed it`
      );
    if (action.reviewedAt !== undefined && compareIso(action.reviewedAt, action.setAt) <= 0)
      fault(
        "reviewedAt",
        `reviewed ${action.reviewedAt}, not after the meeting that set the action (${action.setAt})`
      );
  });

/** The Actions table, in the order TrustTier writes its columns. */
export const actionsTable: TableDefinition<ActionRow> = {
  name: "Actions",
  columns: [
    { key: "rowId", header: "Row id", aliases: ["ID", "Row"], required: true },
    { key: "setAt", header: "Set at meeting", aliases: ["Set at", "Set"], required: true },
    { key: "urn", header: "URN", required: true },
    { key: "action", header: "Action", aliases: ["Remedial action"], required: true },
    { key: "owner", header: "Owner", aliases: ["Lead"], required: true },
    { key: "due", header: "Due", aliases: ["Due date"], required: true },
    { key: "progress", header: "Progress review", aliases: ["Progress"], required: false },
    { key: "reviewedAt", header: "Reviewed at meeting", aliases: ["Reviewed at"], required: false },
    { key: "reviews", header: "Reviews", aliases: ["Reviews action"], required: false },
    { key: "carriedFrom", header: "Carried from", required: false },
  ],
  row: z.pipe(row, z.transform(stripUndefined)) as z.ZodMiniType<ActionRow>,
};
