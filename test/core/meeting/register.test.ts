import {
  buildRegister,
  historyGrid,
  parseHistory,
  projectedColumns,
  recordMeeting,
  registerColumns,
  registerGrid,
  setAction,
  type HistoryRow,
  type RegisterInput,
  type RegisterSchool,
} from "../../../src/core";
import { ALDER, BIRCH, CEDAR, category, historyRow, notEnoughEvidence, proposal } from "./support";

const DAWN = { urn: 142001, name: "Dawn Infants" };
const schools: RegisterSchool[] = [
  { ...ALDER, classification: proposal(2), notes: { safeguardingHr: "LADO referral open" } },
  {
    ...BIRCH,
    classification: proposal(0),
    notes: { performanceManagement: "Head on support plan" },
  },
  { ...CEDAR, classification: proposal(3) },
  { ...DAWN, classification: notEnoughEvidence() },
];
const history: HistoryRow[] = [
  historyRow("M2025-10-15-138776", "2025-10-15", ALDER.urn, "Category 2"),
  historyRow("M2025-10-15-140017", "2025-10-15", BIRCH.urn, "Category 2"),
  historyRow("M2025-10-15-141324", "2025-10-15", CEDAR.urn, "Category 4", { scc: 3 }),
];
const input: RegisterInput = {
  framework: category,
  meetingDate: "2025-12-03",
  schools,
  history,
  agreedBy: "Executive Group",
};

describe("buildRegister", () => {
  it("lists undecided schools first, then most concern first, with movement from the history", () => {
    const register = buildRegister(input);
    expect(register.rows.map((row) => [row.name, row.agreed?.name, row.movement?.text])).toEqual([
      ["Dawn Infants", undefined, undefined],
      ["Cedar Academy", "Category 4", "No change"],
      ["Alder Primary", "Category 3", "More concern"],
      ["Birch High", "Category 1", "Less concern"],
    ]);
    const dawn = register.rows[0];
    expect(dawn.computedNote).toBe(
      "not enough evidence (1 of 5 criteria; Symphony category needs 3): needs Partnership review and Other external reports"
    );
    expect(register.problems.map((problem) => problem.message)).toEqual([
      "Dawn Infants (URN 142001): Agreed level: blank; no level was computed, so the meeting must enter the agreed level",
    ]);
    const cedar = register.rows[1];
    expect(cedar).toMatchObject({
      previous: { level: { name: "Category 4" }, meetingDate: "2025-10-15" },
      changed: false,
      scc: 3,
      recorded: false,
      review: { due: true, nextReviewDue: "2026-01-05" },
    });
    expect(register.rows[2]).toMatchObject({ changed: true, overridden: false });
  });

  it("shows a typed override with who, when and why, and the proposal until then", () => {
    const register = buildRegister({
      ...input,
      decisions: [
        { urn: BIRCH.urn, agreed: "cat2", reason: "Complaints rising", agreedBy: "J Patel" },
      ],
    });
    const birch = register.rows.find((row) => row.urn === BIRCH.urn)!;
    expect(birch).toMatchObject({
      computed: { name: "Category 1" },
      agreed: { name: "Category 2" },
      overridden: true,
      agreedBy: "J Patel",
      agreedOn: "2025-12-03",
      reason: "Complaints rising",
      movement: { text: "No change" },
    });
    const alder = register.rows.find((row) => row.urn === ALDER.urn)!;
    expect(alder.agreedOn).toBeUndefined();
    expect(alder.agreedBy).toBe("Executive Group");
  });

  it("gives the same register after the history is written to the workbook and read back", () => {
    const decisions = [{ urn: DAWN.urn, agreed: "2", reason: "New to trust", agreedBy: "J Patel" }];
    const recorded = recordMeeting(history, buildRegister({ ...input, decisions }), "2025-12-03", {
      agreedBy: "Executive Group",
    });
    if (!recorded.ok) throw new Error("not recorded");
    const inMemory = [...history, ...recorded.rows];
    const reopened = parseHistory(historyGrid(inMemory)).rows;
    const later = { ...input, meetingDate: "2026-01-28" };
    expect(buildRegister({ ...later, history: reopened })).toEqual(
      buildRegister({ ...later, history: inMemory })
    );
    const again = buildRegister({ ...input, history: reopened });
    expect(again.rows.every((row) => row.recorded)).toBe(true);
    expect(again.rows.find((row) => row.urn === DAWN.urn)).toMatchObject({
      agreed: { name: "Category 2" },
      reason: "New to trust",
      movement: { text: "New" },
    });
  });

  it("counts each school's open actions", () => {
    const set = setAction([], {
      meetingDate: "2025-10-15",
      urn: CEDAR.urn,
      action: "Attendance recovery plan",
      owner: "R Khan",
      due: "2025-11-28",
    });
    if (!set.ok) throw new Error(set.problems[0].message);
    const register = buildRegister({ ...input, actions: set.value });
    expect(register.rows.map((row) => [row.urn, row.openActions])).toEqual([
      [DAWN.urn, 0],
      [CEDAR.urn, 1],
      [ALDER.urn, 0],
      [BIRCH.urn, 0],
    ]);
  });

  it("reports history rows at fault without blocking the register", () => {
    const register = buildRegister({
      ...input,
      history: [
        ...history,
        historyRow("X", "2025-10-15", 150001, "Category 9", { supersedes: "M404" }),
      ],
    });
    expect(register.historyProblems.map((problem) => problem.message)).toEqual([
      "row X supersedes M404, which is not in the history; the row stands on its own",
      "row X: agreed level 'Category 9' is not a level of Symphony category; expected one of: Category 1, Category 2, Category 3, Category 4",
      "row X: computed level 'Category 9' is not a level of Symphony category; expected one of: Category 1, Category 2, Category 3, Category 4",
    ]);
    expect(register.rows.find((row) => row.urn === BIRCH.urn)?.previous?.level.name).toBe(
      "Category 2"
    );
  });
});

describe("register columns", () => {
  const register = buildRegister(input);

  it("flags the safeguarding, HR and performance-management notes as confidential", () => {
    expect(
      registerColumns.filter((column) => column.confidential).map((column) => column.header)
    ).toEqual(["Safeguarding and HR notes", "Performance-management notes"]);
  });

  it("leaves confidential columns and their text out of the projected view", () => {
    const full = registerGrid(register);
    const projected = registerGrid(register, projectedColumns(registerColumns));
    expect(JSON.stringify(full)).toContain("LADO referral open");
    expect(JSON.stringify(full)).toContain("Head on support plan");
    expect(JSON.stringify(projected)).not.toContain("LADO referral open");
    expect(JSON.stringify(projected)).not.toContain("Head on support plan");
    expect(projected[0]).not.toContain("Safeguarding and HR notes");
    expect(projected[0]).toHaveLength(registerColumns.length - 2);
  });

  it("shows movement in words and a symbol, and due-ness in words", () => {
    const grid = registerGrid(register);
    const header = grid[0];
    const cell = (row: number, heading: string) => grid[row][header.indexOf(heading)];
    expect(grid.slice(1).map((_, index) => cell(index + 1, "Movement"))).toEqual([
      null,
      "► No change",
      "▲ More concern",
      "▼ Less concern",
    ]);
    expect(cell(2, "Review now")).toBe("Yes");
    expect(cell(2, "Why")).toBe(
      "Due: Category 4 is reviewed half-termly; last reviewed 2025-10-15"
    );
    expect(cell(1, "Agreed level")).toBe("Needs a decision");
  });
});
