import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { openActions, parseActions, parseHistory } from "../../../src/core/meeting";
import { formatProblem, type Problem } from "../../../src/core/problems";
import { buildDemoWorkbook } from "../../../src/features/demo";
import { isInputProblemsError } from "../../../src/features/input-problems";
import {
  actionReviewRows,
  classifyMeetingSchools,
  mergeDecisions,
  openMeetingRegister,
  readMeetingTables,
  recordWorkbookMeeting,
} from "../../../src/features/meeting";
import { writeDemoMeetings } from "../../../src/features/demo";
import { demoTables } from "../demo-fixtures";

const category = getBuiltinFramework("category")!;
const AUTUMN_2026 = "2026-11-04";

async function demoWithMeetings() {
  const port = new MemoryWorkbook("demo.xlsx");
  const { plan } = await buildDemoWorkbook(port, demoTables());
  await writeDemoMeetings(port, plan);
  return { port, plan };
}

describe("the meeting's schools, read and classified from the workbook", () => {
  it("classifies the Schools table as Classify does, one school per row", async () => {
    const { port, plan } = await demoWithMeetings();
    const { schools, termDates } = await classifyMeetingSchools(port, {
      framework: category,
      asOf: plan.asOf,
    });
    const block = plan.blocks.find((b) => b.framework.id === "category")!;
    expect(schools.map((s) => s.urn)).toEqual(block.results.map((r) => r.urn));
    // The same classifications, next reviews included: both read the trust's TermDates.
    expect(termDates).toEqual(plan.data.termDates);
    expect(schools.map((s) => s.classification)).toEqual(
      block.results.map((r) => r.classification)
    );
  });
});

describe("decisions and reviews", () => {
  it("a decision made elsewhere replaces the one typed for the same school", () => {
    expect(
      mergeDecisions(
        [
          { urn: 1, agreed: "Category 2" },
          { urn: 2, agreed: "Category 3" },
        ],
        [{ urn: 2, agreed: "Category 4", reason: "r", agreedBy: "A" }]
      )
    ).toEqual([
      { urn: 1, agreed: "Category 2" },
      { urn: 2, agreed: "Category 4", reason: "r", agreedBy: "A" },
    ]);
  });

  it("reviews are checked by the core, one after another", async () => {
    const { port } = await demoWithMeetings();
    const { actions } = await readMeetingTables(port);
    const open = openActions(actions, AUTUMN_2026);
    expect(open.length).toBeGreaterThanOrEqual(1);
    const id = open[0].action.rowId;
    const rows = actionReviewRows(actions, AUTUMN_2026, [
      { actionId: id, progress: "Done", carryForward: { due: "2026-12-18" } },
    ]);
    expect(rows).toMatchObject({ ok: true });
    if (rows.ok) {
      expect(rows.rows).toHaveLength(2);
      expect(rows.rows[1].carriedFrom).toBe(id);
    }
    expect(actionReviewRows(actions, AUTUMN_2026, [{ actionId: id, progress: " " }])).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          code: "missing",
          field: id,
          message: expect.stringContaining("Progress review: blank"),
        }),
      ],
    });
  });
});

describe("recording a meeting from nothing but the framework and the date", () => {
  it("appends one row per school and the reviews, leaving earlier rows unchanged", async () => {
    const { port } = await demoWithMeetings();
    const before = await port.readTable("MeetingHistory");
    const actionsBefore = await port.readTable("Actions");
    const { actions } = await readMeetingTables(port);
    const open = openActions(actions, AUTUMN_2026);
    const outcome = await recordWorkbookMeeting(port, {
      framework: category,
      meetingDate: AUTUMN_2026,
      agreedBy: "Executive Group",
      reviews: [{ actionId: open[0].action.rowId, progress: "Complete" }],
    });
    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    const after = await port.readTable("MeetingHistory");
    expect(after.rows.slice(0, before.rows.length)).toEqual(before.rows);
    expect(after.rows.length - before.rows.length).toBe(outcome.schools);
    expect(outcome.appended).toHaveLength(outcome.schools);
    const actionsAfter = await port.readTable("Actions");
    expect(actionsAfter.rows.slice(0, actionsBefore.rows.length)).toEqual(actionsBefore.rows);
    expect(actionsAfter.rows).toHaveLength(actionsBefore.rows.length + 1);
    const parsed = parseActions([[...actionsAfter.headers], ...actionsAfter.rows]);
    expect(parsed.problems).toEqual([]);
    expect(openActions(parsed.rows, "2027-01-10").map((o) => o.action.rowId)).not.toContain(
      open[0].action.rowId
    );
    expect(parseHistory([[...after.headers], ...after.rows]).problems).toEqual([]);
  });

  it("an override without a reason writes nothing and names the school and the field", async () => {
    const { port } = await demoWithMeetings();
    const { schools } = await classifyMeetingSchools(port, {
      framework: category,
      asOf: AUTUMN_2026,
    });
    const school = schools.find((s) => s.classification?.status === "classified")!;
    const level =
      school.classification?.status === "classified" ? school.classification.level : undefined;
    const other = category.levels.find((l) => l.id !== level?.id)!;
    const before = await port.readTable("MeetingHistory");
    const outcome = await recordWorkbookMeeting(port, {
      framework: category,
      meetingDate: AUTUMN_2026,
      agreedBy: "Executive Group",
      decisions: [{ urn: school.urn, agreed: other.name, agreedBy: "Harriet Oyelaran" }],
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^${school.name} \\(URN ${school.urn}\\): Reason: blank`)),
    ]);
    expect((await port.readTable("MeetingHistory")).rows).toEqual(before.rows);
  });

  it("a malformed history is the same located problem when the register opens and at record", async () => {
    const { port } = await demoWithMeetings();
    const table = await port.readTable("MeetingHistory");
    const date = table.headers.indexOf("Meeting date");
    await port.setTableColumn("MeetingHistory", {
      header: "Meeting date",
      values: table.rows.map((row, index) => (index === 4 ? "next week" : row[date])),
    });
    const refusal = (attempt: Promise<unknown>) =>
      attempt.then(
        () => undefined,
        (error: unknown) => (isInputProblemsError(error) ? error.problems : error)
      );
    const atRecord = await refusal(
      recordWorkbookMeeting(port, { framework: category, meetingDate: AUTUMN_2026 })
    );
    const atOpen = await refusal(
      openMeetingRegister(port, { framework: category, meetingDate: AUTUMN_2026 })
    );
    const expected = [
      expect.objectContaining({
        code: "invalid",
        sheet: "MeetingHistory",
        column: date,
        header: "Meeting date",
        row: 6,
        value: "next week",
      }),
    ];
    expect(atRecord).toEqual(expected);
    expect(atOpen).toEqual(atRecord);
    expect(formatProblem((atRecord as Problem[])[0])).toMatch(/^MeetingHistory!B6 .*'next week'/);
    expect((await port.readTable("MeetingHistory")).rows).toHaveLength(table.rows.length);
  });

  it("creates MeetingHistory holding the first meeting where the workbook has none", async () => {
    const port = new MemoryWorkbook("demo.xlsx");
    await buildDemoWorkbook(port, demoTables());
    const outcome = await recordWorkbookMeeting(port, {
      framework: category,
      meetingDate: AUTUMN_2026,
      agreedBy: "Executive Group",
    });
    expect(outcome).toMatchObject({ ok: true, corrected: 0 });
    if (!outcome.ok) return;
    const table = await port.readTable("MeetingHistory");
    expect(table.rows).toHaveLength(outcome.schools);
    expect(parseHistory([[...table.headers], ...table.rows]).problems).toEqual([]);
  });
});
