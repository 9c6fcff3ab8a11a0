import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { describeValue, invalid, parsed, type Parsed } from "../values/parsed";
import { isoParts, type IsoDate } from "./iso";

/** An English academic year as "2024/25": 1 September 2024 to 31 August 2025. */
export type AcademicYear = string;

export function academicYearLabel(startYear: number): AcademicYear {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** The academic year a date falls in (September to August). */
export function academicYearOf(date: IsoDate): AcademicYear {
  const { year, month } = isoParts(date);
  return academicYearLabel(month >= 9 ? year : year - 1);
}

/** The calendar year an academic year starts in: "2024/25" gives 2024. */
export function academicYearStartYear(year: AcademicYear): number {
  return Number(year.slice(0, 4));
}

export function nextAcademicYear(year: AcademicYear): AcademicYear {
  return academicYearLabel(academicYearStartYear(year) + 1);
}

/**
 * Reads an academic year as trusts and DfE write it: "2024/25", "2024-25", "2024/2025",
 * "2024 to 2025", or DfE's time_period "202425".
 */
export function parseAcademicYear(value: CellValue | undefined): Parsed<AcademicYear> {
  if (isBlank(value)) return { ok: false, kind: "blank", message: "blank" };
  const text = String(value).trim();
  const match = /^(\d{4})\s*(?:\/|-|to)?\s*(\d{2}|\d{4})$/i.exec(text);
  if (match) {
    const start = Number(match[1]);
    const end = Number(match[2]);
    const endMatches = match[2].length === 2 ? end === (start + 1) % 100 : end === start + 1;
    if (endMatches && start >= 1900) return parsed(academicYearLabel(start));
  }
  return invalid(
    `academic year ${describeValue(value)} is not recognised; expected e.g. 2024/25, 2024-25 or 202425`
  );
}
