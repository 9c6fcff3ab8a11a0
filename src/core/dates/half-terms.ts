import {
  academicYearLabel,
  academicYearOf,
  academicYearStartYear,
  type AcademicYear,
} from "./academic-year";
import { addDays, addWeeks, compareIso, isoFromParts, weekdayOf, type IsoDate } from "./iso";

export const halfTermNames = [
  "Autumn 1",
  "Autumn 2",
  "Spring 1",
  "Spring 2",
  "Summer 1",
  "Summer 2",
] as const;
export type HalfTermName = (typeof halfTermNames)[number];

/** The half terms that open a term: reviews "every term" fall on these. */
export const termStartNames: readonly HalfTermName[] = ["Autumn 1", "Spring 1", "Summer 1"];

export interface HalfTerm {
  academicYear: AcademicYear;
  name: HalfTermName;
  start: IsoDate;
  end: IsoDate;
  /** True for TrustTier's default dates; false for a row of the trust's TermDates table. */
  isDefault: boolean;
}

function mondayOnOrAfter(date: IsoDate): IsoDate {
  return addDays(date, (8 - weekdayOf(date)) % 7);
}

const fridayOfWeek = (monday: IsoDate, weeks: number): IsoDate =>
  addDays(addWeeks(monday, weeks - 1), 4);

/**
 * TrustTier's default half terms, used only where a trust's TermDates table has no row:
 * Autumn from the first Monday in September (7 + 7 weeks around a one-week break), Spring
 * from the first Monday on or after 3 January (6 + 6 weeks), Summer two weeks after Spring
 * ends (6 + 7 weeks, ending in the second half of July). Real dates vary by local authority.
 */
export function defaultHalfTerms(academicYear: AcademicYear): HalfTerm[] {
  const cached = defaultsCache.get(academicYear);
  if (cached) return cached.map((term) => ({ ...term }));
  const built = buildDefaultHalfTerms(academicYear);
  defaultsCache.set(academicYear, built);
  return built.map((term) => ({ ...term }));
}

const defaultsCache = new Map<AcademicYear, readonly HalfTerm[]>();

function buildDefaultHalfTerms(academicYear: AcademicYear): HalfTerm[] {
  const startYear = academicYearStartYear(academicYear);
  const autumn1 = mondayOnOrAfter(isoFromParts(startYear, 9, 1) as IsoDate);
  const autumn2 = addWeeks(autumn1, 8);
  const spring1 = mondayOnOrAfter(isoFromParts(startYear + 1, 1, 3) as IsoDate);
  const spring2 = addWeeks(spring1, 7);
  const summer1 = addWeeks(spring2, 8);
  const summer2 = addWeeks(summer1, 7);
  const rows: Array<[HalfTermName, IsoDate, number]> = [
    ["Autumn 1", autumn1, 7],
    ["Autumn 2", autumn2, 7],
    ["Spring 1", spring1, 6],
    ["Spring 2", spring2, 6],
    ["Summer 1", summer1, 6],
    ["Summer 2", summer2, 7],
  ];
  return rows.map(([name, start, weeks]) => ({
    academicYear: academicYearLabel(startYear),
    name,
    start,
    end: fridayOfWeek(start, weeks),
    isDefault: true,
  }));
}

/** The half terms of a year: the trust's rows for that year by name, defaults for the rest. */
export function halfTermsFor(
  academicYear: AcademicYear,
  termDates: readonly HalfTerm[] = []
): HalfTerm[] {
  return defaultHalfTerms(academicYear).map(
    (fallback) =>
      termDates.find((row) => row.academicYear === academicYear && row.name === fallback.name) ??
      fallback
  );
}

function startsAfter(
  date: IsoDate,
  names: readonly HalfTermName[],
  termDates: readonly HalfTerm[]
): IsoDate {
  const year = academicYearOf(date);
  const nextYear = academicYearLabel(academicYearStartYear(year) + 1);
  const candidates = [...halfTermsFor(year, termDates), ...halfTermsFor(nextYear, termDates)]
    .filter((term) => names.includes(term.name) && compareIso(term.start, date) > 0)
    .map((term) => term.start)
    .sort(compareIso);
  return candidates[0];
}

/** The first half-term start strictly after `date`. */
export function nextHalfTermStart(date: IsoDate, termDates: readonly HalfTerm[] = []): IsoDate {
  return startsAfter(date, halfTermNames, termDates);
}

/** The first term start (Autumn 1, Spring 1 or Summer 1) strictly after `date`. */
export function nextTermStart(date: IsoDate, termDates: readonly HalfTerm[] = []): IsoDate {
  return startsAfter(date, termStartNames, termDates);
}

/** The next start of Autumn 1 or Spring 2, the two halves of a year of reviews. */
export function nextHalfYearStart(date: IsoDate, termDates: readonly HalfTerm[] = []): IsoDate {
  return startsAfter(date, ["Autumn 1", "Spring 2"], termDates);
}

/** The next start of Autumn 1: the start of the next academic year's cycle. */
export function nextYearStart(date: IsoDate, termDates: readonly HalfTerm[] = []): IsoDate {
  return startsAfter(date, ["Autumn 1"], termDates);
}
