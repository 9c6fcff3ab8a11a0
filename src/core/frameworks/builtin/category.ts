import { builtinFramework } from "./define";
import type { MappingRow } from "../types";
import {
  concernFloors,
  safeguardingFloor,
  ofstedCriterion,
  fits,
  inspectionRows,
  fourLevelOfstedScale,
} from "./mapping-helpers";

const SEED = "002 Symphony Learning Trust, Judgement Categorisation table";
const LEVELS = ["cat1", "cat2", "cat3", "cat4"];
const TERMLY = `${SEED}; "On a termly cycle, each school's category will be re-assessed"`;

const CORE_OFFER =
  'Core offer (002): "A bespoke annual peer review consisting of a bespoke light touch or full review, ' +
  'dependent upon category"; "Termly bench marking against other Symphony schools as well as national ' +
  'expectations"; Subject Development Groups; school improvement initiatives.';

/** The four-step issues scale shared by QA visits, partnership review and other reports (002). */
export function issuesRows(
  criterion: string,
  source: string,
  levels: string[] = LEVELS
): MappingRow[] {
  return [
    fits(criterion, "no issues", levels[0], levels[0], source, ["none", "no concerns"]),
    fits(criterion, "minor issues", levels[1], levels[1], source, ["minor"]),
    fits(criterion, "some issues", levels[2], levels[2], source, ["some"]),
    fits(criterion, "significant issues", levels[3], levels[3], source, [
      "significant",
      "serious issues",
    ]),
  ];
}

/** 002's historic-performance column: positive / variable or declining / declining. */
export function historicRows(
  criterion: string,
  source: string,
  levels: string[] = LEVELS
): MappingRow[] {
  return [
    fits(criterion, "positive", levels[0], levels[1], source),
    fits(criterion, "variable", levels[2], levels[2], source, ["variable or declining"]),
    fits(
      criterion,
      "variable (below national, improving)",
      levels[2],
      levels[2],
      `${source.startsWith("TrustTier") ? `${source}; ` : ""}TrustTier reading of 002's "Historic performance in relation to national benchmarks": improving but below national is not "Positive"; the seed has no word for it, so it is read as "Variable" (TRUST.TREND's note)`,
      ["below national improving", "below national, improving"]
    ),
    fits(
      criterion,
      "declining",
      levels[2],
      levels[3],
      `${source} ("Variable or declining" for 3, "Declining" for 4)`
    ),
  ];
}

export const category = builtinFramework({
  id: "category",
  name: "Symphony category",
  levelNoun: "Category",
  description:
    'Category 1-4 "Directly related to the school\'s leadership capacity to ensure progress", from the Ofsted grade, ' +
    "historic performance against national benchmarks, QA trust visits, the partnership review and other external reports.",
  source: SEED,
  levels: [
    {
      id: "cat1",
      name: "Category 1",
      code: "1",
      colour: "#C6EFCE",
      descriptor:
        "Ofsted 1 or 2; historic performance Positive; no issues from QA visits, partnership review or other reports.",
      support: `${CORE_OFFER} Re-assessed termly.`,
      cadence: { kind: "termly" },
      source: TERMLY,
    },
    {
      id: "cat2",
      name: "Category 2",
      code: "2",
      colour: "#E2EFDA",
      descriptor:
        "Ofsted 1 or 2; historic performance Positive; minor issues from QA visits, partnership review or other reports.",
      support: `${CORE_OFFER} Re-assessed termly.`,
      cadence: { kind: "termly" },
      source: TERMLY,
    },
    {
      id: "cat3",
      name: "Category 3",
      code: "3",
      colour: "#FFEB9C",
      descriptor:
        "Ofsted 2 or 3; historic performance Variable or declining; some issues from QA visits, partnership review or other reports.",
      support: `${CORE_OFFER} Additional support from the Teaching Development Group "brokered in response to risks identified". Re-assessed termly.`,
      cadence: { kind: "termly" },
      source: TERMLY,
    },
    {
      id: "cat4",
      name: "Category 4",
      code: "4",
      colour: "#FFC7CE",
      descriptor:
        "Ofsted 3 or 4; historic performance Declining; significant issues from QA visits, partnership review or other reports.",
      support: `${CORE_OFFER} Re-assessed every half term at the Executive Group's risk meeting; Schools Causing Concern procedures and an Individual School Action Plan where progress is insufficient.`,
      cadence: { kind: "half-termly" },
      source: `${SEED}; "For category 4 schools, this will be carried out every half term"`,
    },
  ],
  criteria: [
    ofstedCriterion(SEED),
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
      source: SEED,
    },
    {
      id: "qa",
      label: "QA visits",
      aliases: [
        "QA Trust Visits and other intelligence",
        "QA visit",
        "QA trust visits",
        "Quality assurance visits",
      ],
      kind: "choice",
      source: SEED,
    },
    {
      id: "partnership",
      label: "Partnership review",
      aliases: ["Partnership review outcome", "Peer review"],
      kind: "choice",
      source: SEED,
    },
    {
      id: "external",
      label: "Other external reports",
      aliases: [
        "Other external reports or other issues related to staffing, finance or premises",
        "Other reports",
        "External reports",
      ],
      kind: "choice",
      source: SEED,
    },
  ],
  mapping: [
    ...inspectionRows(
      "ofsted",
      fourLevelOfstedScale(LEVELS),
      `${SEED}: Ofsted "1 or 2" for categories 1 and 2, "2 or 3" for 3, "3 or 4" for 4`,
      LEVELS
    ),
    ...historicRows("historic", `${SEED}: Historic performance column`),
    ...issuesRows("qa", `${SEED}: QA Trust Visits and other intelligence column`),
    ...issuesRows("partnership", `${SEED}: Partnership Review column`),
    ...issuesRows("external", `${SEED}: Other external reports column`),
  ],
  floors: [...concernFloors("cat4"), safeguardingFloor("cat4")],
  minEvidence: 3,
  secureAt: 0.75,
  borderlineAt: 0.5,
  staleAfterDays: 365,
});
