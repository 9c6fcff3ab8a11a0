import { builtinFramework } from "./define";
import type { Criterion, MappingRow } from "../types";
import { annotateRenamedBodies } from "./renamed-bodies";
import {
  concernFloors,
  fits,
  inspectionRows,
  notApplicable,
  proposedFloorSource,
  type GradeIntervals,
} from "./mapping-helpers";
import { RI_TWICE_READING } from "../../inspections/history";

const SEED = "000 Trust Improvement Strategy, best-fit criteria table";
const BEST_FIT =
  'seed 000 allocates support by "a best fit of the following criteria"; this floor lets one criterion decide whatever the best fit';
const FINANCE_REMOVAL =
  'the board will temporarily remove delegated responsibility for specific, or all, functions from the local governing body" ... "where the termly financial review identifies serious concerns around financial management which are unlikely to improve without significant support';

/** Seed 000's consequence of serious financial concerns, shown with the result and on the plan. */
export const FINANCE_DELEGATION =
  'Delegation adjusted: "the board will temporarily remove delegated responsibility for specific, or all, functions from the local governing body" (000) - here the finance functions (Sustainable learning organisations); the school does not align with the main scheme of delegation';
const LEVELS = ["low", "medium", "high"];
/** 000's Ofsted row (Low / Medium / High), quoted by the descriptors, rows and floors. */
const OFSTED_WORDS: RowWords = {
  low: "The school is judged good or outstanding",
  medium: "The school is / is at risk of being judged as requiring improvement",
  high: "The school is / is at risk of being judged as requiring special measures or having serious weaknesses",
};
const WARNING_NOTICE =
  "The school has been issued with a Warning Notice or Significant Concerns letter";
const SAFEGUARDING_NOT_MET = "Safeguarding does not meet statutory requirements.";
const EIF: GradeIntervals = {
  outstanding: ["low", "low"],
  good: ["low", "low"],
  "requires improvement": ["medium", "medium"],
  inadequate: ["high", "high"],
};

/**
 * The three wordings of one row of 000's table (Low / Medium / High), each exactly as the seed
 * writes it, so no text is inserted into a quotation.
 */
interface RowWords {
  low: string;
  medium: string;
  high: string;
}

/** 000's key-judgement rows: "<subject> judged or likely to be judged as good or outstanding" ... */
const areaWords = (subject: string): RowWords => ({
  low: `${subject} judged or likely to be judged as good or outstanding`,
  medium: `${subject} judged or is at risk of being judged as requiring improvement`,
  high: `${subject} judged or is at risk of being judged as being inadequate`,
});

function judgementRows(criterion: string, words: RowWords): MappingRow[] {
  const source = `${SEED}: "${words.low}" / "${words.medium}" / "${words.high}"`;
  return [
    ...inspectionRows(criterion, EIF, source, LEVELS),
    fits(criterion, "likely good or outstanding", "low", "low", source, [
      "likely good",
      "likely outstanding",
      "likely to be good",
    ]),
    fits(criterion, "at risk of requires improvement", "medium", "medium", source, [
      "at risk of ri",
      "at risk ri",
      "likely requires improvement",
      "likely ri",
    ]),
    fits(criterion, "at risk of inadequate", "high", "high", source, [
      "likely inadequate",
      "at risk inadequate",
    ]),
  ];
}

const OFSTED_ALIASES = [
  "Ofsted",
  "Ofsted overall",
  "Overall effectiveness",
  "Ofsted grade",
  "Last Ofsted grade",
  "Ofsted rating",
  "OFSTEDRATING",
];

const judgement = (id: string, label: string, aliases: string[]): Criterion => ({
  id,
  label,
  aliases,
  kind: "inspection",
  group: "ofsted",
  staleAfterDays: 1461,
  source: SEED,
});

