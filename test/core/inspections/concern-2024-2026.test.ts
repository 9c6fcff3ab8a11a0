import {
  classify,
  explain,
  getBuiltinFramework,
  type Classification,
  type InspectionRecord,
} from "../../../src/core";
import {
  concernOf,
  inspectionFactsOf,
  normaliseInspection,
  stuckStatus,
  TYPE_NOT_RECORDED,
} from "../../../src/core/inspections";

const record = (date: string, fields: Partial<InspectionRecord>): InspectionRecord => ({
  date,
  regime: "eif",
  areas: {},
  predecessor: false,
  ...fields,
});
const keyJudgements = (
  date: string,
  areas: InspectionRecord["areas"],
  fields: Partial<InspectionRecord> = {}
) => record(date, { regime: "key judgements", areas, ...fields });
const allGood = {
  "quality of education": "good",
  "behaviour and attitudes": "good",
  "personal development": "good",
  "leadership and management": "good",
} as const;
const reportCard = (date: string, areas: InspectionRecord["areas"], fields = {}) =>
  record(date, { regime: "report card", areas, safeguarding: "met", ...fields });
const expected = {
  inclusion: "expected standard",
  "curriculum and teaching": "expected standard",
  achievement: "expected standard",
  "attendance and behaviour": "expected standard",
  "personal development and well being": "expected standard",
  "leadership and governance": "expected standard",
} as const;
const levelOf = (result: Classification) =>
  result.status === "classified" ? result.level.name : result.status;

describe("2024/25 key judgements: School inspection handbook, September 2024, paragraphs 190-191", () => {
  it.each([
    "quality of education",
    "behaviour and attitudes",
    "personal development",
    "leadership and management",
  ])("%s inadequate is a category of concern, type not recorded, with a warning", (area) => {
    const status = concernOf(keyJudgements("2025-02-05", { ...allGood, [area]: "inadequate" }));
    expect(status).toMatchObject({ category: TYPE_NOT_RECORDED, recorded: false });
    expect(status?.notes.join(" ")).toContain("records no type");
    expect(status?.source).toContain("paragraphs 190-191");
  });

  it("early years or sixth form inadequate on its own is not a category of concern", () => {
    expect(
      concernOf(
        keyJudgements("2025-02-05", {
          ...allGood,
          "early years provision": "inadequate",
          "sixth form provision": "inadequate",
        })
      )
    ).toBeUndefined();
  });

  it("takes the type from the published Category of concern", () => {
    const status = concernOf(
      keyJudgements(
        "2025-02-05",
        { ...allGood, "quality of education": "inadequate" },
        { concern: "serious weaknesses" }
      )
    );
    expect(status).toMatchObject({ category: "serious weaknesses", recorded: true, notes: [] });
  });

  it("safeguarding ineffective with every key judgement good: a category, and inspectors may return within three months", () => {
    const status = concernOf(keyJudgements("2025-02-05", allGood, { safeguarding: "not met" }));
    expect(status?.category).toBe(TYPE_NOT_RECORDED);
    expect(status?.notes.join(" ")).toContain("return within three months");
  });
});

describe("report cards: NEU summary of Ofsted's school inspection operating guide (not confirmed against the guide)", () => {
  it("leadership and governance urgent improvement and one other area: special measures", () => {
    const status = concernOf(
      reportCard("2026-01-20", {
        ...expected,
        "leadership and governance": "urgent improvement",
        achievement: "urgent improvement",
      })
    );
    expect(status).toMatchObject({ category: "special measures", recorded: false });
    expect(status?.source).toContain("NEU");
  });

  it("any other urgent improvement, or leadership and governance alone: requires significant improvement", () => {
    for (const area of ["achievement", "leadership and governance"]) {
      expect(
        concernOf(reportCard("2026-01-20", { ...expected, [area]: "urgent improvement" }))?.category
      ).toBe("requires significant improvement");
    }
  });

  it("safeguarding not met: a category whose type the grades cannot give", () => {
    expect(
      concernOf(reportCard("2026-01-20", expected, { safeguarding: "not met" }))?.category
    ).toBe(TYPE_NOT_RECORDED);
  });

  it("prefers the published category and warns where the derived one differs", () => {
    const status = concernOf(
      reportCard(
        "2026-01-20",
        { ...expected, achievement: "urgent improvement" },
        { concern: "special measures" }
      )
    );
    expect(status?.category).toBe("special measures");
    expect(status?.notes.join(" ")).toContain("grades imply requires significant improvement");
  });
});

