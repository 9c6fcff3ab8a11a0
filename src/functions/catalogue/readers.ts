import { builtinFrameworkIds, getBuiltinFramework } from "../../core/frameworks/builtin";
import type { Framework } from "../../core/frameworks/types";
import type { IsoDate } from "../../core/dates/iso";
import { isoToExcelSerial } from "../../core/dates/excel-serial";
import { parseDate } from "../../core/values/date";
import { parseNumber } from "../../core/values/number";
import { describeValue } from "../../core/values/parsed";
import { normaliseText } from "../../core/values/text";
import type { CellValue } from "../../core/values/cell";
import { ArgumentProblem } from "./failure";
import { zeroAsBlank } from "./blanks";
import { isBlankInput, readPlainScalar } from "./excel-input";

const problem = (message: string): ArgumentProblem => new ArgumentProblem("invalidValue", message);

/** A built-in framework by id: the enum's values, any case (0, a blank on older desktops, is blank). */
export function readBuiltinFramework(argument: unknown, name = "framework"): Framework {
  const value = readPlainScalar(zeroAsBlank(argument), name);
  const framework = typeof value === "string" ? getBuiltinFramework(value) : undefined;
  if (!framework)
    throw problem(
      `${name} ${describeValue(value)} is not a built-in framework; expected ${builtinFrameworkIds.join(", ")} (for a framework held in a range use TRUST.TIERFROM)`
    );
  return framework;
}

/** The review calendar counts into the following academic year, so dates stop a year short. */
const LATEST_DATE: IsoDate = "9998-08-31";

export type DateReading = { ok: true; date: IsoDate } | { ok: false; message: string };

/** A date cell: an Excel date serial (TODAY()), or date text, up to LATEST_DATE. */
export function readDateCell(value: CellValue, where: string): DateReading {
  const date = parseDate(value);
  if (!date.ok) return { ok: false, message: `${where} ${date.message}` };
  if (date.value > LATEST_DATE)
    return {
      ok: false,
      message: `${where} ${date.value} is too late; expected a date up to ${LATEST_DATE}`,
    };
  return { ok: true, date: date.value };
}

/**
 * A date argument: required, read as readDateCell reads a cell. 0 (serial 0 is no date; older
 * desktops pass a blank cell as 0) is blank.
 */
export function readRequiredDate(argument: unknown, name: string, hint: string): IsoDate {
  const value = readPlainScalar(zeroAsBlank(argument), name);
  if (isBlankInput(value)) throw problem(`${name} is blank; ${hint}`);
  const reading = readDateCell(value, name);
  if (!reading.ok) throw problem(reading.message);
  return reading.date;
}

/** An ISO date as Excel's serial number; the cell's number format shows it as a date. */
export const toSerial = (date: IsoDate): number => isoToExcelSerial(date);

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "higher", "up"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "lower", "down"]);

/** A TRUE/FALSE argument; blank or left out gives the default. */
export function readFlag(value: CellValue, name: string, fallback: boolean): boolean {
  if (isBlankInput(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && (value === 0 || value === 1)) return value === 1;
  const key = typeof value === "string" ? normaliseText(value) : "";
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  throw problem(`${name} ${describeValue(value)} is not TRUE or FALSE`);
}

export type NumberReading =
  | { kind: "number"; value: number }
  | { kind: "blank" }
  | { kind: "unavailable"; message: string }
  | { kind: "invalid"; message: string };

/** A figure: numbers, numbers as text ("45%", "1,234"), blanks and DfE suppression codes. */
export function readFigure(value: CellValue, where: string): NumberReading {
  const reading = parseNumber(value);
  if (reading.ok) return { kind: "number", value: reading.value };
  if (reading.kind === "blank") return { kind: "blank" };
  if (reading.kind === "suppressed")
    return { kind: "unavailable", message: `${where} is not available (${reading.message})` };
  return { kind: "invalid", message: `${where} ${reading.message}` };
}
