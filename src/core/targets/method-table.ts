import type { CellGrid, CellValue } from "../values/cell";
import { DEFAULT_TARGET_METHOD, TARGET_METHOD_TABLE, type TargetMethod } from "./method";
import { TARGET_SETTING_NAMES } from "./method-settings";

export const TARGET_METHOD_HEADERS = ["Setting", "Value", "Meaning"] as const;

/** What each setting means, written in the table's Meaning column. */
export const TARGET_SETTING_MEANINGS: Record<keyof TargetMethod, string> = {
  method:
    "TrustTier proposal (the rule below), or imported estimates (read from the estimates table, e.g. FFT Aspire's; never imitated)",
  baselineYears:
    "published years averaged, weighted by cohort, into the school's baseline (1 to 3)",
  gapYears:
    "below national, a target closes 1/this of the gap to the same-phase national figure each year",
  minimumPupils: "below national, a target moves by at least this many pupils of the known cohort",
  disadvantagedAgainst:
    "the national figure disadvantaged pupils' targets are set against: other pupils or all pupils",
  estimatesTable:
    "the table imported estimates are read from (URN, Measure code, Academic year, Estimate, Source)",
};

/** The method as a TargetMethod sheet: a header row, then one row per setting. */
export function targetMethodToTable(method: TargetMethod = DEFAULT_TARGET_METHOD): CellGrid {
  const rows: CellValue[][] = [[...TARGET_METHOD_HEADERS]];
  for (const key of Object.keys(TARGET_SETTING_NAMES) as Array<keyof TargetMethod>) {
    rows.push([TARGET_SETTING_NAMES[key], method[key], TARGET_SETTING_MEANINGS[key]]);
  }
  return rows;
}

export { TARGET_METHOD_TABLE, TARGET_SETTING_NAMES };
