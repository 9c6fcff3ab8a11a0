import {
  actionsGrid,
  actionsTable,
  checkActions,
  formatProblem,
  isoToExcelSerial,
  openActions,
  parseActions,
  reviewAction,
  setAction,
  type ActionRow,
} from "../../../src/core";

const set = (
  actions: ActionRow[],
  urn: number,
  action: string,
  due: string,
  meetingDate = "2025-10-15"
) => {
  const result = setAction(actions, { meetingDate, urn, action, owner: "R Khan", due });
  if (!result.ok) throw new Error(result.problems[0].message);
  return [...actions, ...result.value];
};

describe("actions carried from meeting to meeting", () => {
  let log = set([], 141324, "Attendance recovery plan", "2025-11-28");
  log = set(log, 141324, "Safeguarding audit follow-up", "2025-12-19");
  log = set(log, 138776, "Phonics training", "2025-11-14");

  it("numbers each school's actions at a meeting", () => {
    expect(log.map((row) => row.rowId)).toEqual([
      "A2025-10-15-141324-1",
      "A2025-10-15-141324-2",
      "A2025-10-15-138776-1",
    ]);
  });

  it("lists actions set at earlier meetings and not yet reviewed, soonest due first", () => {
    expect(openActions(log, "2025-10-15")).toEqual([]);
    const open = openActions(log, "2025-12-03");
    expect(open.map((entry) => [entry.action.rowId, entry.overdue])).toEqual([
      ["A2025-10-15-138776-1", true],
      ["A2025-10-15-141324-1", true],
      ["A2025-10-15-141324-2", false],
    ]);
  });

  it("appends a review, and a continuing action when carried forward", () => {
    const reviewed = reviewAction(log, "A2025-10-15-141324-1", {
      meetingDate: "2025-12-03",
      progress: "PA down from 24% to 19%; not yet at target",
      carryForward: { due: "2026-01-30" },
    });
    expect(reviewed).toEqual({
      ok: true,
      value: [
        {
          rowId: "R2025-12-03-A2025-10-15-141324-1",
          setAt: "2025-10-15",
          urn: 141324,
          action: "Attendance recovery plan",
          owner: "R Khan",
          due: "2025-11-28",
          progress: "PA down from 24% to 19%; not yet at target",
          reviewedAt: "2025-12-03",
          reviews: "A2025-10-15-141324-1",
        },
        {
          rowId: "A2025-12-03-141324-1",
          setAt: "2025-12-03",
          urn: 141324,
          action: "Attendance recovery plan",
          owner: "R Khan",
          due: "2026-01-30",
          carriedFrom: "A2025-10-15-141324-1",
        },
      ],
    });
    const next = [...log, ...(reviewed.ok ? reviewed.value : [])];
    expect(checkActions(next)).toEqual([]);
    const atDecember = openActions(next, "2025-12-03").map((entry) => entry.action.rowId);
    expect(atDecember).not.toContain("A2025-10-15-141324-1");
    const atJanuary = openActions(next, "2026-01-28");
    expect(
      atJanuary.find((entry) => entry.action.urn === 141324 && entry.carried === 1)
    ).toMatchObject({
      firstSet: "2025-10-15",
      action: { rowId: "A2025-12-03-141324-1" },
    });
    expect(
      reviewAction(next, "A2025-10-15-141324-1", { meetingDate: "2026-01-28", progress: "x" })
    ).toEqual({
      ok: false,
      problems: [
        {
          code: "duplicate",
          urn: 141324,
          field: "review",
          message:
            'A2025-10-15-141324-1 (URN 141324, "Attendance recovery plan"): already reviewed at the meeting on 2025-12-03',
        },
      ],
    });
  });

  it("counts a review typed into the action's own row", () => {
    const typed = log.map((row) =>
      row.rowId === "A2025-10-15-138776-1"
        ? { ...row, progress: "Training delivered", reviewedAt: "2025-12-03" }
        : row
    );
    expect(openActions(typed, "2025-12-03").map((entry) => entry.action.urn)).toEqual([
      141324, 141324,
    ]);
    expect(openActions(typed, "2025-11-01").map((entry) => entry.action.urn)).toContain(138776);
  });

  it("refuses a review without progress or at the meeting that set the action", () => {
    expect(
      reviewAction(log, "A2025-10-15-138776-1", { meetingDate: "2025-12-03", progress: " " })
    ).toMatchObject({
      ok: false,
      problems: [
        {
          code: "missing",
          field: "progress",
          message: expect.stringContaining("Progress review: blank"),
        },
      ],
    });
    expect(
      reviewAction(log, "A2025-10-15-138776-1", { meetingDate: "2025-10-15", progress: "Done" })
    ).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining("after the one that set it (2025-10-15)") }],
    });
    expect(reviewAction(log, "A9", { meetingDate: "2025-12-03", progress: "Done" })).toEqual({
      ok: false,
      problems: [
        { code: "conflict", field: "action", value: "A9", message: "no action has the row id A9" },
      ],
    });
  });

  it("reports reviews and carried actions that name the wrong row", () => {
    const review = (rowId: string, reviews: string, urn = 141324): ActionRow => ({
      ...log[0],
      rowId,
      urn,
      progress: "Done",
      reviewedAt: "2025-12-03",
      reviews,
    });
    expect(
      checkActions([
        ...log,
        review("R1", "A2025-10-15-141324-1"),
        review("R2", "A2025-10-15-141324-1"),
        review("R3", "A404"),
        review("R4", "R1"),
        review("R5", "A2025-10-15-138776-1"),
      ]).map((problem) => problem.message)
    ).toEqual([
      "row R2: A2025-10-15-141324-1 is already reviewed by row R1; an action is reviewed once (carry it forward to review it again)",
      "row R3: Reviews names A404, which is not in the Actions table",
      "row R4: Reviews names R1, which is a review, not an action",
      "row R5: Reviews names A2025-10-15-138776-1, an action for URN 138776, not 141324",
    ]);
  });
});

