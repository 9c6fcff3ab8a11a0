import { excelSerialToIso } from "../dates/excel-serial";
import { isoFromParts, type IsoDate } from "../dates/iso";
import { isBlank } from "./blank";
import type { CellValue } from "./cell";
import { blank, describeValue, invalid, parsed, suppressed, type Parsed } from "./parsed";
import { suppressionOf } from "./suppression";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1-12 for a month written in full or abbreviated to at least three letters ("Sept", "Oct"). */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return lower.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(lower)) + 1 : 0;
}

const EXPECTED =
  "expected a date such as 2019-07-02, 20190702, 02/07/2019 (day first), 2 July 2019 or an Excel date";

function fromParts(
  year: number,
  month: number,
  day: number,
  original: CellValue | Date
): Parsed<IsoDate> {
  const iso = isoFromParts(year, month, day);
  return iso ? parsed(iso) : invalid(`${describeValue(original)} is not a real date; ${EXPECTED}`);
}

function parseDateText(original: string): Parsed<IsoDate> {
  const text = original.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (match) return fromParts(Number(match[1]), Number(match[2]), Number(match[3]), original);
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return fromParts(Number(match[1]), Number(match[2]), Number(match[3]), original);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return fromParts(Number(match[3]), Number(match[2]), Number(match[1]), original);
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  if (match) {
    const month = monthNumber(match[2]);
    if (month > 0) return fromParts(Number(match[3]), month, Number(match[1]), original);
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text)) {
    return invalid(
      `${describeValue(original)} has a two-digit year; write the year in full (e.g. 02/07/2019)`
    );
  }
  return invalid(`${describeValue(original)} is not recognised as a date; ${EXPECTED}`);
}

/**
 * Reads a date from a cell: an Excel serial number (1900 date system) or an 8-digit yyyymmdd
 * number, a JavaScript Date (taken
 * in UTC, as exceljs and Office give them), or text in ISO, DfE's compact "20190702", UK
 * day-first "02/07/2019" or "22nd October 2024" form. Returns an ISO date.
 */
export function parseDate(value: CellValue | Date | undefined): Parsed<IsoDate> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return invalid(`${describeValue(value)}; ${EXPECTED}`);
    return fromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), value);
  }
  if (isBlank(value)) return blank();
  const code = suppressionOf(value);
  if (code) return suppressed(code.code, code.meaning);
  if (typeof value === "number") {
    // An 8-digit whole number is DfE's compact yyyymmdd read as a number; Excel serials have 7 digits at most.
    if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_991_231) {
      return parseDateText(String(value)).ok
        ? parseDateText(String(value))
        : invalid(`${value} is not a real yyyymmdd date; ${EXPECTED}`);
    }
    const converted = excelSerialToIso(value);
    return converted.ok ? parsed(converted.value) : invalid(converted.message);
  }
  if (typeof value === "boolean")
    return invalid(`${describeValue(value)} is not a date; ${EXPECTED}`);
  return parseDateText(value as string);
}
