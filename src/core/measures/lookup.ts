import { normaliseText } from "../values/text";
import { measures } from "./catalogue";
import type { Measure, MeasurePhase } from "./types";

const byCode = new Map(measures.map((measure) => [measure.code, measure]));
const byNationalName = new Map(
  measures.flatMap((measure) =>
    measure.nationalNames.map((name) => [normaliseText(name), measure] as const)
  )
);

/** The measure with this code (exact, as the Measures table stores it), or undefined. */
export function measureByCode(code: string): Measure | undefined {
  return byCode.get(code.trim());
}

/** The measure a national-benchmarks row names ("KS2 maths expected standard"), or undefined. */
export function measureByNationalName(name: string): Measure | undefined {
  return byNationalName.get(normaliseText(name));
}

/** True when a measure is reported for a school of this phase. */
export function measureAppliesTo(measure: Measure, phase: Exclude<MeasurePhase, "all">): boolean {
  return measure.phase === "all" || measure.phase === phase;
}

/** Every code, for drop-downs and messages. */
export const measureCodes: readonly string[] = measures.map((measure) => measure.code);

/**
 * False for a year DfE published no figure for the measure (Progress 8 in 2024/25, KS2
 * progress in 2023/24: see the catalogue's `published`); true for every year of other measures.
 */
export function measureExistsIn(measure: Measure, year: string): boolean {
  const published = measure.published;
  if (!published) return true;
  return year >= published.from && !published.none.includes(year);
}
