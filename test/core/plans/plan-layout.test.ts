import { STAGE_OFFERS } from "../../../src/core/frameworks/builtin/stage-offers";
import { defaultHalfTerms } from "../../../src/core/dates/half-terms";
import { excelSerialToIso } from "../../../src/core/dates/excel-serial";
import { layoutContent } from "../../../src/core/layout/content";
import { layoutProblems } from "../../../src/core/layout/validate-layout";
import {
  AREA_LIST_COL,
  milestoneHalfTerms,
  planLayout,
  PLAN_TEMPLATES,
  STRATEGIC_AREAS,
  TIER4_TRUST_INTERVENTION,
  type PlanInput,
  type PlanTemplateId,
} from "../../../src/core/plans";
import { classify, getBuiltinFramework } from "../../../src/core";
import { measureByCode, measureExistsIn } from "../../../src/core/measures/lookup";
import { prefillPriorities } from "../../../src/core/plans/prefill";
import { classified, piece, SCHOOL } from "./fixtures";

const AS_OF = "2025-11-10";
const drivers = [
  piece("attendance", "Attendance and PA", "Well below national"),
  piece("qa", "QA visits", "Significant concerns"),
];
const figures = {
  measures: [
    { measure: "attendance", year: "2023/24", value: 91.2 },
    { measure: "attendance", year: "2024/25", value: 92.4 },
  ],
  targets: [{ measure: "attendance", year: "2025/26", value: 95 }],
};

const input = (template: PlanTemplateId, frameworkId: string, level: string): PlanInput => ({
  template,
  sheetName: "Plan",
  school: SCHOOL,
  classification: classified(frameworkId, level, drivers),
  asOf: AS_OF,
  figures,
});

const at = (plan: ReturnType<typeof planLayout>, row: number, column: string) =>
  plan.layout.cells.find((c) => c.row === row && c.col === plan.columns.indexOf(column));

const allText = (plan: ReturnType<typeof planLayout>) =>
  plan.layout.cells.map((c) => String(c.value ?? "")).join("\n");

