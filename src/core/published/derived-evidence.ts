import { academicYearStartYear } from "../dates/academic-year";
import type { SchoolPhase } from "../import/school-cells";
import type { MeasureRow, NationalRow } from "../import/tables/figures";
import {
  bandAboveAverage,
  bandAtOrAboveAverage,
  readBandDescriptor,
  type ProgressBand,
} from "./progress-band";

/** Where the figures behind each derived value are written in Schools. */
export const DERIVED_NOTES_HEADER = "Derived evidence notes";
export const DERIVED_LABEL = "derived from published data";
export const HISTORIC_HEADER = "Historic performance";

/** A Measures row with its Cohort and, for a progress measure, its DfE band (the Band column). */
export type FigureRow = MeasureRow & { cohort?: number; band?: string };

export interface DerivedEvidence {
  /** A value on the seed's own scale. */
  value: string;
  /** "Historic performance: derived from published data: ks2-rwm-expected 2021/22 50 vs 59; ...". */
  note: string;
}

/** A criterion TrustTier derives, under the Schools header the seed's framework reads. */
export interface DerivedCriterion {
  header: string;
  /** The measures `derive` reads: it never looks at a figure of any other measure. */
  measures: readonly string[];
  derive: (
    phase: SchoolPhase,
    figures: readonly FigureRow[],
    national: readonly NationalRow[]
  ) => DerivedEvidence | undefined;
}

interface Year {
  year: string;
  value: number;
  /** The same-year national figure (attainment); a progress score's national is 0 by design. */
  national?: number;
  band?: ProgressBand;
  cohort?: number;
  /** One pupil's worth (100 / cohort) for a percentage with a cohort; 0 otherwise. */
  tolerance?: number;
  /** School minus national, turned round where lower is better; a progress score itself. */
  standing: number;
  /** At or above national: within one pupil's worth, or DfE's "average" band or better. */
  atOrAbove: boolean;
  /** Above national: by more than one pupil's worth, or DfE's "above average" band or better. */
  above: boolean;
}

type HeadlineKind = "percent" | "points" | "progress";

/** The phase's headline measures: attainment against national, progress by DfE's bands. */
const HEADLINES: Partial<
  Record<SchoolPhase, ReadonlyArray<{ measure: string; kind: HeadlineKind }>>
> = {
  primary: [
    { measure: "ks2-rwm-expected", kind: "percent" },
    { measure: "ks2-reading-progress", kind: "progress" },
    { measure: "ks2-writing-progress", kind: "progress" },
    { measure: "ks2-maths-progress", kind: "progress" },
  ],
  secondary: [
    { measure: "ks4-attainment8", kind: "points" },
    { measure: "ks4-progress8", kind: "progress" },
  ],
};

/** Every phase's headline measures (Historic performance and National tests read these). */
const HEADLINE_MEASURES: readonly string[] = Object.values(HEADLINES).flatMap((list) =>
  list.map((headline) => headline.measure)
);

const ATTENDANCE = "attendance";
const PERSISTENT_ABSENCE = "persistent-absence";
/** The number on roll, one pupil's worth of which is the attendance tolerance. */
const ROLL = "roll";

const lastThree = (years: Year[]): Year[] =>
  years.sort((a, b) => academicYearStartYear(a.year) - academicYearStartYear(b.year)).slice(-3);

/** National rows by measure and year, in the list's order: worked out once per (readonly) list. */
const nationalIndexes = new WeakMap<
  readonly NationalRow[],
  Map<string, Map<string, NationalRow[]>>
>();

