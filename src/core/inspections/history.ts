import { compareIso } from "../dates/iso";
import { concernOf, TYPE_NOT_RECORDED } from "./concern";
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

export const RI_EQUIVALENT_SOURCE =
  'DfE, Schools eligible for RISE intervention, 2025 (Explore Education Statistics): "for the ' +
  "definition of stuck schools and for the purpose of its intervention policy, DfE treats a " +
  "sub-judgement of Requires Improvement for leadership and management and/or quality of " +
  "education for a school inspected in 2024/25 academic year as equivalent to a previous single " +
  'headline grade of Requires Improvement"';

/**
 * Requires improvement, or DfE's equivalent where there is no overall grade: a 2024/25
 * inspection (key judgements) with quality of education and/or leadership and management
 * graded requires improvement, and no category of concern (RI_EQUIVALENT_SOURCE). A
 * personal-development or behaviour RI alone is not the equivalent. Report cards' "Needs
 * attention" is not requires improvement (Ofsted, School inspection toolkit, November 2025: a
 * separate five-point scale).
 */
export function isRequiresImprovementOrEquivalent(record: InspectionRecord): boolean {
  if (concernOf(record)) return false;
  if (record.overall) return record.overall === "requires improvement";
  return (
    record.regime === "key judgements" &&
    (record.areas["quality of education"] === "requires improvement" ||
      record.areas["leadership and management"] === "requires improvement")
  );
}

/**
 * Below good, or equivalent: requires improvement or inadequate (or DfE's 2024/25
 * equivalent), or any category of concern. For a report card DfE has not defined it:
 * TrustTier reads "needs attention" in leadership and governance as below good (REPORT_CARD_BELOW_GOOD).
 */
export function isBelowGood(record: InspectionRecord): boolean {
  if (concernOf(record)) return true;
  if (record.overall) return (GRADE_ORDER[record.overall] ?? 0) >= 3;
  if (record.regime === "report card")
    return record.areas["leadership and governance"] === "needs attention";
  return isRequiresImprovementOrEquivalent(record);
}

export const REPORT_CARD_BELOW_GOOD =
  "TrustTier reading: DfE has not defined 'below good, or equivalent' for a report card; a " +
  "previous report card counts as below good when it placed the school in a category of concern " +
  "or graded leadership and governance 'needs attention'";

/** Ungraded inspections keep the previous grade, so "consecutive" judgements skip them. */
const isGraded = (record: InspectionRecord): boolean => record.regime !== "ungraded";

export interface FactFinding {
  fact: InspectionFact;
  /** The inspections that establish it, latest first. */
  inspections: InspectionRecord[];
  /** True when any of them belongs to a predecessor school: a warning, not a floor. */
  predecessor: boolean;
  /** What the board should read beside it (a category's type not recorded, a reading). */
  notes: string[];
  /** The category of concern's name, for the floor's label ("serious weaknesses"). */
  detail?: string;
}

export const RI_TWICE_READING =
  'TrustTier reading of seed 000\'s "requires improvement on two consecutive occasions": a ' +
  "2024/25 inspection counts when DfE treats it as requires improvement (quality of education " +
  "and/or leadership and management RI; " +
  "DfE, Schools eligible for RISE intervention, 2025); report cards' 'needs attention' does not count";

/**
 * The floor-relevant facts of a school's history. A category of concern: the latest inspection
 * placed the school in one, as published or as its grades imply under its regime (concernOf).
 * Requires improvement twice: the last two graded inspections are requires improvement or
 * DfE's 2024/25 equivalent (RI_TWICE_READING). Safeguarding not met: the latest inspection.
 */