export const support = builtinFramework({
  id: "support",
  name: "Low / Medium / High support",
  levelNoun: "Support",
  description:
    '"The board of trustees will therefore allocate support using a best fit of the following criteria": RSC review, Ofsted ' +
    "overall and key judgements, early years, termly HIP visits, financial review, safeguarding, parental complaints and website.",
  source: SEED,
  levels: [
    {
      id: "low",
      name: "Low support",
      code: "L",
      colour: "#C6EFCE",
      descriptor: `"${OFSTED_WORDS.low}" and "there is internal capacity to drive further improvement".`,
      support:
        '"The local governing body has earned autonomy. The school, setting or service aligns with the main scheme of delegation."',
      cadence: { kind: "termly" },
      source: `${SEED}; termly HIP visits and termly financial standards and safeguarding reviews`,
    },
    {
      id: "medium",
      name: "Medium support",
      code: "M",
      colour: "#FFEB9C",
      descriptor: `"${OFSTED_WORDS.medium}"; concerns "which require external support".`,
      support:
        '"Action group formed, action plan drawn up and reviewed half termly. Adjustments will be made to relevant delegated ' +
        "responsibilities in line with identified concerns\" [TrustTier reading, not the seed's words: for finance concerns, the finance functions].",
      cadence: { kind: "half-termly" },
      source: `${SEED}: "action plan drawn up and reviewed half termly"`,
    },
    {
      id: "high",
      name: "High support",
      code: "H",
      colour: "#FFC7CE",
      descriptor:
        "Warning Notice or Significant Concerns letter; requires improvement twice; special measures or serious weaknesses, or at risk of them.",
      support:
        '"Action group formed. Delegated responsibilities are removed from the local governing body and assumed by the board".',
      cadence: { kind: "half-termly" },
      source: `${SEED}; half-termly review carried over from Medium support (TrustTier proposal: the seed sets no cadence for High)`,
    },
  ],
  criteria: [
    {
      id: "rsc",
      label: "RSC review",
      aliases: ["RSC annual review", "Annual RSC review", "RSC", "Regional Director review"],
      kind: "choice",
      source: annotateRenamedBodies(`${SEED}: "The annual RSC review"`),
    },
    judgement("ofsted", "Ofsted", OFSTED_ALIASES),
    judgement("quality-of-education", "Quality of education", [
      "QoE",
      "Ofsted quality of education",
    ]),
    judgement("behaviour-and-attitudes", "Behaviour and attitudes", [
      "B&A",
      "Ofsted behaviour and attitudes",
    ]),
    judgement("personal-development", "Personal development", [
      "PD",
      "Ofsted personal development",
    ]),
    judgement("leadership-and-management", "Leadership and management", [
      "L&M",
      "Ofsted leadership and management",
    ]),
    judgement("early-years", "Early years", [
      "Quality of early years education",
      "Early years provision",
      "EYFS",
      "Ofsted early years",
    ]),
    {
      id: "hip",
      label: "Termly HIP visits",
      aliases: ["HIP visits", "HIP visit", "HIP", "Improvement partner visits"],
      kind: "choice",
      source: SEED,
    },
    {
      id: "finance",
      label: "Financial review",
      aliases: [
        "Financial standards review",
        "Termly financial standards review",
        "Finance",
        "Audit",
      ],
      kind: "choice",
      source: SEED,
    },
    {
      id: "safeguarding",
      label: "Safeguarding review",
      aliases: [
        "Safeguarding",
        "Safeguarding, health & safety review",
        "Safeguarding and H&S",
        "Safeguarding and health and safety",
      ],
      kind: "choice",
      source: SEED,
    },
    {
      id: "complaints",
      label: "Parental complaints",
      aliases: ["Complaints", "Parent complaints"],
      kind: "choice",
      source: SEED,
    },
    {
      id: "website",
      label: "Website",
      aliases: ["School website", "Website compliance"],
      kind: "choice",
      source: SEED,
    },
  ],
  mapping: [
    fits(
      "rsc",
      "strengths and areas for development",
      "low",
      "low",
      annotateRenamedBodies(
        `${SEED}: "The annual RSC review identifies strengths and areas for development and there is internal capacity"`
      ),
      ["strengths", "no concerns"]
    ),
    fits(
      "rsc",
      "serious concerns",
      "medium",
      "medium",
      annotateRenamedBodies(
        `${SEED}: "RSC has identified serious concerns in the annual review and advises securing external support"`
      ),
      ["advises external support"]
    ),
    fits(
      "rsc",
      "warning notice or significant concerns letter",
      "high",
      "high",
      `${SEED}: "${WARNING_NOTICE}"`,
      ["warning notice", "significant concerns letter", "termination warning notice"]
    ),
    ...judgementRows("ofsted", OFSTED_WORDS),
    fits(
      "ofsted",
      "at risk of special measures or serious weaknesses",
      "high",
      "high",
      `${SEED}: "${OFSTED_WORDS.high}"`,
      [
        "at risk of special measures",
        "at risk of serious weaknesses",
        "at risk of sm",
        "at risk of sw",
      ]
    ),
    ...judgementRows("quality-of-education", areaWords("The quality of education is")),
    ...judgementRows("behaviour-and-attitudes", areaWords("Behaviour and attitudes are")),
    ...judgementRows("personal-development", areaWords("Personal development is")),
    ...judgementRows("leadership-and-management", areaWords("Leadership and management are")),
    ...judgementRows("early-years", areaWords("The quality of early years education is")),
    notApplicable(
      "early-years",
      "No early years provision: the row does not apply (not missing evidence)"
    ),
    fits(
      "hip",
      "strengths and areas for development",
      "low",
      "low",
      `${SEED}: "Termly HIP visits identify strengths and areas for development and there is internal capacity"`,
      ["strengths"]
    ),
    fits(
      "hip",
      "serious concerns",
      "medium",
      "medium",
      `${SEED}: "Termly HIP visits identify serious concerns which require external support"`
    ),
    fits(
      "hip",
      "at risk of special measures or serious weaknesses",
      "high",
      "high",
      `${SEED}: HIP visits "identify that the school ... is at risk of being judged as needing Special Measures/Serious Weaknesses"`,
      ["at risk of special measures", "at risk of serious weaknesses"]
    ),
    fits(
      "finance",
      "few concerns",
      "low",
      "low",
      `${SEED}: financial review "identify few concerns and there is internal capacity"`,
      ["no concerns"]
    ),
    fits(
      "finance",
      "significant concerns",
      "medium",
      "medium",
      `${SEED}: "identify significant concerns which require external support"`
    ),
    fits(
      "finance",
      "serious/complex concerns",
      "high",
      "high",
      `${SEED}: "identify serious/complex concerns which require immediate external intervention"`,
      ["serious concerns", "complex concerns"]
    ),
    fits(
      "safeguarding",
      "few concerns",
      "low",
      "low",
      `${SEED}: "Safeguarding, health & safety review identifies few concerns ... Safeguarding meets statutory requirements."`,
      ["no concerns", "meets statutory requirements", "effective", "met"]
    ),
    fits(
      "safeguarding",
      "significant concerns",
      "medium",
      "medium",
      `${SEED}: "identifies significant concerns which require external support. Safeguarding will meet statutory requirements after swift intervention."`,
      ["will meet statutory requirements after swift intervention"]
    ),
    fits(
      "safeguarding",
      "serious/complex concerns",
      "high",
      "high",
      `${SEED}: "identifies serious/complex concerns which require immediate external intervention Safeguarding does not meet statutory requirements."`,
      [
        "serious concerns",
        "does not meet statutory requirements",
        "not met",
        "ineffective",
        "not effective",
      ]
    ),
    fits(
      "complaints",
      "no significant or very few",
      "low",
      "low",
      `${SEED}: "There are no significant or very few parental complaints."`,
      ["none", "very few", "few"]
    ),
    fits(
      "complaints",
      "several",
      "medium",
      "medium",
      `${SEED}: "Several complaints are raised by a significant number of parents, which are being resolved"`,
      ["several complaints"]
    ),
    fits(
      "complaints",
      "high number unresolved",
      "high",
      "high",
      `${SEED}: "There is a high number of unresolved parental complaints."`,
      ["high number", "many unresolved"]
    ),
    fits(
      "website",
      "meets all statutory requirements",
      "low",
      "low",
      `${SEED}: "The school website meets all statutory requirements"`,
      ["compliant", "meets requirements"]
    ),
    fits(
      "website",
      "will meet after swift intervention",
      "medium",
      "medium",
      `${SEED}: "The school website will meet statutory requirements after swift intervention."`,
      ["minor gaps"]
    ),
    fits(
      "website",
      "fails statutory requirements",
      "high",
      "high",
      `${SEED}: "The school website fails to meet all statutory requirements"`,
      ["non compliant", "fails"]
    ),
  ],
  floors: [
    {
      id: "warning-notice",
      label: "Warning Notice or Significant Concerns letter",
      trigger: {
        kind: "value",
        criterion: "rsc",
        values: ["warning notice or significant concerns letter"],
      },
      level: "high",
      source: proposedFloorSource(BEST_FIT, `${SEED}, High support: "${WARNING_NOTICE}"`),
    },
    {
      id: "ri-twice",
      label: "Requires improvement twice in a row",
      trigger: { kind: "fact", fact: "requires improvement twice" },
      level: "high",
      source: proposedFloorSource(
        `${BEST_FIT}; ${RI_TWICE_READING}`,
        `${SEED}: "The school has been judged as requiring improvement on two consecutive occasions."`
      ),
    },
    {
      id: "at-risk-sm",
      label: "At risk of special measures or serious weaknesses",
      trigger: {
        kind: "value",
        criterion: "ofsted",
        values: ["at risk of special measures or serious weaknesses"],
      },
      level: "high",
      source: proposedFloorSource(BEST_FIT, `${SEED}: "${OFSTED_WORDS.high}"`),
    },
    {
      id: "at-risk-sm-hip",
      label: "HIP visit: at risk of special measures or serious weaknesses",
      trigger: {
        kind: "value",
        criterion: "hip",
        values: ["at risk of special measures or serious weaknesses"],
      },
      level: "high",
      source: proposedFloorSource(
        BEST_FIT,
        `${SEED}, Termly HIP visits, High support: "at risk of being judged as needing Special Measures/Serious Weaknesses"`
      ),
    },
    {
      id: "safeguarding-review",
      label: "Safeguarding does not meet statutory requirements",
      trigger: { kind: "value", criterion: "safeguarding", values: ["serious/complex concerns"] },
      level: "high",
      source: proposedFloorSource(BEST_FIT, `${SEED}: "${SAFEGUARDING_NOT_MET}"`),
    },
    {
      id: "safeguarding-inspection",
      label: "Ofsted: safeguarding not met",
      trigger: { kind: "fact", fact: "safeguarding not met" },
      level: "high",
      source: proposedFloorSource(
        BEST_FIT,
        `${SEED}: "${SAFEGUARDING_NOT_MET}"; Ofsted safeguarding Not met / Not effective`
      ),
    },
    {
      id: "ri",
      label: "Requires improvement, or at risk of it",
      trigger: {
        kind: "value",
        criterion: "ofsted",
        values: ["requires improvement", "at risk of requires improvement"],
      },
      level: "medium",
      source: proposedFloorSource(BEST_FIT, `${SEED}: "${OFSTED_WORDS.medium}"`),
    },
    {
      id: "finance-delegation",
      label: "Financial review: serious/complex concerns",
      trigger: { kind: "value", criterion: "finance", values: ["serious/complex concerns"] },
      level: "medium",
      consequence: FINANCE_DELEGATION,
      source: proposedFloorSource(
        'seed 000 removes delegated finance functions on serious financial concerns, which Low support ("aligns with the main scheme of delegation") would contradict; Medium is the lowest level whose offer adjusts delegation ("Adjustments will be made to relevant delegated responsibilities in line with identified concerns")',
        `000 Trust Improvement Strategy, "Does the delegation of these responsibilities ever change?": "${FINANCE_REMOVAL}"`
      ),
    },
    ...concernFloors("high"),
  ],
  minEvidence: 4,
  secureAt: 0.75,
  borderlineAt: 0.5,
  staleAfterDays: 365,
});
