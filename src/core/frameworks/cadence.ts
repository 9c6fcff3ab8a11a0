import { normaliseText } from "../values/text";
import type { Cadence } from "./types";

/** A cadence as tables write it: "every 4 weeks", "half-termly", "termly", "twice a year", "annually". */
export function cadenceText(cadence: Cadence): string {
  return cadence.kind === "weeks"
    ? `every ${cadence.weeks} week${cadence.weeks === 1 ? "" : "s"}`
    : cadence.kind;
}

const NAMED: Record<string, Cadence> = {
  "half termly": { kind: "half-termly" },
  "every half term": { kind: "half-termly" },
  termly: { kind: "termly" },
  "every term": { kind: "termly" },
  "twice a year": { kind: "twice a year" },
  annually: { kind: "annually" },
  "once a year": { kind: "annually" },
  yearly: { kind: "annually" },
  weekly: { kind: "weeks", weeks: 1 },
  fortnightly: { kind: "weeks", weeks: 2 },
};

export const CADENCE_FORMS =
  "every N weeks, weekly, fortnightly, half-termly, termly, twice a year or annually";

/** Reads a cadence cell; undefined when it is none of CADENCE_FORMS. */
export function parseCadence(text: string): Cadence | undefined {
  const key = normaliseText(text);
  const named = NAMED[key];
  if (named) return named;
  const match = /^every (\d+) weeks?$/.exec(key);
  const weeks = match ? Number(match[1]) : NaN;
  return Number.isInteger(weeks) && weeks >= 1 && weeks <= 52
    ? { kind: "weeks", weeks }
    : undefined;
}
