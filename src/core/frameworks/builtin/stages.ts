import type { Framework } from "../types";
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

const UNIVERSAL =
  "Universal (003, every stage): Business Services (core centralised Finance, Operations, HR and IT); target-setting; quality " +
  "assurance and classification reported in the Academy Evaluation Statement; CPD through the People Pledge; leadership " +
  "support for Principals.";
const BESPOKE =
  'Bespoke/Urgent (003, every stage): "Bespoke solutions to a defined, temporary need"; "Risk based approach - individual ' +
  'and time sensitive"; "Intervention from the Trust\'s Executive Team or other commissioned specialists".';

const level = (
  id: string,
  name: string,
  code: string,
  colour: string,
  descriptor: string,
  enhanced: string
) => ({
  id,
  name,
  code,
  colour,
  descriptor,
  support: `${UNIVERSAL} Enhanced: ${enhanced} ${BESPOKE}`,
  cadence: { kind: "half-termly" as const },
  source: `${SEED_004}; "On a half termly cycle, each school's category will be re-assessed"; support from ${SEED_003}`,
});

export const stages: Framework = {
  id: "stages",
  name: "Sustain / Improve / Repair / Stabilise",
  description:
    "The DfE MAT good practice four-stage model as 004 uses it (A Sustain, B Improve, C Repair, D Stabilise), judged on Ofsted, " +
    "historic performance, QA visits, elevator-briefing criteria, performance management, partnership review and other external " +
    "reports, with 003's Universal / Enhanced / Bespoke-Urgent support. A leader's own classification from the Academy Evaluation " +
    "Statement (003) is shown beside the computed one, not counted in it.",
  source: `${SEED_004}; ${SEED_003}`,
  levels: [
    level(
      "sustain",
      "A Sustain",
      "A",
      "#C6EFCE",
      "A- Sustain (004).",
      '"leveraging the leadership and any other areas of expertise to support the wider improvement model to the benefit of all academies in the Trust": the academy gives capacity rather than receives it.'
    ),
    level(
      "improve",
      "B Improve",
      "B",
      "#FFEB9C",
      "B- Improve (004).",
      '"continued sustainable development with enhanced oversight"; increased frequency of link meetings with the Principal.'
    ),
    level(
      "repair",
      "C Repair",
      "C",
      "#F8CBAD",
      "C- Repair (004).",
      "Partnership in completion of an ADP and Self-Evaluation Framework (SEF); weekly link meetings with the Principal and Chair of LGB; modelling of best practice and aligned approaches."
    ),
    level(
      "stabilise",
      "D Stabilise",
      "D",
      "#FFC7CE",
      "D- Stabilise (004); Interim Executive Head teachers where leadership capacity is insufficient (004, 3.7).",
      "Partnership in completion of a Rapid Improvement Plan (RIP) and rigorous SEF; weekly link meetings; mentoring for school leaders; increased governance oversight."
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
};
