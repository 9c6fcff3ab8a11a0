import { builtinFramework } from "./define";
import { historicRows, issuesRows } from "./category";
import {
  concernFloors,
  safeguardingFloor,
  ofstedCriterion,
  inspectionRows,
  fourLevelOfstedScale,
} from "./mapping-helpers";

const SEED_004 = "004 Flying High Partnership, 4.1 Table 2: FHT Judgement Categorisation";
const SEED_003 = "003 TLET, Appendix: School Improvement Framework";
const PROPOSAL =
  "TrustTier proposal: 004's Table 2 lost its cells in conversion; 002's scale (Symphony Judgement Categorisation) applied, editable by the trust";
const LEVELS = ["sustain", "improve", "repair", "stabilise"];

/*
 * Issue 14, item 13: the `stages` framework is 004's (its criteria, its half-termly risk meeting,
 * its A-D stage names), so its support is 004's own offer. 003's Universal / Enhanced /
 * Bespoke-Urgent offer (RIP, People Pledge) stays with 003's own plans, the ADP and the RIP
 * (src/core/frameworks/builtin/stage-offers.ts, shown in their headers), rather than a second
 * copy of this framework: the stages, criteria and scale are the same, only the offer differs.
 */
const SEED_004_OFFER = "004 Flying High Partnership, section 4 School Improvement Core Offer";
const CORE_OFFER =
  'Core offer (004, every stage): "six support and challenge days from the allocated Director of Quality Assurance and ' +
  'School Improvement"; "Additional support delivered by the Director of Quality Assurance and Lead Practitioners will be ' +
  'brokered in response to risks identified funded through the core offer"; "Further capacity through system leaders, ' +
  'will be brokered and funded by the school itself in line with priorities identified".';

const level = (
  id: string,
  name: string,
  code: string,
  colour: string,
  descriptor: string,
  atStage: string
) => ({
  id,
  name,
  code,
  colour,
  descriptor,
  support: atStage ? `${CORE_OFFER} ${atStage}` : CORE_OFFER,
  cadence: { kind: "half-termly" as const },
  source: `${SEED_004}; "On a half termly cycle, each school's category will be re-assessed"; support from ${SEED_004_OFFER} and 3.7`,
});

export const stages = builtinFramework({
  id: "stages",
  name: "Sustain / Improve / Repair / Stabilise",
  levelNoun: "Stage",
  description:
    "The DfE MAT good practice four-stage model as 004 uses it (A Sustain, B Improve, C Repair, D Stabilise), judged on Ofsted, " +
    "historic performance, QA visits, elevator-briefing criteria, performance management, partnership review and other external " +
    "reports, with 004's core offer (six support and challenge days; Head teacher+ at Sustain; Interim Executive Head teachers at " +
    "Stabilise). 003's Universal / Enhanced / Bespoke-Urgent offer is shown on 003's own plans (ADP, RIP). A leader's own " +
    "classification from the Academy Evaluation Statement (003) is an input the Director of Education moderates: shown against " +
    "the computed one, and flagged where they differ, not counted in it.",
  source: `${SEED_004}; ${SEED_004_OFFER}; AES: ${SEED_003}`,
  levels: [
    level(
      "sustain",
      "A Sustain",
      "A",
      "#C6EFCE",
      "A- Sustain (004).",
      'Head teacher+ (004, 3.7): "a designation linked to Head teacher performance management for those leading schools at the ‘sustain’ stage with capacity to support others. Head teacher + are aligned to support the leadership in identified schools."'
    ),
    level("improve", "B Improve", "B", "#FFEB9C", "B- Improve (004).", ""),
    level("repair", "C Repair", "C", "#F8CBAD", "C- Repair (004).", ""),
    level(
      "stabilise",
      "D Stabilise",
      "D",
      "#FFC7CE",
      "D- Stabilise (004).",
      'Interim Executive Head teachers (004, 3.7): "put in place for those schools who we judge to be at the ‘stabilise’ stage with insufficient leadership capacity to drive the improvements necessary."'
    ),
  ],
  criteria: [
    ofstedCriterion(SEED_004),
    {
      id: "historic",
      label: "Historic performance",
      aliases: [
        "Historic performance in relation to national benchmarks",
        "Performance vs national",
        "Historic performance vs national",
        "Trend",
      ],
      kind: "choice",
      source: SEED_004,
    },
    {
      id: "qa",
      label: "QA visits",
      aliases: ["QA Visits and other intelligence", "QA visit", "Quality assurance visits"],
      kind: "choice",
      source: SEED_004,
    },
    {
      id: "elevator",
      label: "Elevator briefing criteria",
      aliases: ["Performance in relation to the elevator briefing criteria", "Elevator briefing"],
      kind: "choice",
      source: SEED_004,
    },
    {
      id: "performance-management",
      label: "Performance management",
      aliases: ["PM", "Performance management outcome"],
      kind: "choice",
      source: SEED_004,
    },
    {
      id: "partnership",
      label: "Partnership review",
      aliases: ["Partnership review outcome", "Annual partnership review"],
      kind: "choice",
      source: SEED_004,
    },
    {
      id: "external",
      label: "Other external reports",
      aliases: ["Other reports", "External reports"],
      kind: "choice",
      source: SEED_004,
    },
  ],
  mapping: [
    ...inspectionRows(
      "ofsted",
      fourLevelOfstedScale(LEVELS),
      `${PROPOSAL}: Ofsted "1 or 2" / "2 or 3" / "3 or 4"`,
      LEVELS
    ),
    ...historicRows("historic", PROPOSAL, LEVELS),
    ...issuesRows("qa", PROPOSAL, LEVELS),
    ...issuesRows("elevator", PROPOSAL, LEVELS),
    ...issuesRows("performance-management", PROPOSAL, LEVELS),
    ...issuesRows("partnership", PROPOSAL, LEVELS),
    ...issuesRows("external", PROPOSAL, LEVELS),
  ],
  floors: [...concernFloors("stabilise"), safeguardingFloor("stabilise")],
  minEvidence: 4,
  secureAt: 0.75,
  borderlineAt: 0.5,
  staleAfterDays: 365,
});
