/** The columns of a Framework_<name> sheet, in order. */
export const FRAMEWORK_TABLE_COLUMNS = [
  "Row type",
  "Id",
  "Name",
  "Kind",
  "Criterion",
  "Group",
  "Value",
  "Aliases",
  "From level",
  "To level",
  "Text",
  "Support",
  "Cadence",
  "Colour",
  "Source",
  "Applies",
] as const;

/**
 * Columns a table may leave out (tables copied before the column existed): a floor row's
 * Applies is Yes unless it says No.
 */
export const OPTIONAL_FRAMEWORK_COLUMNS: readonly string[] = ["Applies"];

export type FrameworkTableColumn = (typeof FRAMEWORK_TABLE_COLUMNS)[number];

/** Row types, one per kind of framework data. */
export const FRAMEWORK_ROW_TYPES = [
  "framework",
  "setting",
  "level",
  "criterion",
  "mapping",
  "alias",
  "floor",
] as const;
export type FrameworkRowType = (typeof FRAMEWORK_ROW_TYPES)[number];

/** Setting rows' ids. */
export const FRAMEWORK_SETTINGS = {
  minEvidence: "minimum evidence",
  secureAt: "secure at",
  borderlineAt: "borderline at",
  staleAfterDays: "stale after days",
} as const;

/**
 * Setting rows whose Value is text. `level noun` names a level in column headers ("Tier" gives
 * "Tier (proposed)"); a table without the row gets one derived from its levels (levelNounFor).
 */
export const FRAMEWORK_TEXT_SETTINGS = {
  levelNoun: "level noun",
} as const;

/** Separates aliases (and floor values) inside one cell. */
export const LIST_SEPARATOR = "; ";
