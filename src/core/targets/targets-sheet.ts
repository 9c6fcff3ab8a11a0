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
