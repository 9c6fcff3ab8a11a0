import { isoToExcelSerial, levelCounts, levelCountsGrid, nowVsLastGrid } from "../../../src/core";
import { category, historyRow, stages } from "./support";

const history = [
  historyRow("M1", "2025-10-15", 138776, "Category 2"),
  historyRow("M2", "2025-10-15", 140017, "Category 2"),
  historyRow("M3", "2025-10-15", 141324, "Category 4"),
  historyRow("M4", "2025-12-03", 138776, "Category 3"),
  historyRow("M5", "2025-12-03", 140017, "Category 1"),
  historyRow("M6", "2025-12-03", 141324, "Category 2"),
  historyRow("M6-2", "2025-12-03", 141324, "4", { supersedes: "M6" }),
  { ...historyRow("S1", "2025-12-03", 138776, "B Improve"), framework: "stages" },
];

describe("levelCounts", () => {
  const counts = levelCounts(history, category);

  it("counts agreed levels per meeting after corrections, for this framework only", () => {
    expect(counts.problems).toEqual([]);
    expect(counts.meetings).toEqual([
      { meetingDate: "2025-10-15", counts: [0, 2, 0, 1], total: 3 },
      { meetingDate: "2025-12-03", counts: [1, 0, 1, 1], total: 3 },
    ]);
    expect(levelCounts(history, stages).meetings).toEqual([
      { meetingDate: "2025-12-03", counts: [0, 1, 0, 0], total: 1 },
    ]);
  });

  it("gives the figures over the meetings as a table", () => {
    expect(levelCountsGrid(counts)).toEqual([
      ["Meeting", "Category 1", "Category 2", "Category 3", "Category 4", "Total"],
      [isoToExcelSerial("2025-10-15"), 0, 2, 0, 1, 3],
      [isoToExcelSerial("2025-12-03"), 1, 0, 1, 1, 3],
    ]);
  });

  it("gives now against last meeting, most concern first", () => {
    expect(nowVsLastGrid(counts)).toEqual([
      ["Level", "Last meeting (2025-10-15)", "This meeting (2025-12-03)", "Change"],
      ["Category 4", 1, 1, 0],
      ["Category 3", 0, 1, 1],
      ["Category 2", 2, 0, -2],
      ["Category 1", 0, 1, 1],
    ]);
    expect(nowVsLastGrid(counts, "2025-11-01")[0]).toEqual([
      "Level",
      "Last meeting",
      "This meeting (2025-10-15)",
      "Change",
    ]);
  });

  it("reports rows whose level it cannot count", () => {
    const bad = levelCounts([...history, historyRow("Z", "2025-12-03", 142001, "Cat 7")], category);
    expect(bad.problems.map((problem) => problem.message)).toEqual([
      "row Z: agreed level 'Cat 7' is not a level of Symphony category; not counted",
    ]);
    expect(bad.meetings[1].total).toBe(3);
  });
});
