import { compareIso } from "../dates/iso";
import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { parseDate } from "../values/date";
import { describeValue } from "../values/parsed";
import { normaliseText } from "../values/text";
import { inspectionAreaOf } from "./areas";
import { normaliseInspectionOutcome, regimeOfOutcome } from "./outcomes";
import { normaliseConcern, normaliseSafeguarding } from "./record-cells";
import type { ConcernCategory, InspectionRecord, InspectionRegime, OutcomeName } from "./types";

/** An inspection as a row of the Inspections table holds it, before normalising. */
export interface RawInspection {
  date?: CellValue | Date;
  /** When the report was published (Ofsted counts "within 30 months" from it). */
  published?: CellValue | Date;
  /** "graded", "ungraded", "report card" (or "section 5", "section 8"); optional. */
  type?: CellValue;
  overall?: CellValue;
  /** Graded areas by header ("Quality of education", "Inclusion"...). */
  areas?: Record<string, CellValue>;
  safeguarding?: CellValue;
  categoryOfConcern?: CellValue;
  predecessor?: CellValue;
  nextSteps?: CellValue;
}

/** A field of the raw row a problem is about (areas are named by their header instead). */
export type InspectionField = Exclude<keyof RawInspection, "areas">;

/** One thing wrong with an inspection row, carrying the field or area it is about. */
export interface InspectionProblem {
  /** Undefined for the row as a whole (mixed scales). */
  field?: InspectionField;
  /** The area's header, as `RawInspection.areas` keys it. */
  area?: string;
  message: string;
}

export type InspectionResult =
  | { ok: true; value: InspectionRecord; warnings: string[] }
  | { ok: false; problems: InspectionProblem[] };

/** Dates the regimes changed (Ofsted press releases and handbooks). */
export const KEY_JUDGEMENTS_FROM = "2024-09-02";
export const REPORT_CARDS_FROM = "2025-11-10";

const TYPES: Record<string, InspectionRegime | "graded"> = {
  graded: "graded",
  "section 5": "graded",
  s5: "graded",
  full: "graded",
  ungraded: "ungraded",
  "section 8": "ungraded",
  s8: "ungraded",
  short: "ungraded",
  "report card": "report card",
  "renewed framework": "report card",
};
const NOT_APPLICABLE = new Set([
  "n a",
  "na",
  "not applicable",
  "none",
  "no sixth form",
  "no early years",
]);

function readPredecessor(value: CellValue | undefined): boolean | string {
  if (isBlank(value) || value === false) return false;
  if (value === true) return true;
  const key = normaliseText(String(value));
  if (["yes", "y", "true", "predecessor", "predecessor school", "1"].includes(key)) return true;
  if (["no", "n", "false", "0", "current", "this school"].includes(key)) return false;
  return `predecessor ${describeValue(value)} is not recognised; expected Yes or No`;
}

