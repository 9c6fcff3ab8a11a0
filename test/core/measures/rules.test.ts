import { ragRule, trendRule } from "../../../src/core/measures/rules";

// The rules TRUST.TREND and TRUST.RAG apply (README "Functions", docs/functions.md); the
// functions' own tests (test/functions/trend-rag.test.ts) cover reading cells into them.
describe("the TREND rule", () => {
  it.each([
    [[1, 2, 3], false, "Positive"],
    [[2, 2, 2], false, "Positive"],
    [[3, 2, 1], false, "Declining"],
    [[1, 3, 2], false, "Variable"],
    [[5, 4, 3], true, "Positive"], // falling, but at or above national every year
    [[1, -1, -2], true, "Declining"],
    [[-1, 2, -3], true, "Variable"],
  ])("standings %j (national: %s) are %s", (standings, hasNational, expected) => {
    expect(trendRule(standings, hasNational)).toBe(expected);
  });
});

describe("the RAG rule", () => {
  it.each([
    [95, 94, 90, true, "Green"],
    [92, 94, 90, true, "Amber"],
    [88, 94, 90, true, "Red"],
    [12, 15, 20, false, "Green"], // persistent absence: lower is better
    [18, 15, 20, false, "Amber"],
    [25, 15, 20, false, "Red"],
    [91, undefined, 90, true, "Green"],
    [89, undefined, 90, true, "Red"],
    [89, 90, undefined, true, "Red"],
  ])("value %d, target %s, national %s (higher better: %s) is %s", (v, t, n, h, expected) => {
    expect(ragRule(v, t, n, h)).toBe(expected);
  });
});
