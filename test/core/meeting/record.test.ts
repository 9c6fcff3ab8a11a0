import fc from "fast-check";
import {
  buildRegister,
  effectiveHistory,
  historyGrid,
  parseHistory,
  recordMeeting,
  type Decision,
  type HistoryRow,
  type RegisterSchool,
} from "../../../src/core";
import { ALDER, BIRCH, CEDAR, category, historyRow, proposal } from "./support";

const schools: RegisterSchool[] = [
  { ...ALDER, classification: proposal(2) },
  { ...BIRCH, classification: proposal(0) },
  { ...CEDAR, classification: proposal(3), scc: 2 },
];

function record(
  history: readonly HistoryRow[],
  meetingDate: string,
  decisions: Array<Decision & { urn: number }> = []
) {
  const register = buildRegister({
    framework: category,
    meetingDate,
    schools,
    history,
    decisions,
    agreedBy: "Executive Group",
  });
  const result = recordMeeting(history, register, meetingDate);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result;
}

const serialised = (rows: readonly HistoryRow[]) => JSON.stringify(historyGrid(rows));

describe("recordMeeting", () => {
  it("snapshots every school with a readable, stable id", () => {
    const result = record([], "2025-10-15", [
      { urn: ALDER.urn, agreed: "4", reason: "Safeguarding audit", agreedBy: "J Patel" },
    ]);
    expect(result).toMatchObject({ added: 3, corrected: 0, unchanged: 0 });
    expect(result.rows).toEqual([
      {
        rowId: "M2025-10-15-141324",
        meetingDate: "2025-10-15",
        urn: CEDAR.urn,
        framework: "category",
        computed: "Category 4",
        agreed: "Category 4",
        agreedBy: "Executive Group",
        agreement: 1,
        scc: 2,
      },
      {
        rowId: "M2025-10-15-138776",
        meetingDate: "2025-10-15",
        urn: ALDER.urn,
        framework: "category",
        computed: "Category 3",
        agreed: "Category 4",
        reason: "Safeguarding audit",
        agreedBy: "J Patel",
        agreement: 1,
      },
      {
        rowId: "M2025-10-15-140017",
        meetingDate: "2025-10-15",
        urn: BIRCH.urn,
        framework: "category",
        computed: "Category 1",
        agreed: "Category 1",
        agreedBy: "Executive Group",
        agreement: 1,
      },
    ]);
  });

  it("appends a second snapshot and leaves the earlier rows byte-identical", () => {
    const first = record([], "2025-10-15").rows;
    const before = serialised(first);
    const second = record(first, "2025-12-03").rows;
    const after = historyGrid([...first, ...second]);
    expect(JSON.stringify(after.slice(0, first.length + 1))).toBe(before);
    expect(serialised(first)).toBe(before);
    expect(second.map((row) => row.rowId)).toEqual([
      "M2025-12-03-141324",
      "M2025-12-03-138776",
      "M2025-12-03-140017",
    ]);
  });

  it("appends nothing when the same meeting is recorded again unchanged", () => {
    const first = record([], "2025-10-15").rows;
    const again = record(first, "2025-10-15");
    expect(again).toMatchObject({ rows: [], added: 0, corrected: 0, unchanged: 3 });
  });

  it("corrects a school whose decision changed since the meeting was recorded", () => {
    const first = record([], "2025-10-15").rows;
    const corrected = record(first, "2025-10-15", [
      { urn: BIRCH.urn, agreed: "Category 2", reason: "Complaints rising", agreedBy: "J Patel" },
    ]);
    expect(corrected).toMatchObject({ added: 0, corrected: 1, unchanged: 2 });
    expect(corrected.rows).toEqual([
      expect.objectContaining({
        rowId: "M2025-10-15-140017-2",
        agreed: "Category 2",
        supersedes: "M2025-10-15-140017",
      }),
    ]);
    const history = [...first, ...corrected.rows];
    const birch = effectiveHistory(history).rows.filter((row) => row.urn === BIRCH.urn);
    expect(birch.map((row) => row.agreed)).toEqual(["Category 2"]);
    const again = record(history, "2025-10-15", [
      { urn: BIRCH.urn, agreed: "Category 3", reason: "Further complaints", agreedBy: "J Patel" },
    ]);
    expect(again.rows.map((row) => [row.rowId, row.supersedes])).toEqual([
      ["M2025-10-15-140017-3", "M2025-10-15-140017-2"],
    ]);
  });

  it("never mints an id that a dangling Supersedes already names, so no old row hides the new one", () => {
    const dangling = historyRow("Fix1", "2025-10-15", ALDER.urn, "Category 3", {
      supersedes: "M2025-10-15-140017",
    });
    const result = record([dangling], "2025-10-15");
    expect(result.rows.map((row) => [row.rowId, row.supersedes])).toEqual([
      ["M2025-10-15-141324", undefined],
      ["M2025-10-15-138776", "Fix1"],
      ["M2025-10-15-140017-2", undefined],
    ]);
  });

  it("records nothing while any decision is invalid", () => {
    const register = buildRegister({
      framework: category,
      meetingDate: "2025-10-15",
      schools,
      history: [],
      decisions: [{ urn: BIRCH.urn, agreed: "Category 3" }],
    });
    const result = recordMeeting([], register, "2025-10-15");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual([
      "reason",
      "agreedBy",
    ]);
  });

  it("refuses a school listed twice", () => {
    const register = buildRegister({
      framework: category,
      meetingDate: "2025-10-15",
      schools: [schools[1], schools[1]],
      history: [],
    });
    const result = recordMeeting([], register, "2025-10-15");
    expect(!result.ok && result.problems.map((problem) => problem.message)).toEqual([
      "Birch High (URN 140017) appears twice in the register; record it once",
    ]);
  });

  const existingRow = fc
    .record({
      id: fc.constantFrom("M2025-10-15-138776", "M2025-10-15-138776-2", "M2025-12-03-140017", "X1"),
      date: fc.constantFrom("2025-10-15", "2025-12-03", "2026-01-28"),
      urn: fc.constantFrom(ALDER.urn, BIRCH.urn, CEDAR.urn),
      level: fc.constantFrom("Category 1", "Category 2", "Category 3", "Category 4"),
      supersedes: fc.option(fc.constantFrom("M2025-10-15-138776", "X1"), { nil: undefined }),
    })
    .map(({ id, date, urn, level, supersedes }) =>
      historyRow(id, date, urn, level, supersedes ? { supersedes } : {})
    );
  const decision = fc.record({
    urn: fc.constantFrom(ALDER.urn, BIRCH.urn, CEDAR.urn),
    agreed: fc.constantFrom("1", "2", "3", "4", ""),
    reason: fc.constantFrom("Reason given", ""),
  });

  it("never changes or repeats an existing row, and recording again appends nothing", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(existingRow, { selector: (row) => row.rowId, maxLength: 4 }),
        fc.array(decision, { maxLength: 3 }),
        fc.constantFrom("2025-10-15", "2025-12-03", "2026-01-28"),
        (history, decisions, date) => {
          const before = serialised(history);
          const register = buildRegister({
            framework: category,
            meetingDate: date,
            schools,
            history,
            decisions,
          });
          const result = recordMeeting(history, register, date, { agreedBy: "Chair" });
          expect(serialised(history)).toBe(before);
          if (!result.ok) return;
          const ids = [...history, ...result.rows].map((row) => row.rowId);
          expect(new Set(ids).size).toBe(ids.length);
          const appended = [...history, ...result.rows];
          expect(JSON.stringify(historyGrid(appended).slice(0, history.length + 1))).toBe(before);
          expect(parseHistory(historyGrid(appended)).problems).toEqual([]);
          const reRegister = buildRegister({
            framework: category,
            meetingDate: date,
            schools,
            history: appended,
            decisions,
          });
          expect(recordMeeting(appended, reRegister, date, { agreedBy: "Chair" })).toMatchObject({
            ok: true,
            rows: [],
          });
        }
      )
    );
  });
});