/** Normalises one inspection row, naming every field it cannot read. */
export function normaliseInspection(raw: RawInspection): InspectionResult {
  const problems: InspectionProblem[] = [];
  const warnings: string[] = [];
  const problem = (field: InspectionField | undefined, message: string) =>
    problems.push({ ...(field ? { field } : {}), message });

  const date =
    raw.date === undefined || isBlank(raw.date as CellValue) ? undefined : parseDate(raw.date);
  if (date && !date.ok) problem("date", `inspection date: ${date.message}`);
  const isoDate = date?.ok ? date.value : undefined;
  const published =
    raw.published === undefined || isBlank(raw.published as CellValue)
      ? undefined
      : parseDate(raw.published);
  if (published && !published.ok) problem("published", `publication date: ${published.message}`);
  const isoPublished = published?.ok ? published.value : undefined;
  if (isoDate && isoPublished && compareIso(isoPublished, isoDate) < 0) {
    problem(
      "published",
      `publication date ${isoPublished} is before the inspection date ${isoDate}; expected the report's publication, on or after the inspection`
    );
  }

  let overall: OutcomeName | undefined;
  let concern: ConcernCategory | undefined;
  const regimesSeen = new Set<InspectionRegime>();
  if (!isBlank(raw.overall)) {
    const outcome = normaliseInspectionOutcome(raw.overall);
    if (!outcome.ok) problem("overall", `overall: ${outcome.message}`);
    else if (outcome.value.regime === "concern") concern = outcome.value.name as ConcernCategory;
    else {
      overall = outcome.value.name === "not judged" ? undefined : outcome.value.name;
      const regime = regimeOfOutcome(outcome.value.name);
      if (regime) regimesSeen.add(regime);
    }
  }

  const areas: Record<string, OutcomeName> = {};
  for (const [header, cell] of Object.entries(raw.areas ?? {})) {
    if (isBlank(cell) || NOT_APPLICABLE.has(normaliseText(String(cell)))) continue;
    const area = inspectionAreaOf(header);
    if (!area) {
      problems.push({ area: header, message: `area '${header}' is not a graded area Ofsted uses` });
      continue;
    }
    const outcome = normaliseInspectionOutcome(cell);
    if (!outcome.ok) problems.push({ area: header, message: `${area}: ${outcome.message}` });
    else if (outcome.value.regime === "eif" || outcome.value.regime === "report card") {
      areas[area] = outcome.value.name;
      regimesSeen.add(outcome.value.regime === "eif" ? "key judgements" : "report card");
    } else
      problems.push({
        area: header,
        message: `${area}: ${describeValue(cell)} is an overall outcome, not an area grade`,
      });
  }

  const concernCell = normaliseConcern(raw.categoryOfConcern);
  if (!concernCell.ok) problem("categoryOfConcern", concernCell.message);
  else concern = concernCell.value ?? concern;

  const safeguarding = isBlank(raw.safeguarding)
    ? undefined
    : normaliseSafeguarding(raw.safeguarding);
  if (safeguarding && !safeguarding.ok) problem("safeguarding", safeguarding.message);

  const predecessor = readPredecessor(raw.predecessor);
  if (typeof predecessor === "string") problem("predecessor", predecessor);

  const type = isBlank(raw.type) ? undefined : TYPES[normaliseText(String(raw.type))];
  if (!isBlank(raw.type) && !type) {
    problem(
      "type",
      `inspection type ${describeValue(raw.type)} is not recognised; expected Graded, Ungraded or Report card`
    );
  }

  if (regimesSeen.has("report card") && regimesSeen.size > 1) {
    problem(undefined, "mixes report-card outcomes with EIF grades; an inspection uses one scale");
  }
  if (problems.length > 0) {
    const once = problems.filter(
      (problem, i) => problems.findIndex((other) => other.message === problem.message) === i
    );
    return { ok: false, problems: once };
  }

  const regime: InspectionRegime =
    regimesSeen.has("report card") || type === "report card"
      ? "report card"
      : regimesSeen.has("ungraded") || type === "ungraded"
        ? "ungraded"
        : overall !== undefined
          ? "eif"
          : Object.keys(areas).length > 0 ||
              (isoDate !== undefined && compareIso(isoDate, KEY_JUDGEMENTS_FROM) >= 0)
            ? "key judgements"
            : "eif";

  if (isoDate && regime === "report card" && compareIso(isoDate, REPORT_CARDS_FROM) < 0) {
    warnings.push(
      `report-card outcomes dated ${isoDate}, before report cards began on ${REPORT_CARDS_FROM}`
    );
  }
  if (
    isoDate &&
    regime === "eif" &&
    overall &&
    compareIso(isoDate, KEY_JUDGEMENTS_FROM) >= 0 &&
    regimeOfOutcome(overall) === "eif"
  ) {
    warnings.push(
      `an overall grade dated ${isoDate}; Ofsted stopped overall grades for state schools on ${KEY_JUDGEMENTS_FROM}`
    );
  }
  if (
    overall === undefined &&
    concern === undefined &&
    Object.keys(areas).length === 0 &&
    regime !== "ungraded"
  ) {
    warnings.push("no overall grade and no graded areas: this inspection gives no grade");
  }

  const record: InspectionRecord = {
    ...(isoDate ? { date: isoDate } : {}),
    ...(isoPublished ? { published: isoPublished } : {}),
    regime,
    ...(overall ? { overall } : {}),
    areas,
    ...(safeguarding?.ok ? { safeguarding: safeguarding.value } : {}),
    ...(concern ? { concern } : {}),
    predecessor: predecessor === true,
    ...(isBlank(raw.nextSteps) ? {} : { nextSteps: String(raw.nextSteps) }),
  };
  return { ok: true, value: record, warnings };
}
