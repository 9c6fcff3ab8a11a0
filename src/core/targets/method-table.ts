import type { CellGrid, CellValue } from "../values/cell";
import { DEFAULT_TARGET_METHOD, TARGET_METHOD_TABLE, type TargetMethod } from "./method";

export const TARGET_METHOD_HEADERS = ["Setting", "Value", "Meaning"] as const;

/** The settings as the table names them, in the order it lists them. */
export const TARGET_SETTINGS: Record<keyof TargetMethod, { name: string; meaning: string }> = {
  method: {
    name: "Method",
    meaning:
      "TrustTier proposal (the rule below), or imported estimates (read from the estimates table, e.g. FFT Aspire's; never imitated)",
  },
  baselineYears: {
    name: "Baseline years",
    meaning: "published years averaged, weighted by cohort, into the school's baseline (1 to 3)",
  },
  gapYears: {
    name: "Years to close the gap",
    meaning:
      "below national, a target closes 1/this of the gap to the same-phase national figure each year",
  },
  minimumPupils: {
    name: "Smallest step (pupils)",
    meaning: "below national, a target moves by at least this many pupils of the known cohort",
  },
  disadvantagedAgainst: {
    name: "Disadvantaged pupils against",
    meaning:
      "the national figure disadvantaged pupils' targets are set against: other pupils or all pupils",
  },
  estimatesTable: {
    name: "Estimates table",
    meaning:
      "the table imported estimates are read from (URN, Measure code, Academic year, Estimate, Source)",
  },
};

/** The method as a TargetMethod sheet: a header row, then one row per setting. */
export function targetMethodToTable(method: TargetMethod = DEFAULT_TARGET_METHOD): CellGrid {
  const rows: CellValue[][] = [[...TARGET_METHOD_HEADERS]];
  for (const key of Object.keys(TARGET_SETTINGS) as Array<keyof TargetMethod>) {
    rows.push([TARGET_SETTINGS[key].name, method[key], TARGET_SETTINGS[key].meaning]);
  }
  return rows;
}

export { TARGET_METHOD_TABLE };
