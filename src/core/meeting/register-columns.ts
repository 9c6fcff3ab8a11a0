import type { CellGrid, CellValue } from "../values/cell";
import { dateCell, numberCell, textCell } from "./cells";
import { movementLabel } from "./movement";
import type { Register, RegisterRow } from "./register";

export type ColumnKind = "text" | "number" | "percent" | "date";

export interface RegisterColumn {
  key: string;
  header: string;
  /** How a layout formats the cells; dates are Excel serials. */
  kind: ColumnKind;
  /** Safeguarding, HR and performance-management notes: never shown when projected. */
  confidential: boolean;
  value: (row: RegisterRow) => CellValue;
}

const column = (
  key: string,
  header: string,
  kind: ColumnKind,
  value: RegisterColumn["value"],
  confidential = false
): RegisterColumn => ({ key, header, kind, confidential, value });

/** Every register column, in the order the register sheet shows them. */
export const registerColumns: readonly RegisterColumn[] = [
  column("urn", "URN", "number", (row) => row.urn),
  column("school", "School", "text", (row) => row.name),
  column("computed", "Computed level", "text", (row) =>
    textCell(row.computed?.name ?? row.computedNote)
  ),
  column("concern", "Ofsted concern", "text", (row) => textCell(row.concern)),
  column("agreement", "Agreement", "percent", (row) => numberCell(row.agreement)),
  column("rating", "Rating", "text", (row) => textCell(row.security)),
  column("agreed", "Agreed level", "text", (row) => row.agreed?.name ?? "Needs a decision"),
  column("agreedBy", "Agreed by", "text", (row) => textCell(row.agreedBy)),
  column("agreedOn", "Agreed on", "date", (row) => dateCell(row.agreedOn)),
  column("reason", "Reason", "text", (row) => textCell(row.reason)),
  column("previous", "Last meeting", "text", (row) => textCell(row.previous?.level.name)),
  column("movement", "Movement", "text", (row) =>
    row.movement ? movementLabel(row.movement) : null
  ),
  column("scc", "SCC level", "number", (row) => numberCell(row.scc)),
  column("nextReview", "Next review due", "date", (row) => dateCell(row.review.nextReviewDue)),
  column("due", "Review now", "text", (row) => (row.review.due ? "Yes" : "No")),
  column("dueReason", "Why", "text", (row) => row.review.reason),
  column("openActions", "Open actions", "number", (row) => row.openActions),
  column(
    "safeguardingHr",
    "Safeguarding and HR notes",
    "text",
    (row) => textCell(row.notes.safeguardingHr),
    true
  ),
  column(
    "performanceManagement",
    "Performance-management notes",
    "text",
    (row) => textCell(row.notes.performanceManagement),
    true
  ),
];

/** The columns a projected register shows: every confidential column left out. */
export const projectedColumns = (columns: readonly RegisterColumn[]): RegisterColumn[] =>
  columns.filter((entry) => !entry.confidential);

/** The register as a header row and a row per school, in the given columns. */
export function registerGrid(
  register: Register,
  columns: readonly RegisterColumn[] = registerColumns
): CellGrid {
  return [
    columns.map((entry) => entry.header),
    ...register.rows.map((row) => columns.map((entry) => entry.value(row))),
  ];
}
