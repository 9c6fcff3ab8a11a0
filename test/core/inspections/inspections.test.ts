import {
  inspectionFactsOf,
  normaliseInspection,
  normaliseInspectionOutcome,
  stuckStatus,
  type InspectionRecord,
} from "../../../src/core/inspections";

const outcomeName = (value: Parameters<typeof normaliseInspectionOutcome>[0]) => {
  const result = normaliseInspectionOutcome(value);
  return result.ok ? result.value.name : result.message;
};

describe("Ofsted outcomes in every regime", () => {
  it.each([
    [1, "outstanding"],
    ["2", "good"],
    ["RI", "requires improvement"],
    ["Req. improvement", "requires improvement"],
    ["requires improvement to be good", "requires improvement"],
    ["Satisfactory", "requires improvement"],
    ["INADEQUATE", "inadequate"],
    ["Not judged", "not judged"],
    ["Exceptional", "exceptional"],
    ["strong standard", "strong standard"],
    ["Expected standard", "expected standard"],
    ["Needs attention", "needs attention"],
    ["Urgent improvement", "urgent improvement"],
    ["Remains good", "remains good"],
    ["Continues to be outstanding", "remains outstanding"],
    ["Special measures", "special measures"],
    ["serious weaknesses", "serious weaknesses"],
    ["Requires significant improvement", "requires significant improvement"],
  ])("reads %p as %s", (cell, name) => {
    expect(outcomeName(cell)).toBe(name);
  });

  it("names unknown text and lists the accepted forms, never guessing", () => {
    const message = outcomeName("Goodish");
    expect(message).toContain("'Goodish' is not a recognised Ofsted outcome");
    expect(message).toContain("Outstanding, Good, Requires improvement (RI), Inadequate or 1-4");
    expect(message).toContain("Expected standard");
    expect(outcomeName(5)).toContain("5 is not a recognised");
  });
});

