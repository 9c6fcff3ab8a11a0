import { effectiveHistory } from "../../../src/core";
import { historyRow } from "./support";

const ids = (rows: Array<{ rowId: string }>) => rows.map((row) => row.rowId);

describe("effectiveHistory", () => {
  it("replaces a row by the row that supersedes it", () => {
    const result = effectiveHistory([
      historyRow("M1", "2025-10-15", 138776, "Category 2"),
      historyRow("M2", "2025-10-15", 140017, "Category 1"),
      historyRow("M1-2", "2025-10-15", 138776, "Category 3", {
        reason: "Typed the wrong category",
        agreedBy: "J Patel",
        supersedes: "M1",
      }),
    ]);
    expect(result.problems).toEqual([]);
    expect(ids(result.rows)).toEqual(["M2", "M1-2"]);
  });

  it("follows chains: a correction that is itself superseded gives way in turn", () => {
    const result = effectiveHistory([
      historyRow("M1", "2025-10-15", 138776, "Category 2"),
      historyRow("M1-3", "2025-10-15", 138776, "Category 4", { supersedes: "M1-2" }),
      historyRow("M1-2", "2025-10-15", 138776, "Category 3", { supersedes: "M1" }),
    ]);
    expect(result.problems).toEqual([]);
    expect(ids(result.rows)).toEqual(["M1-3"]);
  });

  it("reports a supersedes naming a missing row and keeps the row", () => {
    const result = effectiveHistory([
      historyRow("M1", "2025-10-15", 138776, "Category 2"),
      historyRow("M9", "2025-10-15", 140017, "Category 3", { supersedes: "M7" }),
    ]);
    expect(ids(result.rows)).toEqual(["M1", "M9"]);
    expect(result.problems).toEqual([
      {
        code: "conflict",
        rowId: "M9",
        message: "row M9 supersedes M7, which is not in the history; the row stands on its own",
      },
    ]);
  });

  it("reports two corrections of one row and keeps the later", () => {
    const result = effectiveHistory([
      historyRow("M1", "2025-10-15", 138776, "Category 2"),
      historyRow("A", "2025-10-15", 138776, "Category 3", { supersedes: "M1" }),
      historyRow("B", "2025-10-15", 138776, "Category 4", { supersedes: "M1" }),
    ]);
    expect(ids(result.rows)).toEqual(["B"]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      "rows A and B both supersede M1; the later row, B, stands",
    ]);
  });

  it("reports loops and self-references instead of losing every row of the loop", () => {
    const loop = effectiveHistory([
      historyRow("A", "2025-10-15", 138776, "Category 2", { supersedes: "B" }),
      historyRow("B", "2025-10-15", 138776, "Category 3", { supersedes: "A" }),
      historyRow("C", "2025-10-15", 140017, "Category 1", { supersedes: "C" }),
    ]);
    expect(ids(loop.rows)).toEqual(["B", "C"]);
    expect(loop.problems.map((problem) => problem.message)).toEqual([
      "row C supersedes itself; the link is ignored",
      "rows A, B supersede each other in a loop; B, the latest in the table, stands",
    ]);
  });

  it("refuses to guess which of two rows with one id a correction means", () => {
    const result = effectiveHistory([
      historyRow("M1", "2025-10-15", 138776, "Category 2"),
      historyRow("M1", "2025-10-15", 140017, "Category 2"),
      historyRow("M1-2", "2025-10-15", 141324, "Category 3", { supersedes: "M1" }),
    ]);
    expect(result.rows).toHaveLength(3);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      "row M1-2 supersedes M1, but 2 rows have that id; the row stands on its own",
    ]);
  });

  it("keeps one row per school and meeting when two were recorded at once", () => {
    const result = effectiveHistory([
      historyRow("M2025-10-15-138776", "2025-10-15", 138776, "Category 2"),
      historyRow("M2025-10-15-138776", "2025-10-15", 138776, "Category 2"),
      historyRow("M2025-10-15-138776", "2025-10-15", 138776, "Category 2", { framework: "stages" }),
      historyRow("Hand", "2025-10-15", 138776, "Category 3"),
    ]);
    expect(result.rows).toEqual([
      historyRow("M2025-10-15-138776", "2025-10-15", 138776, "Category 2", { framework: "stages" }),
      historyRow("Hand", "2025-10-15", 138776, "Category 3"),
    ]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      "rows M2025-10-15-138776 and M2025-10-15-138776 both record URN 138776 at the meeting on 2025-10-15; the later row, M2025-10-15-138776, stands (a correction names the row it corrects in Supersedes)",
      "rows M2025-10-15-138776 and Hand both record URN 138776 at the meeting on 2025-10-15; the later row, Hand, stands (a correction names the row it corrects in Supersedes)",
    ]);
  });
});
