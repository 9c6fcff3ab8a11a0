import type { GradeOutcome } from "../../inspections/types";
import type { Criterion, Floor, MappingRow } from "../types";

/** A mapping row fitting levels `from`..`to` (level ids). */
export function fits(
  criterion: string,
  value: string,
  from: string,
  to: string,
  source: string,
  aliases: string[] = []
): MappingRow {
  return { criterion, value, aliases, from, to, source, notApplicable: false };
}

export const NOT_APPLICABLE_ALIASES = ["n/a", "na", "none", "no early years", "no sixth form"];

export function notApplicable(criterion: string, source: string): MappingRow {
  return {
    criterion,
    value: "not applicable",
    aliases: NOT_APPLICABLE_ALIASES,
    source,
    notApplicable: true,
  };
}

export type GradeIntervals = Record<GradeOutcome, [string, string]>;

/**
 * Seed 002's Ofsted column over four levels, least concern first: "1 or 2" for the first two
 * levels, "2 or 3" for the third, "3 or 4" for the fourth.
 */
export function fourLevelOfstedScale(levels: readonly string[]): GradeIntervals {
  const [first, second, third, fourth] = levels;
  return {
    outstanding: [first, second],
    good: [first, third],
    "requires improvement": [third, fourth],
    inadequate: [fourth, fourth],
  };
}

const OFSTED_CONCERNS =
  "Ofsted: special measures and serious weaknesses (Education Act 2005, s44; School inspection handbook) " +
  "and requires significant improvement (which replaced serious weaknesses, School inspection toolkit, " +
  "November 2025) are categories of concern: the most serious level of every TrustTier framework. Under the " +
  "EIF an inadequate overall grade always placed the school in special measures or serious weaknesses";

function union(a: [string, string], b: [string, string], order: string[]): [string, string] {
  const from = order.indexOf(a[0]) <= order.indexOf(b[0]) ? a[0] : b[0];
  const to = order.indexOf(a[1]) >= order.indexOf(b[1]) ? a[1] : b[1];
  return [from, to];
}

/**
 * The mapping rows of an inspection criterion in every regime, from the intervals a framework's
 * seed gives the four EIF grades. Report cards, ungraded outcomes and categories of concern are
 * read across as stated in each row's source.
 */
export function inspectionRows(
  criterion: string,
  grades: GradeIntervals,
  gradeSource: string,
  levelOrder: string[]
): MappingRow[] {
  const worst = levelOrder[levelOrder.length - 1];
  const g = grades;
  const rows: MappingRow[] = [
    fits(criterion, "outstanding", ...g.outstanding, gradeSource),
    fits(criterion, "good", ...g.good, gradeSource),
    fits(criterion, "requires improvement", ...g["requires improvement"], gradeSource),
    fits(criterion, "inadequate", ...g.inadequate, gradeSource),
    fits(
      criterion,
      "exceptional",
      ...g.outstanding,
      "TrustTier proposal: report card 'Exceptional' read as Outstanding"
    ),
    fits(
      criterion,
      "strong standard",
      ...union(g.outstanding, g.good, levelOrder),
      "TrustTier proposal: report card 'Strong standard' (above the expected standard) read as Outstanding or Good"
    ),
    fits(
      criterion,
      "expected standard",
      ...g.good,
      "TrustTier proposal: report card 'Expected standard' is a good standard (Ofsted, School inspection toolkit, November 2025), read as Good, not requires improvement"
    ),
    fits(
      criterion,
      "needs attention",
      ...g["requires improvement"],
      "TrustTier proposal: report card 'Needs attention' read as requires improvement for best fit; it does not count towards 'requires improvement twice'"
    ),
    fits(
      criterion,
      "urgent improvement",
      ...g.inadequate,
      "TrustTier proposal: report card 'Urgent improvement' read as Inadequate"
    ),
    fits(
      criterion,
      "remains outstanding",
      ...g.outstanding,
      "Ofsted ungraded inspection: the school's Outstanding grade stands"
    ),
    fits(
      criterion,
      "remains outstanding, may decline",
      ...union(g.outstanding, g.good, levelOrder),
      "TrustTier proposal: ungraded inspection with concerns that standards may not be as high: Outstanding or Good"
    ),
    fits(
      criterion,
      "remains good",
      ...g.good,
      "Ofsted ungraded inspection: the school's Good grade stands"
    ),
    fits(
      criterion,
      "remains good, may improve",
      ...union(g.outstanding, g.good, levelOrder),
      "TrustTier proposal: ungraded inspection where evidence suggests Outstanding: Outstanding or Good"
    ),
    fits(
      criterion,
      "remains good, may decline",
      ...union(g.good, g["requires improvement"], levelOrder),
      "TrustTier proposal: ungraded inspection with concerns that standards may not be as high: Good or at risk of requires improvement"
    ),
    fits(criterion, "special measures", worst, worst, OFSTED_CONCERNS),
    fits(criterion, "serious weaknesses", worst, worst, OFSTED_CONCERNS),
    fits(criterion, "requires significant improvement", worst, worst, OFSTED_CONCERNS),
    {
      criterion,
      value: "not judged",
      aliases: [],
      source:
        "Ofsted gave no overall grade between September 2024 and November 2025; the key judgements are the evidence",
      notApplicable: true,
    },
  ];
  return rows;
}