describe("parseActions", () => {
  const header = actionsTable.columns.map((column) => column.header);

  it("reads back what it writes", () => {
    const rows: ActionRow[] = [
      {
        rowId: "A1",
        setAt: "2025-10-15",
        urn: 141324,
        action: "Plan",
        owner: "R Khan",
        due: "2025-11-28",
      },
      {
        rowId: "R1",
        setAt: "2025-10-15",
        urn: 141324,
        action: "Plan",
        owner: "R Khan",
        due: "2025-11-28",
        progress: "=good progress",
        reviewedAt: "2025-12-03",
        reviews: "A1",
      },
    ];
    expect(parseActions(actionsGrid(rows))).toEqual({ rows, sheetRows: [2, 3], problems: [] });
  });

  it("reports an inconsistent hand-edited row by its cell", () => {
    const parsed = parseActions([
      header,
      [
        "A1",
        "2025-10-15",
        141324,
        "Plan",
        "R Khan",
        isoToExcelSerial("2025-10-01"),
        null,
        null,
        null,
        null,
      ],
      ["A2", "2025-10-15", 141324, "Plan", null, "2025-11-28", "Half done", null, null, null],
      ["A3", "2025-10-15", 141324, "Plan", "R Khan", "2025-11-28", "Half done", null, null, null],
      ["A4", "2025-10-15", 141324, "Plan", "R Khan", "2025-11-28", null, "2025-12-03", null, null],
    ]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.map(formatProblem)).toEqual([
      "Actions!F2 (column F 'Due', row 2): due 2025-10-01 is before the meeting that set the action (2025-10-15)",
      "Actions!E3 (column E 'Owner', row 3): blank; expected the action's owner",
      "Actions!H4 (column H 'Reviewed at meeting', row 4): blank; a progress review needs the date of the meeting that reviewed it",
      "Actions!G5 (column G 'Progress review', row 5): blank; expected the progress and impact the meeting reviewed",
    ]);
  });
});