describe("the frameworks read these categories (issue 14 observations)", () => {
  const support = getBuiltinFramework("support")!;
  const category = getBuiltinFramework("category")!;
  const stages = getBuiltinFramework("stages")!;
  const goodSchool = {
    rsc: "Strengths and areas for development",
    hip: "Strengths and areas for development",
    finance: "Few concerns",
    safeguarding: "Few concerns",
    complaints: "Very few",
    website: "Meets all statutory requirements",
  };
  const qoeInadequate = keyJudgements("2025-02-05", {
    ...allGood,
    "quality of education": "inadequate",
  });

  it("quality of education inadequate, others good: High support and Category 4, not Low / Category 2", () => {
    const result = classify(
      support,
      { values: goodSchool, inspections: [qoeInadequate] },
      { asOf: "2025-06-01" }
    );
    expect(levelOf(result)).toBe("High support");
    expect(result.warnings.join(" ")).toContain(TYPE_NOT_RECORDED);
    expect(explain(result)).toContain("floor: Ofsted category of concern: type not recorded");
    const cat = classify(
      category,
      {
        values: { historic: "Positive", qa: "No issues", partnership: "No issues" },
        inspections: [qoeInadequate],
      },
      { asOf: "2025-06-01" }
    );
    expect(levelOf(cat)).toBe("Category 4");
  });

  it("a report card with safeguarding not met: Category 4 and D Stabilise (the safeguarding floor)", () => {
    const card = reportCard("2026-01-20", expected, { safeguarding: "not met" });
    const values = { historic: "Positive", qa: "No issues", partnership: "No issues" };
    const cat = classify(category, { values, inspections: [card] }, { asOf: "2026-03-01" });
    expect(levelOf(cat)).toBe("Category 4");
    expect(cat.status === "classified" && cat.floors.map((floor) => floor.id)).toContain(
      "safeguarding-inspection"
    );
    const stage = classify(
      stages,
      { values: { ...values, elevator: "No issues" }, inspections: [card] },
      { asOf: "2026-03-01" }
    );
    expect(levelOf(stage)).toBe("D Stabilise");
    expect(explain(stage)).toContain("safeguarding not met");
  });
});

describe("requires improvement, or equivalent: DfE, Schools eligible for RISE intervention, 2025", () => {
  it("a 2024/25 personal-development RI is not DfE's equivalent: no 'requires improvement twice', not stuck", () => {
    const history = [
      record("2021-03-01", { overall: "requires improvement" }),
      keyJudgements("2024-11-01", { ...allGood, "personal development": "requires improvement" }),
    ];
    expect(inspectionFactsOf(history).map((finding) => finding.fact)).toEqual([]);
    expect(stuckStatus(history).stuck).toBe(false);
  });

  it("leadership and management RI is the equivalent; seed 000's RI twice then carries the TrustTier reading", () => {
    const history = [
      record("2021-03-01", { overall: "requires improvement" }),
      keyJudgements("2024-11-01", {
        ...allGood,
        "leadership and management": "requires improvement",
      }),
    ];
    const finding = inspectionFactsOf(history).find((f) => f.fact === "requires improvement twice");
    expect(finding?.notes.join(" ")).toContain("TrustTier reading");
    expect(stuckStatus(history).stuck).toBe(true);
  });

  it("a personal-development RI still counts on seed 000's personal development row: Medium support", () => {
    const result = classify(
      getBuiltinFramework("support")!,
      {
        values: {
          rsc: "Strengths and areas for development",
          hip: "Strengths and areas for development",
          finance: "Few concerns",
          safeguarding: "Few concerns",
          "personal-development": "Requires improvement",
        },
        inspections: [
          record("2021-03-01", { overall: "requires improvement" }),
          keyJudgements("2024-11-01", {
            ...allGood,
            "personal development": "requires improvement",
          }),
        ],
      },
      { asOf: "2025-03-01" }
    );
    expect(result.status === "classified" && result.floors.map((f) => f.id)).not.toContain(
      "ri-twice"
    );
    expect(
      result.pieces.some((piece) =>
        piece.items.some((item) => item.value === "requires improvement")
      )
    ).toBe(true);
  });
});

