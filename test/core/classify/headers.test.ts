import {
  classify,
  classifyLevelOnly,
  criteriaColumns,
  criteriaOrderedRow,
  evidenceDatesFromRow,
  evidenceFromRow,
  getBuiltinFramework,
  matchHeadersToCriteria,
} from "../../../src/core";

const category = getBuiltinFramework("category")!;

describe("matchHeadersToCriteria", () => {
  it("matches aliases exactly after normalising case and punctuation, ignoring extra columns", () => {
    const match = matchHeadersToCriteria(category, [
      "URN",
      "Last Ofsted grade",
      "QA VISIT",
      "Partnership review outcome",
      "Notes",
      null,
    ]);
    expect(match.columns).toEqual([null, "ofsted", "qa", "partnership", null, null]);
    expect(match.unmatched).toEqual(["historic", "external"]);
  });

  it("does not guess: a near miss is not a match", () => {
    expect(matchHeadersToCriteria(category, ["Ofsted grades", "QA visitz"]).columns).toEqual([
      null,
      null,
    ]);
  });

  it("reports a criterion named by two headers, using the first", () => {
    const match = matchHeadersToCriteria(category, ["Ofsted", "Notes", "Ofsted rating"]);
    expect(match.duplicates).toEqual([{ criterion: "ofsted", columns: [0, 2] }]);
    expect(match.columnOf.ofsted).toBe(0);
  });

  it("reads the real DfE header OFSTEDRATING", () => {
    expect(matchHeadersToCriteria(category, ["URN", "OFSTEDRATING"]).columnOf).toEqual({
      ofsted: 1,
    });
  });

  it("turns a row into evidence and into the fast path's order, with the same level", () => {
    const headers = ["Name", "Other reports", "QA visits", "Ofsted", "Historic performance"];
    const row = ["Thornton", "Minor issues", "Some issues", "Requires improvement", "Variable"];
    const match = matchHeadersToCriteria(category, headers);
    const result = classify(category, evidenceFromRow(match, row), { asOf: "2025-01-15" });
    expect(result.status === "classified" && result.level.name).toBe("Category 3");
    const columns = criteriaColumns(category, match);
    expect(columns).toEqual([3, 4, 2, -1, 1]);
    expect(classifyLevelOnly(category, criteriaOrderedRow(columns, row))).toBe(2);
  });
});

describe("evidence-date columns", () => {
  // The staleness limits are the framework's: Ofsted's four-year cycle (staleAfterDays 1461,
  // mapping-helpers.ts ofstedCriterion) and 365 days for the category framework's other
  // evidence (category.ts staleAfterDays, 002 seed); classify() counts them from asOf.
  const headers = ["Ofsted", "Last inspection date", "Trend", "QA visit", "Last QA visit date"];
  const row = ["Good", "2021-03-10", "Positive", "No issues", "2024-06-01"];

  it("finds a criterion's date column by its names with 'date', and inspection dates", () => {
    const match = matchHeadersToCriteria(category, headers);
    expect(match.dateColumnOf).toEqual({ ofsted: 1, qa: 4 });
    expect(match.columns).toEqual(["ofsted", null, "historic", "qa", null]);
    expect(matchHeadersToCriteria(category, ["Ofsted", "Ofsted date"]).dateColumnOf).toEqual({
      ofsted: 1,
    });
  });

  it("carries the dates to classify, where asOf decides what is stale", () => {
    const evidence = evidenceFromRow(matchHeadersToCriteria(category, headers), row);
    expect(evidence.dates).toEqual({ ofsted: "2021-03-10", qa: "2024-06-01" });
    const staleOn = (asOf: string) => {
      const result = classify(category, evidence, { asOf });
      return result.status === "classified" ? result.stale.map((item) => item.criterion) : [];
    };
    expect(staleOn("2025-01-06")).toEqual([]);
    expect(staleOn("2025-03-11")).toEqual(["ofsted"]); // 1,461 days after 10 March 2021
    expect(staleOn("2025-06-02")).toEqual(["ofsted", "qa"]); // a year after the QA visit
  });

  it("reports a date cell that is not a date", () => {
    const match = matchHeadersToCriteria(category, headers);
    expect(evidenceDatesFromRow(match, ["Good", "soon", "", "", ""]).problems).toEqual([
      {
        code: "invalid",
        column: 1,
        value: "soon",
        expected: "a date",
        message: expect.stringContaining("'soon'"),
      },
    ]);
  });
});
