import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { buildDemoWorkbook } from "../../../src/features/demo";
import { CHARTS_SHEET, PROJECTED_SHEET, REGISTER_SHEET } from "../../../src/core/meeting";
import { writeDemoMeetings } from "../../../src/features/demo";
import {
  checkPaneDecision,
  openActionLabel,
  openMeetingRegister,
  recordWorkbookMeeting,
  withDecision,
  withReview,
} from "../../../src/features/meeting";
import type { MemoryWorkbook as Workbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { classifyWithLiveColumn } from "../../../src/features/classify";
import { demoTables } from "../demo-fixtures";

const category = getBuiltinFramework("category")!;
const MEETING = "2026-11-04";

async function demoWithMeetings() {
  const port = new MemoryWorkbook("demo.xlsx");
  const { plan } = await buildDemoWorkbook(port, demoTables());
  await writeDemoMeetings(port, plan);
  return port;
}

describe("opening the register in the pane", () => {
  it("writes the three sheets, lists open actions, and keeps an edited sheet unless asked", async () => {
    const port = await demoWithMeetings();
    const history = await port.readTable("MeetingHistory");
    const opened = await openMeetingRegister(port, { framework: category, meetingDate: MEETING });
    expect(opened.written).toEqual([REGISTER_SHEET, PROJECTED_SHEET, CHARTS_SHEET]);
    expect(opened.kept).toEqual([]);
    expect(opened.register.rows.length).toBeGreaterThan(5);
    expect(opened.open.length).toBeGreaterThanOrEqual(1);
    expect(opened.noHistory).toBe(false);
    expect((await port.readTable("MeetingHistory")).rows).toEqual(history.rows);

    await port.writeLayout(
      { name: PROJECTED_SHEET, cells: [{ row: 0, col: 0, value: "Chair's notes" }] },
      { mode: "replace" }
    );
    const again = await openMeetingRegister(port, { framework: category, meetingDate: MEETING });
    expect(again.kept).toEqual([PROJECTED_SHEET]);
    expect(again.written).toEqual([REGISTER_SHEET, CHARTS_SHEET]);
    const replaced = await openMeetingRegister(port, {
      framework: category,
      meetingDate: MEETING,
      replaceEdited: true,
    });
    expect(replaced.written).toEqual([REGISTER_SHEET, PROJECTED_SHEET, CHARTS_SHEET]);
  });

  it("names each cell of a malformed history and writes nothing", async () => {
    const port = await demoWithMeetings();
    const table = await port.readTable("MeetingHistory");
    const date = table.headers.indexOf("Meeting date");
    await port.setTableColumn("MeetingHistory", {
      header: "Meeting date",
      values: table.rows.map((row, index) => (index === 0 ? "next week" : row[date])),
    });
    await expect(
      openMeetingRegister(port, { framework: category, meetingDate: MEETING })
    ).rejects.toThrow(/MeetingHistory!B2 .*'next week'/);
  });

  it("a workbook without MeetingHistory opens an empty history", async () => {
    const port = new MemoryWorkbook("demo.xlsx");
    await buildDemoWorkbook(port, demoTables());
    const opened = await openMeetingRegister(port, { framework: category, meetingDate: MEETING });
    expect(opened.noHistory).toBe(true);
    expect(opened.open).toEqual([]);
    expect(opened.register.rows.every((row) => row.movement?.kind === "new")).toBe(true);
  });
});

describe("decisions and reviews in the pane", () => {
  it("refuses an override without a reason, naming the school and field (the core's rule)", async () => {
    const port = await demoWithMeetings();
    const { register } = await openMeetingRegister(port, {
      framework: category,
      meetingDate: MEETING,
    });
    const row = register.rows.find((r) => r.computed && r.computed.id !== "cat4")!;
    const other = category.levels.find((level) => level.id !== row.computed!.id)!;
    const refused = checkPaneDecision(register, {
      urn: row.urn,
      agreed: other.name,
      agreedBy: "Harriet Oyelaran",
    });
    expect(refused).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          field: "reason",
          message: `${row.name} (URN ${row.urn}): Reason: blank; agreeing ${other.name} instead of the computed ${row.computed!.name} needs a reason`,
        }),
      ],
    });
    expect(
      checkPaneDecision(register, {
        urn: row.urn,
        agreed: other.name,
        agreedBy: "Harriet Oyelaran",
        reason: "New headteacher",
      })
    ).toEqual({ ok: true });
    expect(checkPaneDecision(register, { urn: 1 })).toMatchObject({ ok: false });
    const one = withDecision([], { urn: row.urn, agreed: other.name });
    expect(withDecision(one, { urn: row.urn })).toEqual([{ urn: row.urn }]);
  });

  it("checks a review with the core and replaces an earlier one for the same action", async () => {
    const port = await demoWithMeetings();
    const { open, actions } = await openMeetingRegister(port, {
      framework: category,
      meetingDate: MEETING,
    });
    const id = open[0].action.rowId;
    const first = withReview(actions, MEETING, [], { actionId: id, progress: "Half done" });
    expect(first).toMatchObject({ ok: true });
    if (!first.ok) return;
    const second = withReview(actions, MEETING, first.reviews, {
      actionId: id,
      progress: "Done",
      carryForward: { due: "2026-01-01" },
    });
    expect(second).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          field: id,
          message: expect.stringMatching(/is before the meeting/),
        }),
      ],
    });
    expect(openActionLabel(open[0], "Alder")).toMatch(
      new RegExp(`^Alder \\(URN ${open[0].action.urn}\\): .*\\(owner ${open[0].action.owner}, due `)
    );
  });
});

