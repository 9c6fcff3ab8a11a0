import { academicYearStartYear } from "../dates/academic-year";
import type { SchoolPhase } from "../import/school-cells";
import type { MeasureRow, NationalRow } from "../import/tables/figures";

/** Where the figures behind each derived value are written in Schools. */
export const DERIVED_NOTES_HEADER = "Derived evidence notes";
export const DERIVED_LABEL = "derived from published data";
export const HISTORIC_HEADER = "Historic performance";

export type FigureRow = MeasureRow & { cohort?: number };

export interface DerivedEvidence {
  /** A value on the seed's own scale. */
  value: string;
  /** "Historic performance: derived from published data: ks2-rwm-expected 2021/22 50 vs 59; ...". */
  note: string;
}

/** A criterion TrustTier derives, under the Schools header the seed's framework reads. */
export interface DerivedCriterion {
  header: string;
  derive: (
    phase: SchoolPhase,
    figures: readonly FigureRow[],
    national: readonly NationalRow[]
  ) => DerivedEvidence | undefined;
}

interface Year {
  year: string;
  value: number;
  national: number;
  cohort?: number;
  /** School minus national, turned round where lower is better. */
  standing: number;
  tolerance: number;
}

const HEADLINE: Partial<Record<SchoolPhase, { measure: string; percent: boolean }>> = {
  primary: { measure: "ks2-rwm-expected", percent: true },
  secondary: { measure: "ks4-attainment8", percent: false },
};

/**
 * The last two or three years with both the school's figure and the same-year, same-phase
 * national figure; a tolerance of one pupil's worth (100 / cohort points) for percentages.
 */
function recentYears(
  phase: SchoolPhase,
  measure: string,
  lowerIsBetter: boolean,
  percent: boolean,
  figures: readonly FigureRow[],
  national: readonly NationalRow[],
  cohortOf: (year: string, row: FigureRow) => number | undefined
): Year[] {
  const benchmark = phase === "secondary" ? "secondary" : "primary";
  const years: Year[] = [];
  for (const row of figures) {
    if (row.measure !== measure || !row.figure || !("value" in row.figure)) continue;
    const nat = national.find(
      (n) =>
        n.measure === measure && n.year === row.year && (n.phase === benchmark || n.phase === "all")
    );
    if (nat?.value === undefined) continue;
    const cohort = cohortOf(row.year, row);
    const difference = row.figure.value - nat.value;
    years.push({
      year: row.year,
      value: row.figure.value,
      national: nat.value,
      ...(cohort ? { cohort } : {}),
      standing: lowerIsBetter ? -difference : difference,
      tolerance: percent && cohort ? 100 / cohort : 0,
    });
  }
  return years
    .sort((a, b) => academicYearStartYear(a.year) - academicYearStartYear(b.year))
    .slice(-3);
}

interface Reading {
  everyYearAtOrAbove: boolean;
  everyYearAbove: boolean;
  latestAtOrAbove: boolean;
  gapWidening: boolean;
}

function read(years: readonly Year[]): Reading {
  const latest = years[years.length - 1];
  const before = years[years.length - 2];
  return {
    everyYearAtOrAbove: years.every((y) => y.standing >= -y.tolerance),
    everyYearAbove: years.every((y) => y.standing > y.tolerance),
    latestAtOrAbove: latest.standing >= -latest.tolerance,
    gapWidening: latest.standing < before.standing,
  };
}

function describe(measure: string, years: readonly Year[]): string {
  return `${measure} ${years.map((y) => `${y.year} ${y.value} vs ${y.national}${y.cohort ? ` (cohort ${y.cohort})` : ""}`).join("; ")}`;
}

const note = (header: string, parts: string[], reading: string): string =>
  `${header}: ${DERIVED_LABEL}: ${parts.join(" | ")}: ${reading}`;

const cohortColumn = (_year: string, row: FigureRow): number | undefined => row.cohort;

/** The phase's headline measure over its recent years against national; none from fewer than two. */
function headlineYears(
  phase: SchoolPhase,
  figures: readonly FigureRow[],
  national: readonly NationalRow[]
) {
  const headline = HEADLINE[phase];
  if (!headline) return undefined;
  const years = recentYears(
    phase,
    headline.measure,
    false,
    headline.percent,
    figures,
    national,
    cohortColumn
  );
  return years.length < 2 ? undefined : { headline, years };
}