export function inspectionFactsOf(history: readonly InspectionRecord[]): FactFinding[] {
  const ordered = byLatestFirst(history);
  const findings: FactFinding[] = [];
  const latest = ordered[0];
  if (!latest) return findings;
  const finding = (
    fact: InspectionFact,
    inspections: InspectionRecord[],
    notes: string[] = []
  ): FactFinding => ({
    fact,
    inspections,
    predecessor: inspections.some((record) => record.predecessor),
    notes,
  });
  const concern = concernOf(latest);
  if (concern) {
    findings.push({
      ...finding(
        "category of concern",
        [latest],
        concern.notes.map((note) => `Ofsted ${latest.date ?? ""}: ${note}`.replace("  ", " "))
      ),
      detail: concern.category === TYPE_NOT_RECORDED ? "type not recorded" : concern.category,
    });
  }
  const graded = ordered.filter(isGraded);
  if (
    graded.length >= 2 &&
    isRequiresImprovementOrEquivalent(graded[0]) &&
    isRequiresImprovementOrEquivalent(graded[1])
  ) {
    const reading = graded
      .slice(0, 2)
      .some((record) => record.regime === "key judgements" && !record.overall);
    findings.push(
      finding("requires improvement twice", graded.slice(0, 2), reading ? [RI_TWICE_READING] : [])
    );
  }
  if (latest.safeguarding === "not met") findings.push(finding("safeguarding not met", [latest]));
  return findings;
}

export const STUCK_SOURCE =
  "DfE, Schools eligible for RISE intervention, 2025 (Explore Education Statistics): a 'stuck' " +
  'school "was graded Requires Improvement - or equivalent - at its most recent Ofsted inspection ' +
  'and was also graded below Good at its previous Ofsted inspection"; for report cards, ' +
  "\"schools which receive a 'needs attention' grade for leadership and governance, which were " +
  'graded below good, or equivalent, at their previous Ofsted inspection"';

export const STUCK_PREDECESSOR_READING =
  'TrustTier reading: for RISE targeted intervention a stuck school "is still within the same ' +
  "structure\" (CVIS, 'How will RISE work', summarising DfE, 2025), and DfE counts academies " +
  '"inspected twice as academies" separately (Schools eligible for RISE intervention, data ' +
  "guidance); but DfE matches inspections on URN and its release says some stuck academies " +
  '"were not academies at the time of their most recent inspection", and Tes (April 2025) ' +
  "reports the definition applies after a change of trust. Sources differ: a predecessor " +
  "school's judgement is not counted here, for the board to weigh";

export interface StuckStatus {
  stuck: boolean;
  reason: string;
  source: string;
  /** Set when the answer rests on TrustTier's reading, not DfE's words. */
  reading?: string;
}

/** DfE's "stuck" school, judged on the school's own inspections (same structure). */
export function stuckStatus(history: readonly InspectionRecord[]): StuckStatus {
  const graded = byLatestFirst(history).filter(isGraded);
  const [latest, previous] = graded;
  const status = (stuck: boolean, reason: string, reading?: string): StuckStatus => ({
    stuck,
    reason,
    source: STUCK_SOURCE,
    ...(reading ? { reading } : {}),
  });
  if (!latest) return status(false, "no graded inspection");
  if (concernOf(latest)) {
    return status(
      false,
      "the latest inspection is a category of concern (schools causing concern), not stuck"
    );
  }
  if (latest.regime === "report card") {
    if (latest.areas["leadership and governance"] !== "needs attention") {
      return status(
        false,
        "latest report card does not grade leadership and governance 'needs attention'"
      );
    }
  } else if (!isRequiresImprovementOrEquivalent(latest)) {
    return status(false, "latest graded inspection is not requires improvement or equivalent");
  }
  if (!previous) return status(false, "only one graded inspection");
  const reading = previous.regime === "report card" ? REPORT_CARD_BELOW_GOOD : undefined;
  if (!isBelowGood(previous))
    return status(false, "previous graded inspection was good or better", reading);
  if (latest.predecessor || previous.predecessor) {
    return status(
      false,
      "below good twice, but one judgement belongs to a predecessor school (a different structure)",
      STUCK_PREDECESSOR_READING
    );
  }
  return status(
    true,
    latest.regime === "report card"
      ? "leadership and governance 'needs attention' at the latest report card and below good at the inspection before"
      : "requires improvement (or equivalent) at the latest graded inspection and below good at the one before",
    reading
  );
}