function nationalRowsFor(
  national: readonly NationalRow[],
  measure: string,
  year: string
): readonly NationalRow[] {
  let index = nationalIndexes.get(national);
  if (!index) {
    index = new Map();
    for (const row of national) {
      let years = index.get(row.measure);
      if (!years) index.set(row.measure, (years = new Map()));
      const rows = years.get(row.year);
      if (rows) rows.push(row);
      else years.set(row.year, [row]);
    }
    nationalIndexes.set(national, index);
  }
  return index.get(measure)?.get(year) ?? [];
}

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
    const nat = nationalRowsFor(national, measure, row.year).find(
      (n) => n.phase === benchmark || n.phase === "all"
    );
    if (nat?.value === undefined) continue;
    const cohort = cohortOf(row.year, row);
    const difference = row.figure.value - nat.value;
    const standing = lowerIsBetter ? -difference : difference;
    const tolerance = percent && cohort ? 100 / cohort : 0;
    years.push({
      year: row.year,
      value: row.figure.value,
      national: nat.value,
      ...(cohort ? { cohort } : {}),
      ...(tolerance > 0 ? { tolerance } : {}),
      standing,
      atOrAbove: standing >= -tolerance,
      above: standing > tolerance,
    });
  }
  return lastThree(years);
}

/**
 * A progress measure's last two or three years judged by DfE's band (published with the score,
 * or from its confidence interval, as the import stored it in the Band column), never by a
 * tolerance: "average" is in line with national whatever the score, and national is 0 by the
 * measure's design. A year without a band is not used.
 */
function progressYears(measure: string, figures: readonly FigureRow[]): Year[] {
  const years: Year[] = [];
  for (const row of figures) {
    if (row.measure !== measure || !row.figure || !("value" in row.figure)) continue;
    const band = readBandDescriptor(row.band ?? null);
    if (!band) continue;
    years.push({
      year: row.year,
      value: row.figure.value,
      band,
      ...(row.cohort ? { cohort: row.cohort } : {}),
      standing: row.figure.value,
      atOrAbove: bandAtOrAboveAverage(band),
      above: bandAboveAverage(band),
    });
  }
  return lastThree(years);
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
    everyYearAtOrAbove: years.every((y) => y.atOrAbove),
    everyYearAbove: years.every((y) => y.above),
    latestAtOrAbove: latest.atOrAbove,
    gapWidening: latest.standing < before.standing,
  };
}

/** "57 vs 60 (cohort 30; within one pupil's worth, 3.3)": a figure counted as at national though below it says so. */
function describe(measure: string, years: readonly Year[]): string {
  const figure = (y: Year) => {
    const within =
      y.standing < 0 && y.atOrAbove && y.tolerance
        ? `within one pupil's worth, ${y.tolerance.toFixed(1)}`
        : undefined;
    const notes = [y.cohort ? `cohort ${y.cohort}` : undefined, within].filter(Boolean);
    const shown = y.band !== undefined ? `${y.value} (${y.band})` : `${y.value} vs ${y.national}`;
    return notes.length > 0 ? `${shown} (${notes.join("; ")})` : shown;
  };
  return `${measure} ${years.map((y) => `${y.year} ${figure(y)}`).join("; ")}`;
}

const note = (header: string, parts: string[], reading: string): string =>
  `${header}: ${DERIVED_LABEL}: ${parts.join(" | ")}: ${reading}`;

const cohortColumn = (_year: string, row: FigureRow): number | undefined => row.cohort;

interface MeasureReading {
  measure: string;
  years: Year[];
  reading: Reading;
}

/**
 * The phase's headline measures, each over its recent years (attainment against national with
 * a tolerance of one pupil's worth, progress by DfE's bands); a measure with fewer than two
 * years is left out, and with none left nothing is derived.
 */
function headlineReadings(
  phase: SchoolPhase,
  figures: readonly FigureRow[],
  national: readonly NationalRow[]
): readonly MeasureReading[] | undefined {
  // Historic performance and National tests read the same school's headlines in turn.
  const last = lastHeadlines.get(figures);
  if (last && last.phase === phase && last.national === national) return last.readings;
  const readings = readHeadlines(phase, figures, national);
  lastHeadlines.set(figures, { phase, national, readings });
  return readings;
}

const lastHeadlines = new WeakMap<
  readonly FigureRow[],
  {
    phase: SchoolPhase;
    national: readonly NationalRow[];
    readings: readonly MeasureReading[] | undefined;
  }
>();

