import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { parseNumber } from "../values/number";
import { blank, describeValue, invalid, parsed, type Parsed } from "../values/parsed";
import { normaliseText } from "../values/text";
import type { Reader } from "./cells";

/*
 * Readers of free text, a number and a choice from a list. Apart from cells.ts: the custom
 * functions read term dates through cells.ts, and their bundle carries what they read.
 */

export function readText(value: CellValue): Parsed<string> {
  if (isBlank(value)) return blank();
  return parsed(String(value).trim());
}

export function readNumber(value: CellValue): Parsed<number> {
  const number = parseNumber(value);
  return number.ok || number.kind !== "suppressed"
    ? number
    : invalid(`${describeValue(value)} is a suppression code; expected a number`);
}

/** A value from a fixed list, matched after normaliseText; returns the list's own spelling. */
export function oneOf<T extends string>(what: string, allowed: readonly T[]): Reader<T> {
  return (value) => {
    if (isBlank(value)) return blank();
    const key = normaliseText(String(value));
    const match = allowed.find((candidate) => normaliseText(candidate) === key);
    return match
      ? parsed(match)
      : invalid(
          `${what} ${describeValue(value)} is not recognised; expected one of: ${allowed.join(", ")}`
        );
  };
}