/** Rewrites one cell of a table's column through the port, as a co-author would. */
async function editCell(port: Workbook, table: string, header: string, row: number, value: string) {
  const read = await port.readTable(table);
  const at = read.headers.indexOf(header);
  await port.setTableColumn(table, {
    header,
    values: read.rows.map((cells, index) => (index === row ? value : cells[at])),
  });
}

describe("recording what the meeting saw", () => {
  it("records exactly the opened register's computed levels when the evidence is unchanged", async () => {
    const port = await demoWithMeetings();
    const opened = await openMeetingRegister(port, { framework: category, meetingDate: MEETING });
    const outcome = await recordWorkbookMeeting(port, {
      framework: category,
      meetingDate: MEETING,
      agreedBy: "Executive Group",
      opened,
    });
    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    const computed = new Map(opened.register.rows.map((row) => [row.urn, row.computed?.name]));
    expect(outcome.appended).toHaveLength(opened.register.rows.length);
    for (const row of outcome.appended) expect(row.computed).toBe(computed.get(row.urn));
  });

  it.each([
    ["Schools", "Ofsted", "Good", "the schools table"],
    ["TermDates", "Start", "2026-01-07", "TermDates"],
    ["Inspections", "Overall", "Inadequate", "Inspections"],
  ])(
    "refuses, offering to reopen, when %s changed between open and record",
    async (table, header, value, named) => {
      const port = await demoWithMeetings();
      const history = await port.readTable("MeetingHistory");
      const opened = await openMeetingRegister(port, { framework: category, meetingDate: MEETING });
      await editCell(port, table, header, 3, value);
      const outcome = await recordWorkbookMeeting(port, {
        framework: category,
        meetingDate: MEETING,
        agreedBy: "Executive Group",
        opened,
      });
      expect(outcome).toEqual({
        ok: false,
        reopen: true,
        problems: [
          {
            code: "conflict",
            message: `The evidence has changed since the register was opened (${named}), so the computed levels the meeting saw are no longer those the workbook gives. Nothing was recorded. Reopen the register to see the levels as they stand now, then record the meeting.`,
          },
        ],
      });
      expect((await port.readTable("MeetingHistory")).rows).toEqual(history.rows);

      const reopened = await openMeetingRegister(port, {
        framework: category,
        meetingDate: MEETING,
      });
      const recorded = await recordWorkbookMeeting(port, {
        framework: category,
        meetingDate: MEETING,
        agreedBy: "Executive Group",
        opened: reopened,
      });
      expect(recorded).toMatchObject({ ok: true });
    }
  );

  it.each([
    [
      "a live formula column added to Schools",
      (port: Workbook) =>
        classifyWithLiveColumn(port, {
          framework: category,
          choice: { kind: "builtin", id: "category" },
          asOf: MEETING,
        }),
    ],
    [
      "TrustTier's own level and live columns written in Schools",
      async (port: Workbook) => {
        for (const header of ["Category (proposed)", "Category next review", "Tier (proposed)"])
          await port.setTableColumn("Schools", { header, values: Array(14).fill("x") });
        await port.setTableColumn("Schools", {
          header: "Category (live)",
          values: Array(14).fill("x"),
        });
      },
    ],
    [
      "a person's notes column added to Schools",
      (port: Workbook) =>
        port.setTableColumn("Schools", {
          header: "Notes",
          values: Array.from({ length: 14 }, (_, i) => (i === 2 ? "Visit booked" : null)),
        }),
    ],
  ])(
    "records what the meeting saw after %s, and still refuses a changed evidence cell",
    async (_, addColumn) => {
      const port = await demoWithMeetings();
      const opened = await openMeetingRegister(port, { framework: category, meetingDate: MEETING });
      const before = (await port.readTable("Schools")).headers.length;
      await addColumn(port);
      expect((await port.readTable("Schools")).headers.length).toBeGreaterThan(before);
      const record = () =>
        recordWorkbookMeeting(port, {
          framework: category,
          meetingDate: MEETING,
          agreedBy: "Executive Group",
          opened,
        });

      const schools = await port.readTable("Schools");
      const was = schools.rows[3][schools.headers.indexOf("Ofsted")];
      expect(typeof was).toBe("string");
      await editCell(port, "Schools", "Ofsted", 3, was === "Good" ? "Inadequate" : "Good");
      expect(await record()).toMatchObject({
        ok: false,
        reopen: true,
        problems: [{ code: "conflict", message: expect.stringMatching(/\(the schools table\)/) }],
      });
      await editCell(port, "Schools", "Ofsted", 3, String(was));
      const recorded = await record();
      expect(recorded).toMatchObject({ ok: true });
      if (!recorded.ok) return;
      const computed = new Map(opened.register.rows.map((row) => [row.urn, row.computed?.name]));
      for (const row of recorded.appended) expect(row.computed).toBe(computed.get(row.urn));
    }
  );
});
