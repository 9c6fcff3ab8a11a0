import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { describeValue, invalid, parsed, type Parsed } from "../values/parsed";
import { normaliseText } from "../values/text";
import type { ConcernCategory, SafeguardingOutcome } from "./types";

/*
 * The category-of-concern and safeguarding cells of an inspection record. Apart from
 * outcomes.ts: the custom functions read outcomes only, and their bundle carries what they read.
 */

const CONCERNS: Record<string, ConcernCategory> = {
  "special measures": "special measures",
  sm: "special measures",
  "serious weaknesses": "serious weaknesses",
  "serious weakness": "serious weaknesses",
  sw: "serious weaknesses",
  "requires significant improvement": "requires significant improvement",
  rsi: "requires significant improvement",
};
const NO_CONCERN = new Set(["none", "no", "n a", "na", "not applicable", "false", "0"]);

/** A category-of-concern cell: blank or "none" gives undefined. */
export function normaliseConcern(
  value: CellValue | undefined
): Parsed<ConcernCategory | undefined> {
  if (isBlank(value) || value === false) return parsed(undefined);
  const key = normaliseText(String(value));
  if (NO_CONCERN.has(key)) return parsed(undefined);
  const concern = CONCERNS[key];
  return concern
    ? parsed(concern)
    : invalid(
        `category of concern ${describeValue(value)} is not recognised; expected Special measures, Serious weaknesses, Requires significant improvement or None`
      );
}

const SAFEGUARDING: Record<string, SafeguardingOutcome> = {
  met: "met",
  effective: "met",
  yes: "met",
  "not met": "not met",
  "not effective": "not met",
  ineffective: "not met",
  no: "not met",
};

/** Safeguarding as the EIF (Effective / Not effective) or report cards (Met / Not met) record it. */
export function normaliseSafeguarding(value: CellValue | undefined): Parsed<SafeguardingOutcome> {
  if (isBlank(value)) return { ok: false, kind: "blank", message: "blank" };
  const outcome =
    typeof value === "boolean"
      ? value
        ? "met"
        : "not met"
      : SAFEGUARDING[normaliseText(String(value))];
  return outcome
    ? parsed(outcome)
    : invalid(
        `safeguarding ${describeValue(value)} is not recognised; expected Met, Not met, Effective or Not effective`
      );
}