describe("normaliseInspection", () => {
  it("reads an EIF inspection with a DfE compact date", () => {
    const result = normaliseInspection({
      date: "20190702",
      overall: "Requires Improvement",
      safeguarding: "Effective",
    });
    expect(result).toEqual({
      ok: true,
      value: {
        date: "2019-07-02",
        regime: "eif",
        overall: "requires improvement",
        areas: {},
        safeguarding: "met",
        predecessor: false,
      },
      warnings: [],
    });
  });

  it("reads a September 2024 - November 2025 inspection: key judgements, overall 'Not judged'", () => {
    const result = normaliseInspection({
      date: "2025-03-12",
      overall: "Not judged",
      areas: {
        "Quality of education": "Good",
        "B&A": "Outstanding",
        "L&M": "RI",
        "Early years": "n/a",
      },
    });
    expect(result.ok && result.value).toMatchObject({
      regime: "key judgements",
      areas: {
        "quality of education": "good",
        "behaviour and attitudes": "outstanding",
        "leadership and management": "requires improvement",
      },
    });
    expect(result.ok && result.value.overall).toBeUndefined();
  });

  it("reads a report card from 10 November 2025, with safeguarding Met / Not met", () => {
    const result = normaliseInspection({
      date: "2025-11-20",
      type: "Report card",
      areas: {
        Inclusion: "Expected standard",
        "Curriculum and teaching": "Needs attention",
        Achievement: "Strong standard",
      },
      safeguarding: "Not met",
    });
    expect(result.ok && result.value).toMatchObject({
      regime: "report card",
      safeguarding: "not met",
    });
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("warns when report-card outcomes are dated before report cards began", () => {
    const result = normaliseInspection({
      date: "2025-06-01",
      areas: { Inclusion: "Expected standard" },
    });
    expect(result.ok && result.warnings[0]).toContain("before report cards began");
  });

  it("refuses an inspection that mixes report-card words with EIF grades", () => {
    const result = normaliseInspection({
      areas: { Inclusion: "Needs attention", "Quality of education": "Good" },
    });
    expect(result.ok ? [] : result.problems).toContainEqual({
      message: "mixes report-card outcomes with EIF grades; an inspection uses one scale",
    });
  });

  it("reads categories of concern from the overall cell or their own column", () => {
    const fromOverall = normaliseInspection({ overall: "Special measures" });
    const fromColumn = normaliseInspection({ overall: "Inadequate", categoryOfConcern: "SW" });
    expect(fromOverall.ok && fromOverall.value.concern).toBe("special measures");
    expect(fromColumn.ok && fromColumn.value.concern).toBe("serious weaknesses");
  });

  it("names every field it cannot read", () => {
    const result = normaliseInspection({
      date: "soon",
      overall: "Goodish",
      areas: { Vibes: "Good" },
      predecessor: "maybe",
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => p.message);
    expect(problems).toHaveLength(4);
    // Each problem carries the field or area it is about, not only words naming it.
    expect(result.ok ? [] : result.problems.map((p) => p.field ?? p.area)).toEqual([
      "date",
      "overall",
      "Vibes",
      "predecessor",
    ]);
    expect(problems.join("\n")).toMatch(/inspection date: 'soon'/);
    expect(problems.join("\n")).toMatch(/overall: 'Goodish'/);
    expect(problems.join("\n")).toMatch(/area 'Vibes'/);
    expect(problems.join("\n")).toMatch(/predecessor 'maybe'/);
  });
});

const record = (date: string, fields: Partial<InspectionRecord>): InspectionRecord => ({
  date,
  regime: "eif",
  areas: {},
  predecessor: false,
  ...fields,
});

describe("inspection history facts", () => {
  it("finds requires improvement twice in a row, skipping ungraded inspections", () => {
    const history = [
      record("2019-01-10", { overall: "requires improvement" }),
      record("2022-05-04", { overall: "requires improvement" }),
      record("2021-06-01", { regime: "ungraded", overall: "remains good" }),
    ];
    expect(inspectionFactsOf(history).map((finding) => finding.fact)).toEqual([
      "requires improvement twice",
    ]);
  });

  it("does not count report cards' 'Needs attention' towards requires improvement twice", () => {
    const history = [
      record("2022-05-04", { overall: "requires improvement" }),
      record("2025-12-01", { regime: "report card", areas: { inclusion: "needs attention" } }),
    ];
    expect(inspectionFactsOf(history)).toEqual([]);
  });

  it("counts a key-judgement inspection whose worst judgement is requires improvement as equivalent", () => {
    const history = [
      record("2021-03-01", { overall: "requires improvement" }),
      record("2024-11-01", {
        regime: "key judgements",
        areas: { "quality of education": "requires improvement", "personal development": "good" },
      }),
    ];
    expect(inspectionFactsOf(history).map((finding) => finding.fact)).toContain(
      "requires improvement twice"
    );
  });

  it("flags a category of concern and safeguarding not met at the latest inspection, and which belong to a predecessor", () => {
    const findings = inspectionFactsOf([
      record("2023-02-01", { overall: "inadequate", safeguarding: "not met", predecessor: true }),
    ]);
    expect(findings.map((finding) => [finding.fact, finding.predecessor])).toEqual([
      ["category of concern", true],
      ["safeguarding not met", true],
    ]);
  });

  it("ignores an old concern once a later inspection has lifted it", () => {
    const history = [
      record("2019-01-01", { concern: "special measures" }),
      record("2021-01-01", { overall: "good" }),
    ];
    expect(inspectionFactsOf(history)).toEqual([]);
  });
});

describe("DfE stuck schools", () => {
  it("is requires improvement at the latest inspection and below good at the one before", () => {
    const status = stuckStatus([
      record("2018-01-01", { overall: "inadequate" }),
      record("2022-01-01", { overall: "requires improvement" }),
    ]);
    expect(status.stuck).toBe(true);
    expect(status.source).toContain("DfE");
  });

  it("is not stuck when the earlier judgement belongs to a predecessor school (a different structure)", () => {
    const status = stuckStatus([
      record("2018-01-01", { overall: "inadequate", predecessor: true }),
      record("2022-01-01", { overall: "requires improvement" }),
    ]);
    expect(status).toMatchObject({ stuck: false, reason: expect.stringContaining("predecessor") });
  });

  it("is not stuck after a good inspection", () => {
    expect(
      stuckStatus([
        record("2018-01-01", { overall: "good" }),
        record("2022-01-01", { overall: "requires improvement" }),
      ]).stuck
    ).toBe(false);
  });
});
