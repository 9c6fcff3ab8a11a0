/** A calendar date as "YYYY-MM-DD" (no time, no zone). Every date in the core is one of these. */
export type IsoDate = string;

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid date, undefined otherwise (31 February, month 13...). */
function dayNumberOf(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear is not needed for the years we accept.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return undefined;
  }
  return time / MS_PER_DAY;
}

/** The ISO date for year, month (1-12) and day, or undefined when no such day exists. */
export function isoFromParts(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (dayNumberOf(year, month, day) === undefined) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isIsoDate(text: string): boolean {
  const match = ISO_SHAPE.exec(text);
  return (
    match !== null &&
    isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) !== undefined
  );
}

/** Year, month (1-12), day of an ISO date. A malformed string is a programming error: it throws. */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_SHAPE.exec(date);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || isoFromParts(parts.year, parts.month, parts.day) === undefined) {
    throw new RangeError(`'${date}' is not an ISO date (YYYY-MM-DD)`);
  }
  return parts;
}

/** Days since 1970-01-01 (negative before). */
export function isoToDayNumber(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  return dayNumberOf(year, month, day) as number;
}

export function dayNumberToIso(dayNumber: number): IsoDate {
  return new Date(Math.round(dayNumber) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(date) + days);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return isoFromParts(targetYear, targetMonth, Math.min(day, lastDay)) as IsoDate;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToDayNumber(to) - isoToDayNumber(from);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return (((isoToDayNumber(date) + 4) % 7) + 7) % 7;
}

/** ISO dates compare correctly as strings; this names the intent. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The calendar date of `moment` where the person is, as Excel's TODAY() gives it: the local
 * date, never the UTC one (which is a day behind between midnight and 01:00 in British Summer
 * Time). Callers pass the clock (`new Date()`), so this stays pure.
 */
export function localIsoDate(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
