import { academicYearOf, academicYearStartYear } from "../dates/academic-year";
import type { IsoDate } from "../dates/iso";
import type { MeasureRow } from "../import";
import { MAX_YEARS } from "./style";

/**
 * The academic years a section shows for one academy: those in which the data holds a figure
 * (a number or a suppression code) for any of the section's measures, the latest five, oldest
 * first. Years without national tests (2020, 2021 for KS2) are simply absent.
 */
export function sectionYears(rows: readonly MeasureRow[], codes: ReadonlySet<string>): string[] {
  const years = new Set(
    rows.filter((row) => codes.has(row.measure) && row.figure !== undefined).map((r) => r.year)
  );
  return [...years].sort().slice(-MAX_YEARS);
}

/** As the seed heads a year column: "2025" for 2024/25, "2026 YTD" for the year in progress. */
export function yearHeading(year: string, generatedOn: IsoDate): string {
  const end = String(academicYearStartYear(year) + 1);
  return academicYearOf(generatedOn) === year ? `${end} YTD` : end;
}
