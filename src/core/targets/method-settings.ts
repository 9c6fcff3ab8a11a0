import type { TargetMethod } from "./method";

/**
 * The settings as the TargetMethod table names them, in the order it lists them: what
 * TRUST.TARGET reads. Their meanings, written beside them, are in method-table.ts.
 */
export const TARGET_SETTING_NAMES: Record<keyof TargetMethod, string> = {
  method: "Method",
  baselineYears: "Baseline years",
  gapYears: "Years to close the gap",
  minimumPupils: "Smallest step (pupils)",
  disadvantagedAgainst: "Disadvantaged pupils against",
  estimatesTable: "Estimates table",
};
