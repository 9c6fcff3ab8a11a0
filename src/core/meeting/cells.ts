import { isoToExcelSerial } from "../dates/excel-serial";
import type { IsoDate } from "../dates/iso";
import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { parseNumber } from "../values/number";
import { blank, describeValue, invalid, parsed, type Parsed } from "../values/parsed";
import type { SccLevel } from "../classify/scc";

/**
 * An agreement share: a number from 0 to 1 (what a cell formatted as a percentage holds) or
 * text such as "75%". A bare 75 is refused: it could mean 75% or a typing slip.
 */
export function readShare(value: CellValue): Parsed<number> {
  if (isBlank(value)) return blank();
  const percent = typeof value === "string" && /%\s*$/.test(value);
  const number = parseNumber(value);
  const share = number.ok ? (percent ? number.value / 100 : number.value) : NaN;
  return share >= 0 && share <= 1
    ? parsed(share)
    : invalid(`${describeValue(value)} is not an agreement share; expected e.g. 75% or 0.75`);
}

/** An SCC level, 1 to 4, written as a number or "Level 2". */
export function readSccLevel(value: CellValue): Parsed<SccLevel> {
  if (isBlank(value)) return blank();
  const text = typeof value === "number" ? String(value) : String(value).trim();
  const level = Number(text.replace(/^level\s*/i, ""));
  return Number.isInteger(level) && level >= 1 && level <= 4
    ? parsed(level as SccLevel)
    : invalid(`SCC level ${describeValue(value)} is not recognised; expected 1, 2, 3 or 4`);
}

/** Dates go into tables as Excel serials so they sort and filter as dates. */
export const dateCell = (date: IsoDate | undefined): CellValue =>
  date === undefined ? null : isoToExcelSerial(date);

export const textCell = (text: string | undefined): CellValue =>
  text === undefined || text === "" ? null : text;

export const numberCell = (value: number | undefined): CellValue => value ?? null;

/** Trimmed text, or undefined when blank. */
export function present(text: string | undefined | null): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}
