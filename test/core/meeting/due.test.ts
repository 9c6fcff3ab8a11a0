import { reviewDue, type Framework, type HalfTerm } from "../../../src/core";
import { category, historyRow } from "./support";

const [cat1, cat2, cat3, cat4] = category.levels;
// Default half terms for 2025/26: Autumn 2 starts 2025-10-27, Spring 1 2026-01-05.
const AUTUMN_1 = "2025-10-15";
const AUTUMN_2 = "2025-12-03";
const SPRING_1 = "2026-01-28";

describe("reviewDue: the level's cadence from the trust's term dates", () => {
  it("reviews a new school", () => {
    expect(reviewDue(category, [], AUTUMN_1, { agreed: cat2 })).toEqual({
      due: true,
      reason: "Due: new: not reviewed at an earlier meeting",
      nextReviewDue: "2026-01-05",
    });
  });

  it("reviews category 4 (half-termly) at the first meeting of every half term", () => {
    const history = [historyRow("M1", AUTUMN_1, 138776, "Category 4")];
    expect(reviewDue(category, history, AUTUMN_2, { computed: cat4, agreed: cat4 })).toEqual({
      due: true,
      reason: "Due: Category 4 is reviewed half-termly; last reviewed 2025-10-15",
      lastReviewed: AUTUMN_1,
      nextReviewDue: "2026-01-05",
    });
    expect(reviewDue(category, history, "2025-10-16", { computed: cat4 }).due).toBe(false);
  });

  it("reviews category 2 (termly) at the first meeting of each term only, though every meeting records it", () => {
    const history = [
      historyRow("M1", AUTUMN_1, 138776, "Category 2"),
      historyRow("M2", AUTUMN_2, 138776, "Category 2"),
    ];
    expect(reviewDue(category, history.slice(0, 1), AUTUMN_2, { computed: cat2 })).toEqual({
      due: false,
      reason: "Not due: Category 2 is reviewed termly; last reviewed 2025-10-15",
      lastReviewed: AUTUMN_1,
      nextReviewDue: "2026-01-05",
    });
    expect(reviewDue(category, history, SPRING_1, { computed: cat2 })).toMatchObject({
      due: true,
      reason: "Due: Category 2 is reviewed termly; last reviewed 2025-10-15",
    });
  });

  it("reviews a school whose computed level differs from the level last agreed", () => {
    const history = [historyRow("M1", AUTUMN_1, 138776, "Category 2")];
    expect(reviewDue(category, history, AUTUMN_2, { computed: cat3 })).toMatchObject({
      due: true,
      reason: "Due: the computed level, Category 3, differs from the last agreed, Category 2",
    });
    expect(reviewDue(category, history, AUTUMN_2, { computed: cat1 }).due).toBe(true);
  });

  it("uses the trust's own term dates before TrustTier's defaults", () => {
    const spring1: HalfTerm = {
      academicYear: "2025/26",
      name: "Spring 1",
      start: "2026-01-12",
      end: "2026-02-13",
      isDefault: false,
    };
    const history = [historyRow("M2", AUTUMN_2, 138776, "Category 2")];
    expect(reviewDue(category, history, "2026-01-08", { computed: cat2 }).due).toBe(true);
    expect(reviewDue(category, history, "2026-01-08", { computed: cat2 }, [spring1]).due).toBe(
      false
    );
  });

  it("counts from the last meeting that reviewed the school or changed its level", () => {
    const every4Weeks: Framework = {
      ...category,
      levels: category.levels.map((level) => ({ ...level, cadence: { kind: "weeks", weeks: 4 } })),
    };
    const fortnightly = [
      historyRow("M1", "2025-09-17", 138776, "Category 2"),
      historyRow("M2", "2025-10-01", 138776, "Category 2"),
    ];
    expect(reviewDue(every4Weeks, fortnightly, "2025-10-15", {}).due).toBe(true);
    const changed = [
      ...fortnightly,
      historyRow("M3", "2025-10-08", 138776, "Category 3", { computed: "Category 2" }),
    ];
    expect(reviewDue(every4Weeks, changed, "2025-10-15", {})).toEqual({
      due: false,
      reason: "Not due: Category 3 is reviewed every 4 weeks; last reviewed 2025-10-08",
      lastReviewed: "2025-10-08",
      nextReviewDue: "2025-11-05",
    });
  });

  it("ignores rows on or after the meeting, so rebuilding a recorded meeting gives the same answer", () => {
    const history = [
      historyRow("M1", AUTUMN_1, 138776, "Category 2"),
      historyRow("M2", AUTUMN_2, 138776, "Category 2"),
    ];
    expect(reviewDue(category, history, AUTUMN_2, { computed: cat2 })).toEqual(
      reviewDue(category, history.slice(0, 1), AUTUMN_2, { computed: cat2 })
    );
  });
});
