import * as z from "zod/mini";
import { halfTermNames, type HalfTermName } from "../dates/half-terms";
import { parseAcademicYear } from "../dates/academic-year";
import type { IsoDate } from "../dates/iso";
import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { parseDate } from "../values/date";
import { parseNumber } from "../values/number";
import { blank, describeValue, invalid, parsed, type Parsed } from "../values/parsed";
import { suppressionOf } from "../values/suppression";
import { normaliseText } from "../values/text";

/** A cell as adapters read it; undefined where a row is shorter than the header. */
const cellValue = z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()]));

type Reader<T> = (value: CellValue) => Parsed<T>;

/** A zod schema for a cell that must hold a value `read` accepts. */
export function requiredCell<T>(read: Reader<T>, expected: string) {
  return z.pipe(
    cellValue,
    z.transform((value, context): T => {
      const result = read(value ?? null);
      if (result.ok) return result.value;
      const message = result.kind === "blank" ? `blank; expected ${expected}` : result.message;
      context.issues.push({ code: "custom", message, input: value });
      return z.NEVER;
    })
  );
}

/** A zod schema for a cell that may be blank (undefined) or hold a value `read` accepts. */
export function optionalCell<T>(read: Reader<T>) {
  return z.pipe(
    cellValue,
    z.transform((value, context): T | undefined => {
      const result = read(value ?? null);
      if (result.ok) return result.value;
      if (result.kind === "blank") return undefined;
      context.issues.push({ code: "custom", message: result.message, input: value });
      return z.NEVER;
    })
  );
}

export function readText(value: CellValue): Parsed<string> {
  if (isBlank(value)) return blank();
  return parsed(String(value).trim());
}

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

export function readNumber(value: CellValue): Parsed<number> {
  const number = parseNumber(value);
  return number.ok || number.kind !== "suppressed"
    ? number
    : invalid(`${describeValue(value)} is a suppression code; expected a number`);
}

export function readDate(value: CellValue): Parsed<IsoDate> {
  const date = parseDate(value);
  return date.ok || date.kind !== "suppressed"
    ? date
    : invalid(`${describeValue(value)} is a suppression code; expected a date`);
}

export const readAcademicYear: Reader<string> = (value) => parseAcademicYear(value);

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

export function readHalfTerm(value: CellValue): Parsed<HalfTermName> {
  if (isBlank(value)) return blank();
  const key = normaliseText(String(value));
  const name = halfTermNames.find((candidate) => normaliseText(candidate) === key);
  return name
    ? parsed(name)
    : invalid(
        `half term ${describeValue(value)} is not recognised; expected one of: ${halfTermNames.join(", ")}`
      );
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
