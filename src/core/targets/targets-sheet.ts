import { columnNamedBy } from "../import/read-table";
import { targetsTable } from "../import/tables/figures";
import type { CellValue } from "../values/cell";
import { normaliseText } from "../values/text";

/** The Targets table's columns as `trusttier targets` writes them (docs/targets.md). */
export const TARGETS_HEADERS = [
  "URN",
  "Measure code",
  "Academic year",
  "Target",
  "Method",
  "Baseline",
  "Years used",
  "Figures used",
  "National",
  "National year",
  "Cohort",
  "Data status",
  "How set",
  "Reviewed by LGB",
  "LGB date",
  "Agreed by Trust Board",
  "Board date",
] as const;

export type TargetsHeader = (typeof TARGETS_HEADERS)[number];

/** Seed 001's sequence: proposed, reviewed by the local governing board, agreed in October. */
export const REVIEWED_COLUMNS: readonly TargetsHeader[] = ["Reviewed by LGB", "LGB date"];
export const AGREED_COLUMNS: readonly TargetsHeader[] = ["Agreed by Trust Board", "Board date"];
export const TARGET_DATE_COLUMNS: readonly TargetsHeader[] = ["LGB date", "Board date"];

/**
 * One name per Targets column: the Targets definition's header for a column it reads by
 * another name ("Measure" is "Measure code", "Year" is "Academic year"), else the header itself.
 */
export const targetsColumnName = (header: string): string =>
  normaliseText(columnNamedBy(targetsTable, header)?.header ?? header);

/** Where each Targets column sits in a header row, by the table definition's matching; -1 if absent. */
export function targetsColumns(headerRow: readonly CellValue[]): (header: TargetsHeader) => number {
  const names = headerRow.map((cell) => targetsColumnName(String(cell ?? "").trim()));
  return (header) => names.indexOf(targetsColumnName(header));
}
