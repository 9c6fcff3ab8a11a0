import { academicYearLabel, academicYearOf, academicYearStartYear } from "../dates/academic-year";
import { halfTermsFor, type HalfTerm } from "../dates/half-terms";
import type { IsoDate } from "../dates/iso";

/**
 * The next `count` half terms that end after `start`, on the trust's TermDates where it has
 * rows and TrustTier's default dates elsewhere.
 */
export function milestoneHalfTerms(
  start: IsoDate,
  termDates: readonly HalfTerm[] = [],
  count = 6
): HalfTerm[] {
  const first = academicYearStartYear(academicYearOf(start));
  const terms = [0, 1].flatMap((n) => halfTermsFor(academicYearLabel(first + n), termDates));
  return terms.filter((term) => term.end >= start).slice(0, count);
}