function readHeadlines(
  phase: SchoolPhase,
  figures: readonly FigureRow[],
  national: readonly NationalRow[]
): MeasureReading[] | undefined {
  const readings: MeasureReading[] = [];
  for (const headline of HEADLINES[phase] ?? []) {
    const years =
      headline.kind === "progress"
        ? progressYears(headline.measure, figures)
        : recentYears(
            phase,
            headline.measure,
            false,
            headline.kind === "percent",
            figures,
            national,
            cohortColumn
          );
    if (years.length >= 2)
      readings.push({ measure: headline.measure, years, reading: read(years) });
  }
  return readings.length > 0 ? readings : undefined;
}

/**
 * Several measures read as one (TrustTier reading): at or above national only when every
 * measure is; a measure below national in the latest year decides whether the gap is widening.
 */
function combine(readings: readonly MeasureReading[]): Reading & { belowNarrowing: boolean } {
  const all = readings.map((r) => r.reading);
  const below = all.filter((r) => !r.latestAtOrAbove);
  return {
    everyYearAtOrAbove: all.every((r) => r.everyYearAtOrAbove),
    everyYearAbove: all.every((r) => r.everyYearAbove),
    latestAtOrAbove: below.length === 0,
    gapWidening: below.some((r) => r.gapWidening),
    belowNarrowing: below.length > 0 && below.every((r) => !r.gapWidening),
  };
}

const describeAll = (readings: readonly MeasureReading[]): string[] =>
  readings.map((r) => describe(r.measure, r.years));

/**
 * Seed 002's "Historic performance in relation to national benchmarks" (seed 004's column of
 * the same name is a TrustTier proposal). TrustTier reading of the issue-16 rule over the
 * phase's headline measures: Positive when every one is at or above national every year;
 * Declining when one is below national in the latest year with its gap wider than the year
 * before; otherwise Variable, with a note. Nothing from fewer than two years or from
 * suppressed figures.
 */
export const historicPerformance: DerivedCriterion = {
  header: HISTORIC_HEADER,
  measures: HEADLINE_MEASURES,
  derive(phase, figures, national) {
    const readings = headlineReadings(phase, figures, national);
    if (!readings) return undefined;
    const r = combine(readings);
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
    return { value, note: note(HISTORIC_HEADER, describeAll(readings), reading) };
  },
};

/**
 * Seed 001's "National tests" on its own scale (TrustTier reading): "consistently high" when
 * every headline measure is above national (by more than one pupil's worth, or DfE's "above
 * average" band) every year; "close to national" when all are at national in the latest year;
 * "improving, not consistently" when those below have narrowed the gap; "little improvement or
 * declining" otherwise.
 */
export const nationalTests: DerivedCriterion = {
  header: "National tests",
  measures: HEADLINE_MEASURES,
  derive(phase, figures, national) {
    const readings = headlineReadings(phase, figures, national);
    if (!readings) return undefined;
    const r = combine(readings);
    const [value, reading] = r.everyYearAbove
      ? ["Consistently high", "above national every year"]
      : r.latestAtOrAbove
        ? ["Close to national", "at or above national in the latest year"]
        : r.belowNarrowing
          ? ["Improving, not consistently", "below national, improving"]
          : ["Little improvement or declining", "below national, gap widening"];
    return { value, note: note("National tests", describeAll(readings), reading) };
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
  measures: [ATTENDANCE, PERSISTENT_ABSENCE, ROLL],
  derive(phase, figures, national) {
    const roll = (year: string): number | undefined => {
      const row = figures.find((f) => f.measure === ROLL && f.year === year);
      return row?.figure && "value" in row.figure ? row.figure.value : undefined;
    };
    const byRoll = (year: string) => roll(year);
    const attendance = recentYears(phase, ATTENDANCE, false, true, figures, national, byRoll);
    const pa = recentYears(phase, PERSISTENT_ABSENCE, true, true, figures, national, byRoll);
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
        [describe(ATTENDANCE, attendance), describe(PERSISTENT_ABSENCE, pa)],
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
