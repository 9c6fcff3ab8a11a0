import type { IsoDate } from "../dates/iso";

/**
 * Ofsted's three regimes for state schools in England, plus ungraded inspections:
 * - `eif`: Education Inspection Framework grades 1-4 with an overall effectiveness grade
 *   (to 31 August 2024);
 * - `key judgements`: from September 2024 to 9 November 2025, key judgements graded 1-4 and
 *   no overall grade ("Not judged");
 * - `report card`: from 10 November 2025, a five-point scale per evaluation area and
 *   safeguarding Met / Not met;
 * - `ungraded`: an ungraded inspection of a good or outstanding school, which keeps the grade.
 */
export type InspectionRegime = "eif" | "key judgements" | "report card" | "ungraded";

export type GradeOutcome = "outstanding" | "good" | "requires improvement" | "inadequate";
export type ReportCardOutcome =
  | "exceptional"
  | "strong standard"
  | "expected standard"
  | "needs attention"
  | "urgent improvement";
export type UngradedOutcome =
  | "remains outstanding"
  | "remains outstanding, may decline"
  | "remains good"
  | "remains good, may improve"
  | "remains good, may decline";
export type ConcernCategory =
  "special measures" | "serious weaknesses" | "requires significant improvement";

/** Every canonical outcome name; mapping rows of inspection criteria use these. */
export type OutcomeName =
  GradeOutcome | ReportCardOutcome | UngradedOutcome | ConcernCategory | "not judged";

export interface InspectionOutcome {
  name: OutcomeName;
  /** `concern` for a category of concern written where a grade goes. */
  regime: InspectionRegime | "concern" | "none";
}

export type SafeguardingOutcome = "met" | "not met";

/** One inspection, normalised. */
export interface InspectionRecord {
  date?: IsoDate;
  /** When the report was published, where the data holds it. */
  published?: IsoDate;
  regime: InspectionRegime;
  /** Undefined when the inspection has no overall grade ("not judged", report cards). */
  overall?: OutcomeName;
  /** Graded areas by their canonical area name ("quality of education", "inclusion"). */
  areas: Record<string, OutcomeName>;
  safeguarding?: SafeguardingOutcome;
  concern?: ConcernCategory;
  /** The outcome belongs to the school before it converted or was re-brokered. */
  predecessor: boolean;
  nextSteps?: string;
}

/** Facts about a school's inspection history that frameworks' floors can name. */
export type InspectionFact =
  "category of concern" | "requires improvement twice" | "safeguarding not met";

export const inspectionFacts: readonly InspectionFact[] = [
  "category of concern",
  "requires improvement twice",
  "safeguarding not met",
];
