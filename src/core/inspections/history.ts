import { compareIso } from "../dates/iso";
import type { InspectionFact, InspectionRecord, OutcomeName } from "./types";

const GRADE_ORDER: Partial<Record<OutcomeName, number>> = {
  outstanding: 1,
  good: 2,
  "requires improvement": 3,
  inadequate: 4,
};

/** Latest first; undated inspections after dated ones, in the order given. */
export function byLatestFirst(history: readonly InspectionRecord[]): InspectionRecord[] {
  return history
    .map((record, index) => ({ record, index }))
    .sort((a, b) => {
      if (a.record.date && b.record.date)
        return compareIso(b.record.date, a.record.date) || a.index - b.index;
      if (a.record.date) return -1;
      if (b.record.date) return 1;
      return a.index - b.index;
    })
    .map(({ record }) => record);
}

function worstAreaGrade(record: InspectionRecord): number {
  return Math.max(0, ...Object.values(record.areas).map((name) => GRADE_ORDER[name] ?? 0));
}

/**
 * Requires improvement, or its equivalent where there is no overall grade: between September
 * 2024 and November 2025 a key judgement graded requires improvement and none inadequate.
 * Report cards' "Needs attention" is not requires improvement (Ofsted, School inspection
 * toolkit, November 2025: a separate five-point scale).
 */
export function isRequiresImprovementOrEquivalent(record: InspectionRecord): boolean {
  if (record.concern) return false;
  if (record.overall) return record.overall === "requires improvement";
  return record.regime === "key judgements" && worstAreaGrade(record) === 3;
}

/** Below good: requires improvement or inadequate (or equivalent), or any category of concern. */
export function isBelowGood(record: InspectionRecord): boolean {
  if (record.concern) return true;
  if (record.overall) return (GRADE_ORDER[record.overall] ?? 0) >= 3;
  return record.regime === "key judgements" && worstAreaGrade(record) >= 3;
}

/** Ungraded inspections keep the previous grade, so "consecutive" judgements skip them. */
const isGraded = (record: InspectionRecord): boolean => record.regime !== "ungraded";

export interface FactFinding {
  fact: InspectionFact;
  /** The inspections that establish it, latest first. */
  inspections: InspectionRecord[];
  /** True when any of them belongs to a predecessor school: a warning, not a floor. */
  predecessor: boolean;
}

/**
 * The floor-relevant facts of a school's history. A category of concern: the latest inspection
 * placed the school in special measures, serious weaknesses or requires significant
 * improvement, or graded it inadequate overall under the EIF, where an inadequate school is
 * always placed in a category of concern (School inspection handbook, 2019-2024, "Schools
 * causing concern"; Education Act 2005, s44).
 */
export function inspectionFactsOf(history: readonly InspectionRecord[]): FactFinding[] {
  const ordered = byLatestFirst(history);
  const findings: FactFinding[] = [];
  const latest = ordered[0];
  if (!latest) return findings;
  const finding = (fact: InspectionFact, inspections: InspectionRecord[]): FactFinding => ({
    fact,
    inspections,
    predecessor: inspections.some((record) => record.predecessor),
  });
  if (latest.concern || latest.overall === "inadequate")
    findings.push(finding("category of concern", [latest]));
  const graded = ordered.filter(isGraded);
  if (
    graded.length >= 2 &&
    isRequiresImprovementOrEquivalent(graded[0]) &&
    isRequiresImprovementOrEquivalent(graded[1])
  ) {
    findings.push(finding("requires improvement twice", graded.slice(0, 2)));
  }
  if (latest.safeguarding === "not met") findings.push(finding("safeguarding not met", [latest]));
  return findings;
}

export const STUCK_SOURCE =
  "DfE, Regional Improvement for Standards and Excellence (RISE) teams, 2025: a 'stuck' school " +
  "was judged requires improvement (or equivalent) at its latest inspection and below good at the " +
  "one before";

export interface StuckStatus {
  stuck: boolean;
  reason: string;
  source: string;
}

/** DfE's "stuck" school, judged on the school's own inspections (same structure). */
export function stuckStatus(history: readonly InspectionRecord[]): StuckStatus {
  const graded = byLatestFirst(history).filter(isGraded);
  const [latest, previous] = graded;
  const status = (stuck: boolean, reason: string): StuckStatus => ({
    stuck,
    reason,
    source: STUCK_SOURCE,
  });
  if (!latest || !isRequiresImprovementOrEquivalent(latest)) {
    return status(false, "latest graded inspection is not requires improvement or equivalent");
  }
  if (!previous) return status(false, "only one graded inspection");
  if (!isBelowGood(previous)) return status(false, "previous graded inspection was good or better");
  if (latest.predecessor || previous.predecessor) {
    return status(
      false,
      "below good twice, but one judgement belongs to a predecessor school (a different structure)"
    );
  }
  return status(
    true,
    "requires improvement at the latest graded inspection and below good at the one before"
  );
}
