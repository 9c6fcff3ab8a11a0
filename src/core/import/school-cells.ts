import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { parseNumber } from "../values/number";
import { blank, describeValue, invalid, parsed, type Parsed } from "../values/parsed";
import { suppressionOf } from "../values/suppression";
import { normaliseText } from "../values/text";

/*
 * Readers of a school's cells: its URN and phase, a national figure's phase, a published
 * figure. Apart from cells.ts: the custom functions read term dates through cells.ts, and their
 * bundle carries what they read.
 */

/** A URN: a whole number of five or six digits (GIAS's unique reference number). */
export function readUrn(value: CellValue): Parsed<number> {
  const number = parseNumber(value);
  if (!number.ok) {
    return number.kind === "blank"
      ? number
      : invalid(`${describeValue(value)} is not a URN; expected a 6-digit number such as 138776`);
  }
  if (!Number.isInteger(number.value) || number.value < 10000 || number.value > 999999) {
    return invalid(
      `${describeValue(value)} is not a URN; expected a 6-digit number such as 138776`
    );
  }
  return parsed(number.value);
}

/** A figure as DfE publishes it: a number, or a suppression code kept for display. */
export type Figure = { value: number } | { suppressed: string };

export function readFigure(value: CellValue): Parsed<Figure> {
  const code = suppressionOf(value);
  if (code) return parsed({ suppressed: code.code });
  const number = parseNumber(value);
  return number.ok ? parsed({ value: number.value }) : number;
}

/** GIAS's phases of education, folded to the ones TrustTier distinguishes. */
export type SchoolPhase =
  "primary" | "secondary" | "all-through" | "special" | "nursery" | "16 plus";

const PHASES: Record<string, SchoolPhase> = {
  primary: "primary",
  infant: "primary",
  junior: "primary",
  "middle deemed primary": "primary",
  secondary: "secondary",
  "middle deemed secondary": "secondary",
  "all through": "all-through",
  special: "special",
  nursery: "nursery",
  "16 plus": "16 plus",
  "post 16": "16 plus",
};

export function readPhase(value: CellValue): Parsed<SchoolPhase> {
  if (isBlank(value)) return blank();
  const phase = PHASES[normaliseText(String(value))];
  return phase
    ? parsed(phase)
    : invalid(
        `phase ${describeValue(value)} is not recognised; expected Primary, Secondary, All-through, Special, Nursery or 16 plus`
      );
}

/** National figures apply to a phase, or to all schools. */
export type BenchmarkPhase = "primary" | "secondary" | "all";

export function readBenchmarkPhase(value: CellValue): Parsed<BenchmarkPhase> {
  if (isBlank(value)) return blank();
  const key = normaliseText(String(value));
  if (key === "primary" || key === "secondary") return parsed(key);
  if (key === "all" || key === "all schools" || key === "all phases") return parsed("all");
  return invalid(
    `phase ${describeValue(value)} is not recognised; expected Primary, Secondary or All`
  );
}
