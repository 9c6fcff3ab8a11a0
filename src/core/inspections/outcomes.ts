import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { describeValue, invalid, parsed, type Parsed } from "../values/parsed";
import { normaliseText } from "../values/text";
import type { InspectionOutcome, InspectionRegime, OutcomeName } from "./types";

interface OutcomeEntry {
  name: OutcomeName;
  regime: InspectionOutcome["regime"];
  display: string;
  aliases: string[];
}

/**
 * Every outcome Ofsted has published for state schools, with the abbreviations trusts use.
 * "Satisfactory" was grade 3 until September 2012, when Ofsted renamed it "requires
 * improvement" (Ofsted, School inspection handbook, September 2012).
 */
const OUTCOMES: readonly OutcomeEntry[] = [
  {
    name: "outstanding",
    regime: "eif",
    display: "Outstanding",
    aliases: ["1", "grade 1", "outstanding 1", "1 outstanding"],
  },
  { name: "good", regime: "eif", display: "Good", aliases: ["2", "grade 2", "good 2", "2 good"] },
  {
    name: "requires improvement",
    regime: "eif",
    display: "Requires improvement",
    aliases: [
      "3",
      "grade 3",
      "ri",
      "req improvement",
      "requires improvement to be good",
      "needs improvement",
      "satisfactory",
      "3 requires improvement",
      "requires improvement 3",
    ],
  },
  {
    name: "inadequate",
    regime: "eif",
    display: "Inadequate",
    aliases: ["4", "grade 4", "inadequate 4", "4 inadequate"],
  },
  {
    name: "not judged",
    regime: "key judgements",
    display: "Not judged",
    aliases: ["no overall grade", "no overall judgement", "nj", "not graded"],
  },
  { name: "exceptional", regime: "report card", display: "Exceptional", aliases: [] },
  {
    name: "strong standard",
    regime: "report card",
    display: "Strong standard",
    aliases: ["strong"],
  },
  {
    name: "expected standard",
    regime: "report card",
    display: "Expected standard",
    aliases: ["expected"],
  },
  { name: "needs attention", regime: "report card", display: "Needs attention", aliases: [] },
  {
    name: "urgent improvement",
    regime: "report card",
    display: "Urgent improvement",
    aliases: ["urgent improvement needed"],
  },
  {
    name: "remains outstanding",
    regime: "ungraded",
    display: "Remains outstanding (ungraded)",
    aliases: [
      "continues to be outstanding",
      "outstanding ungraded",
      "ungraded outstanding",
      "standards maintained outstanding",
    ],
  },
  {
    name: "remains outstanding, may decline",
    regime: "ungraded",
    display: "Remains outstanding, may decline (ungraded)",
    aliases: [
      "remains outstanding concerns",
      "outstanding may decline",
      "remains outstanding next inspection graded",
    ],
  },
  {
    name: "remains good",
    regime: "ungraded",
    display: "Remains good (ungraded)",
    aliases: [
      "continues to be good",
      "good ungraded",
      "ungraded good",
      "standards maintained",
      "standards maintained good",
    ],
  },
  {
    name: "remains good, may improve",
    regime: "ungraded",
    display: "Remains good, may improve (ungraded)",
    aliases: [
      "remains good improving",
      "remains good could be outstanding",
      "good may improve",
      "good improving",
    ],
  },
  {
    name: "remains good, may decline",
    regime: "ungraded",
    display: "Remains good, may decline (ungraded)",
    aliases: [
      "remains good concerns",
      "good may decline",
      "remains good next inspection graded",
      "remains good declining",
    ],
  },
  {
    name: "special measures",
    regime: "concern",
    display: "Special measures",
    aliases: ["sm", "inadequate special measures", "4 special measures"],
  },
  {
    name: "serious weaknesses",
    regime: "concern",
    display: "Serious weaknesses",
    aliases: ["sw", "serious weakness", "inadequate serious weaknesses", "4 serious weaknesses"],
  },
  {
    name: "requires significant improvement",
    regime: "concern",
    display: "Requires significant improvement",
    aliases: ["rsi", "requires significant improvements"],
  },
];

const byKey = new Map<string, OutcomeEntry>();
for (const entry of OUTCOMES) {
  byKey.set(normaliseText(entry.name), entry);
  for (const alias of entry.aliases) byKey.set(normaliseText(alias), entry);
}

/** Every canonical outcome name, in the order the README tables list them. */
export const outcomeNames: readonly OutcomeName[] = OUTCOMES.map((entry) => entry.name);

export function outcomeDisplay(name: OutcomeName): string {
  return OUTCOMES.find((entry) => entry.name === name)?.display ?? name;
}

export function outcomeRegime(name: OutcomeName): InspectionOutcome["regime"] {
  return OUTCOMES.find((entry) => entry.name === name)?.regime ?? "none";
}

export const ACCEPTED_OUTCOMES =
  "Outstanding, Good, Requires improvement (RI), Inadequate or 1-4; Not judged; Exceptional, " +
  "Strong standard, Expected standard, Needs attention, Urgent improvement; Remains good / " +
  "Remains outstanding (ungraded, optionally 'may improve' / 'may decline'); Special measures, " +
  "Serious weaknesses, Requires significant improvement";

/** Reads one Ofsted outcome from a cell, in any regime. Numbers 1-4 are EIF grades. */
export function normaliseInspectionOutcome(
  value: CellValue | undefined
): Parsed<InspectionOutcome> {
  if (isBlank(value)) return { ok: false, kind: "blank", message: "blank" };
  const key =
    typeof value === "number" && Number.isInteger(value)
      ? String(value)
      : normaliseText(String(value));
  const entry = byKey.get(key);
  if (!entry)
    return invalid(
      `${describeValue(value)} is not a recognised Ofsted outcome; expected ${ACCEPTED_OUTCOMES}`
    );
  return parsed({ name: entry.name, regime: entry.regime });
}

/** The regime an outcome name implies on its own ("concern" and "not judged" imply none). */
export function regimeOfOutcome(name: OutcomeName): InspectionRegime | undefined {
  const regime = outcomeRegime(name);
  return regime === "concern" || regime === "none" ? undefined : regime;
}
