import type { AcademicYear } from "../dates/academic-year";
import type { MeasureRow, NationalRow, SchoolPhase, TargetRow } from "../import";
import { measureAppliesTo } from "../measures/lookup";
import type { Measure } from "../measures/types";

/** The measure phases a school of this phase reports (all-through and special: both). */
export function cardPhases(phase: SchoolPhase): Array<"primary" | "secondary"> {
  if (phase === "primary" || phase === "nursery") return ["primary"];
  if (phase === "secondary" || phase === "16 plus") return ["secondary"];
  return ["primary", "secondary"];
}

export function appliesTo(measure: Measure, phase: SchoolPhase): boolean {
  return cardPhases(phase).some((p) => measureAppliesTo(measure, p));
}

/** The National table's phase for this school: its own, or "all" when it spans both. */
export function nationalPhase(phase: SchoolPhase): "primary" | "secondary" | "all" {
  const phases = cardPhases(phase);
  return phases.length === 1 ? phases[0] : "all";
}

/**
 * The National phase a measure is compared in: a key-stage measure's own phase (KS2 is
 * primary, also for an all-through school), else the school's. An all-phase figure never
 * stands in for a primary or secondary school: all-phase rates are dominated by the other
 * phase (suspensions, absence), so the comparison would mislead (issue 14, item 7).
 */
export function comparisonPhase(
  measure: Measure,
  phase: SchoolPhase
): "primary" | "secondary" | "all" {
  return measure.phase === "all" ? nationalPhase(phase) : measure.phase;
}

export interface YearPick {
  readonly year: AcademicYear;
  /** True when the pick is for the result's own year: only then is it compared. */
  readonly sameYear: boolean;
}

/**
 * The target to show: the one for the result's year (compared with it), else the academy's
 * latest (shown with its year, not compared: a 2024/25 result is not judged against a 2025/26
 * target).
 */
export function pickTarget(
  targets: readonly TargetRow[],
  urn: number,
  code: string,
  resultYear: AcademicYear | undefined
): YearPick | undefined {
  const years = targets.filter((t) => t.urn === urn && t.measure === code).map((t) => t.year);
  if (resultYear !== undefined && years.includes(resultYear)) {
    return { year: resultYear, sameYear: true };
  }
  const latest = years.sort().at(-1);
  return latest ? { year: latest, sameYear: false } : undefined;
}

/**
 * The national figure to show, in the measure's comparison phase only: the result's own year
 * (compared), else the latest earlier year (stands in, named, not compared), else the latest.
 */
export function pickNational(
  national: readonly NationalRow[],
  measure: Measure,
  phase: SchoolPhase,
  resultYear: AcademicYear | undefined
): (YearPick & { readonly phase: string }) | undefined {
  const wanted = comparisonPhase(measure, phase);
  const years = national
    .filter((n) => n.measure === measure.code && n.value !== undefined && n.phase === wanted)
    .map((n) => n.year)
    .sort();
  if (resultYear !== undefined && years.includes(resultYear)) {
    return { year: resultYear, phase: wanted, sameYear: true };
  }
  const earlier = resultYear === undefined ? [] : years.filter((y) => y < resultYear);
  const year = earlier.at(-1) ?? years.at(-1);
  return year ? { year, phase: wanted, sameYear: false } : undefined;
}

/** True when National holds the measure only for all phases, which a phase school does not use. */
export function onlyAllPhaseNational(
  national: readonly NationalRow[],
  measure: Measure,
  phase: SchoolPhase
): boolean {
  if (comparisonPhase(measure, phase) === "all") return false;
  const rows = national.filter((n) => n.measure === measure.code && n.value !== undefined);
  return rows.length > 0 && rows.every((n) => n.phase === "all");
}

/** The academy's rows of the Measures table. */
export function academyMeasures<Row extends MeasureRow>(rows: readonly Row[], urn: number): Row[] {
  return rows.filter((row) => row.urn === urn);
}