/**
 * A floor the seed does not set: the criterion may be the seed's, but letting it decide on its
 * own, whatever the best fit, is TrustTier's rule. Each can be switched off in the framework
 * table (Applies: No).
 */
export function proposedFloorSource(why: string, criterion: string): string {
  return `TrustTier proposal (a floor the seed does not set; switch it off in the framework table): ${why}. Criterion: ${criterion}`;
}

/** Source text for the 'category of concern' floor every framework carries. */
export const CONCERN_FLOOR_SOURCE = proposedFloorSource(
  "a category of concern lifts the school to the framework's most serious level, whatever the best fit",
  OFSTED_CONCERNS
);

/** Ofsted safeguarding not met / ineffective: the floor added where a seed sets none. */
export const SAFEGUARDING_FLOOR_SOURCE = proposedFloorSource(
  "safeguarding not met (report cards) or ineffective (2024/25 key judgements) at the latest inspection lifts the school to the most serious level",
  "Ofsted: safeguarding not met is a category of concern (report cards, NEU summary of the school inspection operating guide, November 2025); safeguarding ineffective is a category of concern (School inspection handbook, September 2024, paragraphs 190-191)"
);

/** The Ofsted safeguarding floor, for frameworks whose seed names no safeguarding floor. */
export function safeguardingFloor(level: string): Floor {
  return {
    id: "safeguarding-inspection",
    label: "Ofsted: safeguarding not met",
    trigger: { kind: "fact", fact: "safeguarding not met" },
    level,
    source: SAFEGUARDING_FLOOR_SOURCE,
  };
}

/**
 * The two floors every framework carries for an Ofsted category of concern: one from the
 * inspection history, one from a concern written where the grade goes. Both lift the school to
 * `level`, the framework's most serious.
 */
export function concernFloors(level: string, criterion = "ofsted"): Floor[] {
  const label = "Ofsted category of concern";
  return [
    {
      id: "concern",
      label,
      trigger: { kind: "fact", fact: "category of concern" },
      level,
      source: CONCERN_FLOOR_SOURCE,
    },
    {
      id: "concern-value",
      label,
      trigger: {
        kind: "value",
        criterion,
        values: [
          "special measures",
          "serious weaknesses",
          "requires significant improvement",
          "inadequate",
        ],
      },
      level,
      source: CONCERN_FLOOR_SOURCE,
    },
  ];
}

const OFSTED_ALIASES = [
  "Ofsted grade",
  "Last Ofsted grade",
  "Ofsted judgement",
  "Ofsted rating",
  "OFSTEDRATING",
  "Latest Ofsted",
  "Most recent Ofsted",
];

/** The whole-school Ofsted criterion: any regime's outcome, stale after Ofsted's four-year cycle. */
export function ofstedCriterion(source: string): Criterion {
  return {
    id: "ofsted",
    label: "Ofsted",
    aliases: OFSTED_ALIASES,
    kind: "inspection",
    staleAfterDays: 1461,
    source,
  };
}
