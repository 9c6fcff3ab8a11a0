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

/** The latest year the academy has a target for this measure. */
export function pickTarget(
  targets: readonly TargetRow[],
  urn: number,
  code: string
): string | undefined {
  const years = targets.filter((t) => t.urn === urn && t.measure === code).map((t) => t.year);
  return years.sort().at(-1);
}

/** The latest national figure for the measure, the school's own phase first, then "all". */
export function pickNational(
  national: readonly NationalRow[],
  code: string,
  phase: SchoolPhase
): { year: string; phase: string } | undefined {
  const own = nationalPhase(phase);
  const candidates = national
    .filter((n) => n.measure === code && n.value !== undefined)
    .filter((n) => n.phase === own || n.phase === "all")
    .sort((a, b) => a.year.localeCompare(b.year) || (a.phase === own ? 1 : -1));
  const best = candidates.at(-1);
  return best ? { year: best.year, phase: best.phase } : undefined;
}

/** The academy's rows of the Measures table. */
export function academyMeasures(rows: readonly MeasureRow[], urn: number): MeasureRow[] {
  return rows.filter((row) => row.urn === urn);
}
