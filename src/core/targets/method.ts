/** How targets are set: the trust's one method (seed 003: "a single applied methodology"). */
export const TRUSTTIER_PROPOSAL = "TrustTier proposal";
export const IMPORTED_ESTIMATES = "imported estimates";

export type TargetMethodName = typeof TRUSTTIER_PROPOSAL | typeof IMPORTED_ESTIMATES;

export interface TargetMethod {
  method: TargetMethodName;
  /** Published years averaged (cohort-weighted) into the baseline: 1 to 3. */
  baselineYears: number;
  /** Years over which a gap to national is closed: 3 closes one third of it each year. */
  gapYears: number;
  /** The smallest step below national, in pupils of the known cohort (0 for none). */
  minimumPupils: number;
  /** The national figure disadvantaged pupils are compared with (seed 001's disadvantaged gap). */
  disadvantagedAgainst: "other pupils" | "all pupils";
  /** The table the imported estimates are read from, when method is imported estimates. */
  estimatesTable: string;
}

/** TrustTier proposal: the default method, justified in docs/targets.md. */
export const DEFAULT_TARGET_METHOD: TargetMethod = {
  method: TRUSTTIER_PROPOSAL,
  baselineYears: 3,
  gapYears: 3,
  minimumPupils: 1,
  disadvantagedAgainst: "other pupils",
  estimatesTable: "Estimates",
};

/** The sheet and table the method is kept in, beside the Framework_<id> sheets. */
export const TARGET_METHOD_TABLE = "TargetMethod";
