import { builtinFramework } from "./define";
import {
  concernFloors,
  ofstedCriterion,
  fits,
  inspectionRows,
  proposedFloorSource,
} from "./mapping-helpers";
import { TIER_SUPPORT, TIERS_ID } from "./tier-support";

const SEED = "001 Trust School Improvement Model, School improvement tiers";
/** Tier 4 passages of 001 that several rows, floors and the descriptor quote. */
const UNSTABLE = "Unstable leadership and/or ineffective governance fail to hold anyone to account";
const SAFEGUARDING_INEFFECTIVE = "Safeguarding arrangements are ineffective";
const TIER_FLOOR = `seed 001 sets no floors and its Tier 4 descriptor is compound ("${UNSTABLE}"); one Tier 4 criterion deciding on its own is TrustTier's rule`;
const T = (n: number) => `${SEED}, Tier ${n}`;
const LEVELS = ["tier1", "tier2", "tier3", "tier4"];

const supportText = (tier: string) =>
  `${tier === "tier4" ? "Trust intervention" : "Trust support"} (001): ${TIER_SUPPORT[tier].join("; ")}.`;

const annual = `${SEED}: "Each academy is placed into a school improvement tier at the start of each academic year"; reclassified in-year only "In exceptional circumstances"`;

export const tiers = builtinFramework({
  id: TIERS_ID,
  name: "School improvement tiers",
  levelNoun: "Tier",
  description:
    'Tier 1 Lead, 2 Grow, 3 Reinvent (academy led), 4 Stabilise (trust led). "The Executive meet to recommend the appropriate ' +
    'tier for each academy for the Trust Board to agree", from published outcomes, internal data, the most recent Health Check ' +
    "and Ofsted reports and stakeholder feedback.",
  source: SEED,
  levels: [
    {
      id: "tier1",
      name: "Tier 1 Lead",
      code: "T1",
      colour: "#C6EFCE",
      descriptor:
        'Academy led. "A culture of aspiration is embedded"; "Ambitious curriculum expertly delivered"; "Governance is strong and sustainable for the future"; "A highly effective culture of safeguarding exists".',
      support: supportText("tier1"),
      cadence: { kind: "annually" },
      source: annual,
    },
    {
      id: "tier2",
      name: "Tier 2 Grow",
      code: "T2",
      colour: "#E2EFDA",
      descriptor:
        'Academy led. "Attendance and PA are close to national averages"; "strong and consistent teaching and learning"; "National test data is close to national averages"; "Safeguarding is effective".',
      support: supportText("tier2"),
      cadence: { kind: "annually" },
      source: annual,
    },
    {
      id: "tier3",
      name: "Tier 3 Reinvent",
      code: "T3",
      colour: "#FFEB9C",
      descriptor:
        'Academy led. "Attendance and PA are below national averages but improving"; "Teaching is improving with ineffective practice being addressed"; "Leaders are taking actionable steps".',
      support: supportText("tier3"),
      cadence: { kind: "annually" },
      source: annual,
    },
    {
      id: "tier4",
      name: "Tier 4 Stabilise",
      code: "T4",
      colour: "#FFC7CE",
      descriptor: `Trust led. "Teaching is poor"; "${UNSTABLE}"; "${SAFEGUARDING_INEFFECTIVE}".`,
      support: supportText("tier4"),
      cadence: { kind: "annually" },
      source: annual,
    },
  ],
  criteria: [
    ofstedCriterion(SEED),
    {
      id: "attendance",
      label: "Attendance and PA",
      aliases: ["Attendance", "Attendance and persistent absence", "Attendance & PA"],
      kind: "choice",
      source: SEED,
    },
    {
      id: "teaching",
      label: "Teaching and curriculum",
      aliases: ["Teaching", "Curriculum", "Teaching & curriculum", "Quality of teaching"],
      kind: "choice",
      source: SEED,
    },
    {
      id: "national-tests",
      label: "National tests",
      aliases: ["National test data", "Outcomes", "Published outcomes", "Assessment"],
      kind: "choice",
      source: SEED,
    },
    {
      id: "leadership",
      label: "Leadership",
      aliases: ["Leadership capacity"],
      kind: "choice",
      source: SEED,
    },
    { id: "governance", label: "Governance", aliases: [], kind: "choice", source: SEED },
    {
      id: "culture",
      label: "Culture and behaviour",
      aliases: ["Behaviour", "Culture", "Culture & behaviour"],
      kind: "choice",
      source: SEED,
    },
    {
      id: "exclusions",
      label: "Exclusions",
      aliases: ["Suspensions and exclusions", "Fixed term exclusions"],
      kind: "choice",
      source: SEED,
    },
    { id: "staffing", label: "Staffing", aliases: ["Staff", "HR"], kind: "choice", source: SEED },
    {
      id: "safeguarding",
      label: "Safeguarding",
      aliases: ["Safeguarding culture"],
      kind: "choice",
      source: SEED,
    },
  ],
  mapping: [
    ...inspectionRows(
      "ofsted",
      {
        outstanding: ["tier1", "tier1"],
        good: ["tier2", "tier2"],
        "requires improvement": ["tier3", "tier4"],
        inadequate: ["tier4", "tier4"],
      },
      `${SEED}, Trust support: Tier 1 plan to "sustain outstanding", Tier 2 to "move the academy to outstanding", Tier 3 to "secure good against the Ofsted framework" (TrustTier reading)`,
      LEVELS
    ),
    fits(
      "attendance",
      "at or above national",
      "tier1",
      "tier1",
      `${SEED}, performance standards: "Impeccable behaviour and attendance" (TrustTier reading for Tier 1)`,
      ["above national"]
    ),
    fits(
      "attendance",
      "close to national",
      "tier2",
      "tier2",
      `${T(2)}: "Attendance and PA are close to national averages"`,
      ["close to national averages"]
    ),
    fits(
      "attendance",
      "below national but improving",
      "tier3",
      "tier3",
      `${T(3)}: "Attendance and PA are below national averages but improving"`,
      ["below but improving"]
    ),
    fits(
      "attendance",
      "well below national",
      "tier4",
      "tier4",
      `${T(4)}: "Attendance and PA (well) below national averages"`,
      ["below national", "below national and not improving"]
    ),
    fits(
      "teaching",
      "expertly delivered",
      "tier1",
      "tier1",
      `${T(1)}: "Ambitious curriculum expertly delivered ensures students consistently achieve highly"`
    ),
    fits(
      "teaching",
      "strong and consistent",
      "tier2",
      "tier2",
      `${T(2)}: "strong and consistent teaching and learning (only small pockets of poor practice exist and are being addressed)"`
    ),
    fits(
      "teaching",
      "improving",
      "tier3",
      "tier3",
      `${T(3)}: "Teaching is improving with ineffective practice being addressed"`
    ),
    fits(
      "teaching",
      "poor",
      "tier4",
      "tier4",
      `${T(4)}: "Teaching is poor with limited or no professional development"`
    ),
    fits(
      "national-tests",
      "consistently high",
      "tier1",
      "tier1",
      `${T(1)}: "students consistently achieve highly (including disadvantage and SEND)"`,
      ["above national"]
    ),
    fits(
      "national-tests",
      "close to national",
      "tier2",
      "tier2",
      `${T(2)}: "National test data is close to national averages with isolated areas falling below"`
    ),
    fits(
      "national-tests",
      "improving, not consistently",
      "tier3",
      "tier3",
      `${T(3)}: "Assessments show improvement although not consistently"`,
      ["improving"]
    ),
    fits(
      "national-tests",
      "little improvement or declining",
      "tier4",
      "tier4",
      `${T(4)}: "Assessment shows little improvement or a declining trend"`,
      ["declining"]
    ),
    fits(
      "leadership",
      "provides trust-wide capacity",
      "tier1",
      "tier1",
      `${T(1)}: "Leadership develops new areas of expertise and provides Trust wide capacity"`
    ),
    fits(
      "leadership",
      "assuring quality",
      "tier2",
      "tier2",
      `${T(2)}: "Leadership is shifting more to assuring quality from operational delivery"`
    ),
    fits(
      "leadership",
      "taking actionable steps",
      "tier3",
      "tier3",
      `${T(3)}: "Leaders are taking actionable steps to improve culture and consistency"`
    ),
    fits("leadership", "unstable", "tier4", "tier4", `${T(4)}: "${UNSTABLE}"`),
    fits(
      "governance",
      "strong and sustainable",
      "tier1",
      "tier1",
      `${T(1)}: "Governance is strong and sustainable for the future"`
    ),
    fits(
      "governance",
      "strong, holds leaders to account",
      "tier2",
      "tier2",
      `${T(2)}: "Governance is strong and consistently holds leaders to account"`,
      ["holds leaders to account"]
    ),
    fits("governance", "ineffective", "tier4", "tier4", `${T(4)}: "${UNSTABLE}"`),
    fits(
      "culture",
      "exceptional",
      "tier1",
      "tier1",
      `${T(1)}: "Student attitudes are exceptional because of strong and consistent social norms"`
    ),
    fits(
      "culture",
      "secure",
      "tier2",
      "tier2",
      `${T(2)}: "A secure culture is in place with consistent routines ensuring that low level disruption is infrequent"`
    ),
    fits(
      "culture",
      "improving",
      "tier3",
      "tier3",
      `${T(3)}: "School culture is improving although low level behaviour disruption is still evident."`
    ),
    fits(
      "culture",
      "poor",
      "tier4",
      "tier4",
      `${T(4)}: "Behaviour is poor and exclusions are well above national averages"`
    ),
    fits(
      "exclusions",
      "at or below national",
      "tier1",
      "tier2",
      'TrustTier proposal: 001 gives no exclusions descriptor for Tiers 1-2 (its standard is "zero permanent exclusion")',
      ["below national"]
    ),
    fits(
      "exclusions",
      "above national",
      "tier3",
      "tier3",
      `${T(3)}: "Fixed term exclusion may remain above national averages"`
    ),
    fits(
      "exclusions",
      "well above national",
      "tier4",
      "tier4",
      `${T(4)}: "exclusions are well above national averages"`
    ),
    fits(
      "staffing",
      "high morale, low turnover",
      "tier1",
      "tier1",
      `${T(1)}: "High staff morale and low employee turnover"`
    ),
    fits(
      "staffing",
      "some resistance to change",
      "tier3",
      "tier3",
      `${T(3)}: "HR issues increase as a minority of staff are resistant to change"`,
      ["hr issues"]
    ),
    fits(
      "staffing",
      "high absence, recruitment difficulty",
      "tier4",
      "tier4",
      `${T(4)}: "High staff absence with difficulty to recruit or retain good staff"`
    ),
    fits(
      "safeguarding",
      "highly effective",
      "tier1",
      "tier1",
      `${T(1)}: "A highly effective culture of safeguarding exists"`
    ),
    fits(
      "safeguarding",
      "effective",
      "tier2",
      "tier3",
      `${T(2)}: "Safeguarding is effective"; Tier 3 gives no safeguarding descriptor, so effective also fits it (TrustTier reading)`
    ),
    fits(
      "safeguarding",
      "ineffective",
      "tier4",
      "tier4",
      `${T(4)}: "${SAFEGUARDING_INEFFECTIVE}"`,
      ["not effective"]
    ),
  ],
  floors: [
    {
      id: "unstable-leadership",
      label: "Unstable leadership",
      trigger: { kind: "value", criterion: "leadership", values: ["unstable"] },
      level: "tier4",
      source: proposedFloorSource(TIER_FLOOR, `${T(4)}: "${UNSTABLE}"`),
    },
    {
      id: "ineffective-governance",
      label: "Ineffective governance",
      trigger: { kind: "value", criterion: "governance", values: ["ineffective"] },
      level: "tier4",
      source: proposedFloorSource(TIER_FLOOR, `${T(4)}: "${UNSTABLE}"`),
    },
    {
      id: "ineffective-safeguarding",
      label: "Ineffective safeguarding",
      trigger: { kind: "value", criterion: "safeguarding", values: ["ineffective"] },
      level: "tier4",
      source: proposedFloorSource(TIER_FLOOR, `${T(4)}: "${SAFEGUARDING_INEFFECTIVE}"`),
    },
    {
      id: "safeguarding-inspection",
      label: "Ofsted: safeguarding not met",
      trigger: { kind: "fact", fact: "safeguarding not met" },
      level: "tier4",
      source: proposedFloorSource(
        TIER_FLOOR,
        `${T(4)}: "${SAFEGUARDING_INEFFECTIVE}"; Ofsted safeguarding Not met / Not effective`
      ),
    },
    ...concernFloors("tier4"),
  ],
  minEvidence: 4,
  secureAt: 0.75,
  borderlineAt: 0.5,
  staleAfterDays: 365,
});