describe("stuck schools with report cards: DfE's wording, Schools eligible for RISE intervention, 2025", () => {
  const ri = record("2022-01-01", { overall: "requires improvement" });

  it("'needs attention' for leadership and governance after a below-good inspection is stuck", () => {
    const status = stuckStatus([
      ri,
      reportCard("2026-01-20", { ...expected, "leadership and governance": "needs attention" }),
    ]);
    expect(status).toMatchObject({ stuck: true });
    expect(status.source).toContain(
      "schools which receive a 'needs attention' grade for leadership and governance, which were graded below good, or equivalent, at their previous Ofsted inspection"
    );
    expect(status.reading).toBeUndefined();
  });

  it("'needs attention' in another area only is not stuck", () => {
    expect(
      stuckStatus([ri, reportCard("2026-01-20", { ...expected, achievement: "needs attention" })])
        .stuck
    ).toBe(false);
  });

  it("'urgent improvement' in leadership and governance is a category of concern, not stuck", () => {
    const status = stuckStatus([
      ri,
      reportCard("2026-01-20", { ...expected, "leadership and governance": "urgent improvement" }),
    ]);
    expect(status).toMatchObject({
      stuck: false,
      reason: expect.stringContaining("category of concern"),
    });
  });

  it("a previous report card as 'below good, or equivalent' is a TrustTier reading", () => {
    const status = stuckStatus([
      reportCard("2025-12-01", { ...expected, "leadership and governance": "needs attention" }),
      reportCard("2027-12-01", { ...expected, "leadership and governance": "needs attention" }),
    ]);
    expect(status.stuck).toBe(true);
    expect(status.reading).toContain("TrustTier reading");
    const result = classify(
      getBuiltinFramework("category")!,
      {
        values: { historic: "Variable", qa: "Some issues", partnership: "Some issues" },
        inspections: [
          reportCard("2025-12-01", { ...expected, "leadership and governance": "needs attention" }),
          reportCard("2027-12-01", { ...expected, "leadership and governance": "needs attention" }),
        ],
      },
      { asOf: "2028-01-10" }
    );
    expect(explain(result)).toContain("stuck school (DfE; TrustTier reading)");
  });

  it("a predecessor's inspection is not counted, and the reason cites DfE's URN matching", () => {
    const status = stuckStatus([
      record("2018-01-01", { overall: "inadequate", predecessor: true }),
      record("2022-01-01", { overall: "requires improvement" }),
    ]);
    expect(status.stuck).toBe(false);
    expect(status.reading).toContain("URN");
  });
});

describe("publication date: Ofsted counts 'within 30 months' from the report's publication", () => {
  it("holds the publication date where the data has it", () => {
    const result = normaliseInspection({
      date: "2025-03-12",
      published: "2025-04-08",
      overall: "Not judged",
      areas: { "Quality of education": "Requires improvement" },
    });
    expect(result.ok && result.value.published).toBe("2025-04-08");
  });

  it("refuses a publication date before the inspection, saying what was expected", () => {
    const result = normaliseInspection({ date: "2025-03-12", published: "2025-02-01" });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        field: "published",
        message:
          "publication date 2025-02-01 is before the inspection date 2025-03-12; expected the report's publication, on or after the inspection",
      },
    ]);
  });
});