describe("plan templates", () => {
  const cases: Array<[PlanTemplateId, string, string, string]> = [
    ["strategic", "support", "medium", "Delegation consequence"],
    ["isap", "stages", "repair", "Findings from"],
    ["core", "category", "cat3", "Monitoring"],
    ["adp", "stages", "improve", "Enhanced offer at B Improve (003)"],
    ["rip", "stages", "stabilise", "Self-evaluation link"],
    ["statement", "tiers", "tier4", "Meeting cadence (001)"],
  ];
  it.each(cases)(
    "%s: seed name and purpose, own-layout note, every plan column",
    (t, f, l, line) => {
      const plan = planLayout(input(t, f, l));
      const text = allText(plan);
      expect(text).toContain(PLAN_TEMPLATES[t].name);
      expect(text).toContain(PLAN_TEMPLATES[t].purpose);
      expect(text).toContain("TrustTier's own row layout");
      expect(text).toContain(line);
      for (const column of [
        "Area or priority",
        "Evidence that raised it",
        "Action",
        "Lead",
        "Support deployed",
        "Start",
        "Success measure",
        "Baseline",
        "Target",
        "RAG status",
        "Evidence of impact",
        "Next review",
      ]) {
        expect(plan.columns).toContain(column);
      }
      expect(plan.columns.filter((c) => c.startsWith("Milestone:"))).toHaveLength(6);
      expect(layoutProblems(plan.layout)).toEqual([]);
    }
  );

  it("refuses a Rapid Improvement Plan or a statement of action at the wrong level", () => {
    expect(() => planLayout(input("rip", "stages", "improve"))).toThrow(/Stabilise|stabilise/);
    expect(() => planLayout(input("statement", "tiers", "tier3"))).toThrow(/tier4/);
  });

  it("statement of action lists 001's Trust intervention and meeting cadence", () => {
    const text = allText(planLayout(input("statement", "tiers", "tier4")));
    for (const item of TIER4_TRUST_INTERVENTION) expect(text).toContain(item);
    expect(text).toContain("CEO 1:1: every week");
  });

  it("ADP and RIP: Universal and Bespoke/Urgent the same at every stage, the Enhanced offer the stage's own", () => {
    const texts = ["sustain", "improve", "repair", "stabilise"].map((stage) =>
      allText(planLayout(input("adp", "stages", stage)))
    );
    for (const text of texts) {
      for (const item of [...STAGE_OFFERS.universal, ...STAGE_OFFERS.bespoke]) {
        expect(text).toContain(item);
      }
    }
    ["sustain", "improve", "repair", "stabilise"].forEach((stage, i) => {
      const listed = texts[i].split("\n").filter((line) => line.startsWith("• "));
      const offered = [
        ...STAGE_OFFERS.universal,
        ...STAGE_OFFERS.enhanced[stage],
        ...STAGE_OFFERS.bespoke,
      ].map((item) => `• ${item}`);
      expect(listed).toEqual(offered);
    });
    const rip = allText(planLayout(input("rip", "stages", "stabilise")));
    expect(rip).toContain("Partnership in completion of a Rapid Improvement Plan (RIP)");
  });

  it("ADP at Sustain says what the academy contributes to others", () => {
    expect(allText(planLayout(input("adp", "stages", "sustain")))).toContain("Enhanced at Sustain");
    expect(allText(planLayout(input("adp", "stages", "improve")))).not.toContain(
      "Enhanced at Sustain"
    );
  });

  // Issue 14, item 15: 000 says "action plan drawn up and reviewed half termly" for Medium
  // support only; each level's plan shows its own review cadence and where it comes from.
  it("strategic plan: half-termly review only at Medium support, each level's own cadence and source", () => {
    const review = (level: string) => {
      const plan = planLayout(input("strategic", "support", level));
      const label = plan.layout.cells.find((c) => c.value === "Review")!;
      return String(plan.layout.cells.find((c) => c.row === label.row && c.col === 2)?.value);
    };
    expect(review("medium")).toBe(
      'half-termly (000 Trust Improvement Strategy, best-fit criteria table: "action plan drawn up and reviewed half termly")'
    );
    expect(review("low")).toMatch(/^termly \(/);
    expect(review("high")).toMatch(/^half-termly \(.*TrustTier proposal/);
    for (const level of ["low", "medium", "high"]) {
      expect(allText(planLayout(input("strategic", "support", level)))).not.toContain(
        "area by area; reviewed half termly"
      );
    }
  });

  // Issue 14, item 13: the ISAP is 004's plan, so its header shows 004's core offer, not 003's.
  it("ISAP header shows seed 004's own offer, without 003's People Pledge or RIP", () => {
    const text = allText(planLayout(input("isap", "stages", "sustain")));
    expect(text).toContain("six support and challenge days");
    expect(text).toContain("Head teacher+");
    expect(text).not.toMatch(/People Pledge|Rapid Improvement Plan/);
  });

  it("strategic plan shows delegation removed area by area", () => {
    const plan = planLayout({
      ...input("strategic", "support", "medium"),
      delegationRemoved: ["Finance"],
    });
    const text = allText(plan);
    expect(text).toContain("Delegation: Finance");
    expect(text).toContain("Delegated responsibilities removed for this area only");
    for (const area of STRATEGIC_AREAS) {
      expect(
        plan.layout.cells.some(
          (c) => c.col === plan.columns.indexOf("Strategic area") && c.value === area
        )
      ).toBe(true);
    }
  });
});

describe("seed 000's finance consequence on the strategic plan (issue 14, item 11)", () => {
  it("a Good school with serious financial concerns: Medium support and the delegation removal on the plan header", () => {
    const result = classify(
      getBuiltinFramework("support")!,
      {
        values: {
          rsc: "Strengths and areas for development",
          ofsted: "Good",
          hip: "Strengths and areas for development",
          finance: "Serious/complex concerns",
          safeguarding: "Few concerns",
          complaints: "Very few",
        },
      },
      { asOf: AS_OF }
    );
    if (result.status !== "classified") throw new Error(result.status);
    const text = allText(
      planLayout({ ...input("strategic", "support", "medium"), classification: result })
    );
    expect(text).toContain("Delegation: Financial review: serious/complex concerns");
    expect(text).toContain("temporarily remove delegated responsibility");
    expect(text).not.toContain("earned autonomy");
  });
});

describe("prefilled rows", () => {
  it("each prefilled row names the driver behind it, under the right strategic area", () => {
    const plan = planLayout(input("strategic", "support", "high"));
    expect(plan.prefilled.map((p) => [p.driver, p.area])).toEqual([
      ["attendance", "Vision, values, strategy and culture"],
      ["qa", "Quality assurance and accountability"],
    ]);
    const attendance = plan.prefilled[0];
    expect(at(plan, attendance.row, "Area or priority")?.value).toBe("Attendance and PA");
    expect(String(at(plan, attendance.row, "Evidence that raised it")?.value)).toContain(
      "Well below national"
    );
    expect(at(plan, attendance.row, "Strategic area")?.value).toBe(
      "Vision, values, strategy and culture"
    );
  });

  it("baseline is the latest figure and target the year's target from the academy's data", () => {
    const plan = planLayout(input("isap", "stages", "repair"));
    const row = plan.prefilled.find((p) => p.driver === "attendance")!.row;
    expect(at(plan, row, "Baseline")?.value).toBe(92.4);
    expect(at(plan, row, "Target")?.value).toBe(95);
    expect(String(at(plan, row, "Success measure")?.value)).toMatch(/attendance/i);
    const qa = plan.prefilled.find((p) => p.driver === "qa")!;
    expect(at(plan, qa.row, "Baseline")).toBeUndefined();
  });
});

// Issue 14, item 10: the latest Progress 8 is 2023/24 and DfE intends it to return for 2026/27
// (none for 2024/25 or 2025/26); KS2 progress was published for 2015/16-2018/19 and 2022/23
// only (DfE, "Primary school progress measures: information for schools and parents").
describe("prefill never picks a progress measure for a year that has none", () => {
  const secondary = {
    measures: [
      { measure: "ks4-progress8", year: "2022/23", value: 0.48 },
      { measure: "ks4-progress8", year: "2023/24", value: 0.52 },
      { measure: "ks4-progress8", year: "2024/25", value: -0.2 }, // a trust's own estimate
      { measure: "ks4-attainment8", year: "2024/25", value: 54.5 },
    ],
    targets: [
      { measure: "ks4-progress8", year: "2025/26", value: 0.6 },
      { measure: "ks4-attainment8", year: "2025/26", value: 56 },
    ],
  };

  it("uses Attainment 8, with data and a target, for a 2025/26 plan; each figure shows its year", () => {
    const [row] = prefillPriorities(
      classified("category", "cat3", [piece("historic", "Historic performance", "Declining")]),
      secondary,
      "2025/26"
    );
    expect(row).toMatchObject({
      measure: "Attainment 8",
      baseline: 54.5,
      baselineYear: "2024/25",
      target: 56,
      targetYear: "2025/26",
    });
  });

  it("for a 2026/27 plan (Progress 8 returns) takes Progress 8's baseline from 2023/24, not 2024/25", () => {
    const [row] = prefillPriorities(
      classified("category", "cat3", [piece("historic", "Historic performance", "Declining")]),
      {
        ...secondary,
        targets: [...secondary.targets, { measure: "ks4-progress8", year: "2026/27", value: 0.5 }],
      },
      "2026/27"
    );
    expect(row).toMatchObject({ measure: "Progress 8", baseline: 0.52, baselineYear: "2023/24" });
  });

  it("names the unit and year of the baseline and target (and the baseline's cohort) in the plan's number formats", () => {
    // "%": attendance is a percentage in the measures catalogue.
    const plan = planLayout(input("isap", "stages", "repair"));
    const row = plan.prefilled.find((p) => p.driver === "attendance")!.row;
    expect(at(plan, row, "Baseline")?.numberFormat).toBe('General"% (2024/25)"');
    expect(at(plan, row, "Target")?.numberFormat).toBe('General"% (2025/26)"');
    expect(at(plan, row, "Baseline")?.value).toBe(92.4);

    const withCohort = planLayout({
      ...input("isap", "stages", "repair"),
      figures: {
        measures: [{ measure: "attendance", year: "2024/25", value: 92.4, cohort: 30 }],
        targets: [],
      },
    });
    const at2 = withCohort.prefilled.find((p) => p.driver === "attendance")!.row;
    expect(at(withCohort, at2, "Baseline")?.numberFormat).toBe('General"% (2024/25, cohort 30)"');
  });

  it("knows the years each progress measure exists in", () => {
    const p8 = measureByCode("ks4-progress8")!;
    const ks2 = measureByCode("ks2-reading-progress")!;
    expect(["2023/24", "2024/25", "2025/26", "2026/27"].map((y) => measureExistsIn(p8, y))).toEqual(
      [true, false, false, true]
    );
    expect(
      ["2018/19", "2021/22", "2022/23", "2023/24", "2024/25"].map((y) => measureExistsIn(ks2, y))
    ).toEqual([true, false, true, false, false]);
  });
});

describe("milestones and dates", () => {
  it("milestones land on the trust's half terms, defaults where it has none", () => {
    const trust = [
      {
        academicYear: "2025/26",
        name: "Autumn 2" as const,
        start: "2025-11-03",
        end: "2025-12-18",
        isDefault: false,
      },
    ];
    const terms = milestoneHalfTerms(AS_OF, trust);
    expect(terms[0]).toEqual(trust[0]);
    expect(terms[1]).toEqual(defaultHalfTerms("2025/26")[2]);
    expect(terms.map((t) => t.name)).toEqual([
      "Autumn 2",
      "Spring 1",
      "Spring 2",
      "Summer 1",
      "Summer 2",
      "Autumn 1",
    ]);
  });

  it("dates are Excel serials with a date format", () => {
    const plan = planLayout(input("core", "category", "cat3"));
    const start = at(plan, plan.prefilled[0].row, "Start")!;
    expect(typeof start.value).toBe("number");
    expect(start.numberFormat).toMatch(/yyyy/);
    const conversion = excelSerialToIso(start.value as number);
    expect(conversion).toEqual({ ok: true, value: AS_OF });
    const review = at(plan, plan.prefilled[0].row, "Next review")!;
    expect(review.value).toBe(
      plan.layout.cells.find(
        (c) => c.row === plan.headerRow - 1 && c.col === plan.columns.indexOf("Start") + 1
      )?.value
    );
  });
});

describe("drop-downs and text", () => {
  it("RAG, Lead and Strategic area drop-downs point at the right lists", () => {
    const plan = planLayout({
      ...input("adp", "stages", "improve"),
      peopleRange: "=People!$A$2:$A$50",
    });
    const byCol = (name: string) =>
      plan.layout.validations!.find((v) => v.range.col === plan.columns.indexOf(name))!;
    expect(byCol("RAG status").source).toEqual({ items: ["Green", "Amber", "Red"] });
    expect(byCol("Lead").source).toEqual({ formula: "=People!$A$2:$A$50" });
    expect(byCol("Strategic area").source).toEqual({ formula: "=$U$2:$U$6" });
    expect(AREA_LIST_COL).toBe(20);
    const listed = plan.layout.cells
      .filter((c) => c.col === AREA_LIST_COL && c.row >= 1 && c.row <= 5)
      .map((c) => c.value);
    expect(listed).toEqual([...STRATEGIC_AREAS]);
    for (const v of plan.layout.validations!) expect(v.range.row).toBe(plan.headerRow + 1);
  });

  it("text that starts with = stays text", () => {
    const plan = planLayout({
      ...input("isap", "stages", "repair"),
      school: { urn: 1, name: '=HYPERLINK("x")' },
    });
    const content = layoutContent(plan.layout);
    expect(content.some((c) => c.formula?.includes("HYPERLINK"))).toBe(false);
    expect(content.some((c) => String(c.value).includes('=HYPERLINK("x")'))).toBe(true);
    expect(plan.layout.cells.every((c) => c.formula === undefined)).toBe(true);
  });
});
