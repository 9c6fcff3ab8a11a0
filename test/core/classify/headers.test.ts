import {
  classify,
  classifyLevelOnly,
  criteriaOrderedRow,
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
    expect(classifyLevelOnly(category, criteriaOrderedRow(category, match, row))).toBe(2);
  });
});
