import { academicYearStartYear } from "../dates/academic-year";
import type { MeasureRow, NationalRow } from "../import/tables/figures";
import type { SchoolPhase } from "../import/cells";

/** The headers the derived evidence is written under in Schools (the seeds' criterion labels). */
export const HISTORIC_HEADER = "Historic performance";
export const DERIVED_NOTES_HEADER = "Derived evidence notes";
export const DERIVED_LABEL = "derived from published data";

/** The phase's headline measure for "historic performance in relation to national benchmarks". */
const HEADLINE: Partial<Record<SchoolPhase, { measure: string; percent: boolean }>> = {
  primary: { measure: "ks2-rwm-expected", percent: true },
  secondary: { measure: "ks4-attainment8", percent: false },
};

export interface DerivedEvidence {
  /** On seeds 002/004's scale: Positive, Variable or Declining. */
  value: "Positive" | "Variable" | "Declining";
  /** "derived from published data: ks2-rwm-expected 2021/22 50 vs 59 (cohort 28); ...". */
  note: string;
}

interface YearFigure {
  year: string;
  value: number;
  national: number;
  cohort?: number;
}

/**
 * Seed 002's "Historic performance in relation to national benchmarks" (and seed 004's
 * equivalent, a TrustTier proposal), derived from Measures against the same-year, same-phase
 * national figure. TrustTier reading of the issue-16 rule: the last two or three published
 * years; within one pupil's worth (100 / cohort percentage points) counts as at national;
 * Positive when at or above national every year; Declining when below national in the latest
 * year with the gap wider than the year before; otherwise Variable. Nothing from fewer than two
 * years, nor from suppressed figures. Cohorts come from the Measures table's Cohort column.
 */
export function deriveHistoricPerformance(
  phase: SchoolPhase,
  measures: ReadonlyArray<MeasureRow & { cohort?: number }>,
  national: readonly NationalRow[]
): DerivedEvidence | undefined {
  const headline = HEADLINE[phase];
  if (!headline) return undefined;
  const benchmark = phase === "primary" ? "primary" : "secondary";
  const years: YearFigure[] = [];
  for (const row of measures) {
    if (row.measure !== headline.measure || !row.figure || !("value" in row.figure)) continue;
    const nat = national.find(
      (n) =>
        n.measure === headline.measure &&
        n.year === row.year &&
        (n.phase === benchmark || n.phase === "all")
    );
    if (nat?.value === undefined) continue;
    years.push({
      year: row.year,
      value: row.figure.value,
      national: nat.value,
      ...(row.cohort ? { cohort: row.cohort } : {}),
    });
  }
  const recent = years
    .sort((a, b) => academicYearStartYear(a.year) - academicYearStartYear(b.year))
    .slice(-3);
  if (recent.length < 2) return undefined;
  const tolerance = (figure: YearFigure): number =>
    headline.percent && figure.cohort ? 100 / figure.cohort : 0;
  const gaps = recent.map((figure) => figure.value - figure.national);
  const atOrAbove = recent.map((figure, i) => gaps[i] >= -tolerance(figure));
  const latest = recent.length - 1;
  let value: DerivedEvidence["value"];
  let reading: string;
  if (atOrAbove.every(Boolean)) {
    value = "Positive";
    reading = "at or above national every year";
  } else if (!atOrAbove[latest] && gaps[latest] < gaps[latest - 1]) {
    value = "Declining";
    reading = "below national, gap widening";
  } else {
    value = "Variable";
    reading = atOrAbove[latest]
      ? "at or above national in the latest year, below before"
      : "below national, improving";
  }
  const figures = recent
    .map((f) => `${f.year} ${f.value} vs ${f.national}${f.cohort ? ` (cohort ${f.cohort})` : ""}`)
    .join("; ");
  return {
    value,
    note: `${HISTORIC_HEADER}: ${DERIVED_LABEL}: ${headline.measure} ${figures}: ${reading}`,
  };
}