/**
 * Seed 002's "Historic performance in relation to national benchmarks" (seed 004's column of
 * the same name is a TrustTier proposal). TrustTier reading of the issue-16 rule: Positive when
 * at or above national every year; Declining when below national in the latest year with the
 * gap wider than the year before; otherwise Variable, with a note. Nothing from fewer than two
 * years or from suppressed figures.
 */
export const historicPerformance: DerivedCriterion = {
  header: HISTORIC_HEADER,
  derive(phase, figures, national) {
    const found = headlineYears(phase, figures, national);
    if (!found) return undefined;
    const { headline, years } = found;
    const r = read(years);
    const [value, reading] = r.everyYearAtOrAbove
      ? ["Positive", "at or above national every year"]
      : !r.latestAtOrAbove && r.gapWidening
        ? ["Declining", "below national, gap widening"]
        : [
            "Variable",
            r.latestAtOrAbove
              ? "at or above national in the latest year, below before"
              : "below national, improving",
          ];
    return { value, note: note(HISTORIC_HEADER, [describe(headline.measure, years)], reading) };
  },
};

/**
 * Seed 001's "National tests" on its own scale (TrustTier reading): "consistently high" when
 * above national by more than one pupil's worth every year; "close to national" when at
 * national in the latest year; "improving, not consistently" when below but the gap narrowed;
 * "little improvement or declining" otherwise.
 */
export const nationalTests: DerivedCriterion = {
  header: "National tests",
  derive(phase, figures, national) {
    const found = headlineYears(phase, figures, national);
    if (!found) return undefined;
    const { headline, years } = found;
    const r = read(years);
    const [value, reading] = r.everyYearAbove
      ? ["Consistently high", "above national every year"]
      : r.latestAtOrAbove
        ? ["Close to national", "at or above national in the latest year"]
        : !r.gapWidening
          ? ["Improving, not consistently", "below national, improving"]
          : ["Little improvement or declining", "below national, gap widening"];
    return { value, note: note("National tests", [describe(headline.measure, years)], reading) };
  },
};

/**
 * Seed 001's "Attendance and PA" (TrustTier reading): attendance (higher is better) and
 * persistent absence (lower is better) each against national, tolerance one pupil's worth of
 * the roll. "At or above national": both, every year; "close to national": both at national in
 * the latest year; "below national but improving": a measure below national in the latest year
 * with its gap narrowed; "well below national" otherwise.
 */
export const attendanceAndPa: DerivedCriterion = {
  header: "Attendance and PA",
  derive(phase, figures, national) {
    const roll = (year: string): number | undefined => {
      const row = figures.find((f) => f.measure === "roll" && f.year === year);
      return row?.figure && "value" in row.figure ? row.figure.value : undefined;
    };
    const byRoll = (year: string) => roll(year);
    const attendance = recentYears(phase, "attendance", false, true, figures, national, byRoll);
    const pa = recentYears(phase, "persistent-absence", true, true, figures, national, byRoll);
    if (attendance.length < 2 || pa.length < 2) return undefined;
    const a = read(attendance);
    const p = read(pa);
    const below = [a, p].filter((r) => !r.latestAtOrAbove);
    const [value, reading] =
      a.everyYearAtOrAbove && p.everyYearAtOrAbove
        ? [
            "At or above national",
            "attendance and persistent absence at or better than national every year",
          ]
        : below.length === 0
          ? ["Close to national", "at or better than national in the latest year"]
          : below.every((r) => !r.gapWidening)
            ? ["Below national but improving", "below national in the latest year, gap narrowing"]
            : ["Well below national", "below national in the latest year, gap widening"];
    return {
      value,
      note: note(
        "Attendance and PA",
        [describe("attendance", attendance), describe("persistent-absence", pa)],
        reading
      ),
    };
  },
};

/** Every criterion the import derives. Seed 000 has none: "data alone does not provide a complete picture". */
export const derivedCriteria: readonly DerivedCriterion[] = [
  historicPerformance,
  attendanceAndPa,
  nationalTests,
];
