import {
  BELOW_NATIONAL_IMPROVING,
  ragRule,
  ragUnratedReason,
  trendRule,
} from "../../../src/core/measures/rules";

// The rules TRUST.TREND and TRUST.RAG apply (README "Functions", docs/functions.md); the
// functions' own tests (test/functions/trend-rag.test.ts) cover reading cells into them.
describe("the TREND rule", () => {
  it.each([
    [[1, 2, 3], false, "Positive"],
    [[2, 2, 2], false, "Positive"],
    [[3, 2, 1], false, "Declining"],
    [[1, 3, 2], false, "Variable"],
    [[5, 4, 3], true, "Positive"], // falling, but at or above national every year
    [[-3, -1, 2], true, "Positive"], // improving, and at or above national now
    [[1, -1, -2], true, "Declining"],
    [[-1, 2, -3], true, "Variable"],
  ])("standings %j (national: %s) are %s", (standings, hasNational, expected) => {
    expect(trendRule(standings, hasNational)).toBe(expected);
  });

  // Seed 002, Judgement Categorisation: "Historic performance in relation to national
  // benchmarks" — Positive / Variable or declining / Declining. Issue 14, item 9: −30 → −26 →
  // −22 points below national is improving, not Positive in relation to national.
  it("does not call a school Positive while it stays below national, however it improves", () => {
    expect(trendRule([-30, -26, -22], true)).toBe(BELOW_NATIONAL_IMPROVING);
    expect(BELOW_NATIONAL_IMPROVING).toBe("Variable (below national, improving)");
    expect(trendRule([-30, -30, -22], true)).toBe(BELOW_NATIONAL_IMPROVING);
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
    [95, 94, undefined, true, "Green"], // meets the target: Green needs nothing more
  ])("value %d, target %s, national %s (higher better: %s) is %s", (v, t, n, h, expected) => {
    expect(ragRule(v, t, n, h)).toBe(expected);
  });

  // Issue 14, item 8: a target but no national figure (suspensions) must not turn a good school
  // Red; Amber and Red need both benchmarks, otherwise the card says in words what it meets.
  it.each([
    [0.4, 0.2, undefined, false, "misses the target and there is no national figure"],
    [
      91,
      undefined,
      90,
      true,
      "no target: RAG needs one (Green means meeting the target); the value is at or better than national",
    ],
    [89, undefined, 90, true, "the value is worse than national"],
    [89, undefined, undefined, true, "no target or national figure"],
  ])("gives no colour to %d with target %s and national %s, and says why", (v, t, n, h, why) => {
    expect(ragRule(v, t, n, h)).toBeUndefined();
    expect(ragUnratedReason(v, t, n, h)).toContain(why);
  });
});
