import { classify, explain, getBuiltinFramework, type Classification } from "../../../src/core";

const category = getBuiltinFramework("category")!;
const asOf = "2025-01-15";
const run = (values: Record<string, unknown>, extra = {}) =>
  classify(category, { values: values as never, ...extra }, { asOf });
const levelOf = (result: Classification) =>
  result.status === "classified" ? result.level.name : result.status;

describe("category (002 Judgement Categorisation table)", () => {
  it.each([
    [
      "1\t1 or 2\tPositive\tNo issues\tNo issues\tNo issues",
      {
        ofsted: 1,
        historic: "Positive",
        qa: "No issues",
        partnership: "No issues",
        external: "No issues",
      },
      "Category 1",
    ],
    [
      "2\t1 or 2\tPositive\tMinor issues\tMinor issues\tMinor issues",
      {
        ofsted: 2,
        historic: "Positive",
        qa: "Minor issues",
        partnership: "Minor issues",
        external: "Minor issues",
      },
      "Category 2",
    ],
    [
      "3\t2 or 3\tVariable or declining\tSome issues\tSome issues\tSome issues",
      {
        ofsted: 3,
        historic: "Variable",
        qa: "Some issues",
        partnership: "Some issues",
        external: "Some issues",
      },
      "Category 3",
    ],
    [
      "4\t3 or 4\tDeclining\tSignificant issues\tSignificant issues\tSignificant issues",
      {
        ofsted: 4,
        historic: "Declining",
        qa: "Significant issues",
        partnership: "Significant issues",
        external: "Significant issues",
      },
      "Category 4",
    ],
  ])("the seed's row '%s' gives its own category, Secure", (_row, values, expected) => {
    const result = run(values);
    expect(levelOf(result)).toBe(expected);
    expect(result.status === "classified" && result.security).toBe("Secure");
  });

  // Issue 14, item 9: TRUST.TREND's "Variable (below national, improving)" (a TrustTier reading
  // of seed 002's "in relation to national benchmarks") reads as Variable, never as Positive.
  it("reads TREND's below-national-improving note as Variable, sourced as a TrustTier reading", () => {
    const values = {
      ofsted: 2,
      historic: "Variable (below national, improving)",
      qa: "Minor issues",
      partnership: "Minor issues",
      external: "Minor issues",
    };
    const result = run(values);
    expect(result.status).toBe("classified");
    const item = result.pieces.find((p) => p.id === "historic")?.items[0];
    expect(item?.value).toBe("variable (below national, improving)");
    const row = category.mapping.find((m) => m.value === "variable (below national, improving)")!;
    expect(row.source).toMatch(/^TrustTier reading/);
    expect(row.notApplicable === false && [row.from, row.to]).toEqual(["cat3", "cat3"]);
  });

  it("explains the issue's example: Category 3, Borderline, drivers at or above it", () => {
    const result = run({
      ofsted: 3,
      historic: "Positive",
      qa: "Some issues",
      partnership: "some issues",
      external: "Minor issues",
    });
    expect(explain(result)).toBe(
      "Category 3 (proposed): Ofsted 3, QA visits Some issues, Partnership review some issues; no floor; 5 of 5 criteria; Borderline"
    );
  });

  it("sends an even split to the level of greater concern", () => {
    // Distances: Category 2 and Category 3 both 5; Category 1 and 4 both 6.
    const result = run({
      ofsted: "Good",
      historic: "Positive",
      qa: "No issues",
      partnership: "Significant issues",
      external: "Significant issues",
    });
    expect(levelOf(result)).toBe("Category 3");
  });

  it("is an ordinal median, not a count of criteria that fit: Ofsted 2 fitting three categories does not dominate", () => {
    // Counting fits would pick Category 1 (Ofsted 2 and Positive both fit it, one more than any other).
    const result = run({
      ofsted: 2,
      historic: "Positive",
      qa: "Some issues",
      partnership: "Some issues",
      external: "Minor issues",
    });
    expect(levelOf(result)).toBe("Category 3");
  });

  it("puts any Ofsted category of concern in Category 4, whatever else the evidence says", () => {
    const result = run({
      ofsted: "Special measures",
      historic: "Positive",
      qa: "No issues",
      partnership: "No issues",
      external: "No issues",
    });
    expect(levelOf(result)).toBe("Category 4");
    expect(result.status === "classified" && result.floors.map((floor) => floor.label)).toEqual([
      "Ofsted category of concern",
    ]);
    expect(result.status === "classified" && result.bestFit?.name).toBe("Category 1");
  });

  it("reviews termly, and category 4 every half term ('For category 4 schools, this will be carried out every half term')", () => {
    const three = run({ ofsted: 3, historic: "Variable", qa: "Some issues" });
    const four = run({ ofsted: 4, historic: "Declining", qa: "Significant issues" });
    expect(three.status === "classified" && three.nextReview).toBe("2025-04-21"); // default Summer 1 start
    expect(four.status === "classified" && four.nextReview).toBe("2025-02-24"); // default Spring 2 start
  });

  it("needs three pieces of evidence: 'not enough evidence (2 of 5 criteria)'", () => {
    const result = run({ ofsted: 2, qa: "Minor issues" });
    expect(result.status).toBe("not enough evidence");
    expect(explain(result)).toMatch(/^not enough evidence \(2 of 5 criteria/);
    expect(result.missing).toEqual([
      "Historic performance",
      "Partnership review",
      "Other external reports",
    ]);
    // Historic performance can be derived from published data; the rest only the trust holds.
    expect(result.status === "not enough evidence" && result.trustHeldMissing).toEqual([
      "Partnership review",
      "Other external reports",
    ]);
    expect(explain(result)).toBe(
      "not enough evidence (2 of 5 criteria; Symphony category needs 3): needs Partnership review or Other external reports"
    );
  });

  it("leaves Ofsted and published data out of the trust-held evidence it names", () => {
    const result = run({ qa: "Minor issues", partnership: "No issues" });
    expect(explain(result)).toBe(
      "not enough evidence (2 of 5 criteria; Symphony category needs 3): needs Other external reports"
    );
  });

  it("treats DfE suppression codes as not available, shown with their code, never as errors", () => {
    const result = run({
      ofsted: 2,
      historic: "SUPP",
      qa: "Minor issues",
      partnership: "No issues",
      external: "No issues",
    });
    expect(levelOf(result)).toBe("Category 1");
    expect(result.unavailable).toEqual([
      { criterion: "historic", label: "Historic performance", code: "SUPP" },
    ]);
    expect(result.missing).toEqual([]);
  });

  it("names unknown text and the accepted forms, never guessing", () => {
    const result = run({
      ofsted: "Goodish",
      historic: "Positive",
      qa: "Lots of issues",
      partnership: "No issues",
    });
    expect(result.status).toBe("invalid");
    const message = result.status === "invalid" ? result.message : "";
    expect(message).toContain(
      "Ofsted value 'Goodish' is not recognised; expected Outstanding, Good"
    );
    expect(message).toContain(
      "QA visits value 'Lots of issues' is not recognised; expected one of: no issues, minor issues, some issues, significant issues"
    );
  });

  it("reads report cards: 'Expected standard' is a good standard, not requires improvement", () => {
    const interval = (ofsted: string) => {
      const piece = run({ ofsted, historic: "Positive", qa: "No issues" }).pieces[0];
      return [piece.from, piece.to];
    };
    expect(interval("Expected standard")).toEqual(interval("Good"));
    expect(interval("Needs attention")).toEqual(interval("Requires improvement"));
    expect(interval("Expected standard")).not.toEqual(interval("Requires improvement"));
  });

  it("uses the latest inspection's graded areas when it has no overall grade, as one piece of evidence", () => {
    const result = run(
      { historic: "Positive", qa: "Minor issues" },
      {
        inspections: [
          {
            date: "2025-12-01",
            regime: "report card",
            areas: {
              inclusion: "needs attention",
              achievement: "expected standard",
              "curriculum and teaching": "needs attention",
            },
            predecessor: false,
          },
        ],
      }
    );
    expect(result.supplied).toBe(3);
    expect(result.pieces[0].items[0].display).toContain("best fit Category 3");
  });
});
