import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import { historyGrid, recordMeeting, type RegisterSchool } from "../../../src/core/meeting";
import { readRegisterDecisions, recordMeetingInWorkbook } from "../../../src/features/meeting";
import { REGISTER_SHEET, registerSheetLayout } from "../../../src/core/meeting";
import { buildRegister } from "../../../src/core/meeting";
import { tableSheetLayout } from "../../../src/core/layout/table-sheet";
import { formatProblem } from "../../../src/core/problems";
import type { WorkbookPort } from "../../../src/port/WorkbookPort";
import { harnesses } from "../../adapters/support/harnesses";
import { FakeExcel } from "../../support/fake-excel";
import { ALDER, BIRCH, CEDAR, category, proposal } from "../../core/meeting/support";

const AUTUMN = "2025-11-05";
const SPRING = "2026-02-25";

const schools: RegisterSchool[] = [
  { ...ALDER, classification: proposal(2) },
  { ...BIRCH, classification: proposal(1) },
  { ...CEDAR, classification: proposal(3) },
];

/** A workbook whose MeetingHistory holds the autumn meeting, recorded by the core. */
async function withAutumn(port: WorkbookPort): Promise<void> {
  const autumn = recordMeeting(
    [],
    {
      framework: category,
      rows: buildRegister({ framework: category, meetingDate: AUTUMN, schools, history: [] }).rows,
    },
    AUTUMN,
    { agreedBy: "Executive Group" }
  );
  if (!autumn.ok) throw new Error("autumn did not record");
  await port.writeLayout(
    tableSheetLayout({ name: "MeetingHistory", grid: historyGrid(autumn.rows), dateColumns: [1] }),
    { mode: "create" }
  );
}

const request = (decisions = [] as Parameters<typeof recordMeetingInWorkbook>[1]["decisions"]) => ({
  framework: category,
  meetingDate: SPRING,
  schools,
  decisions,
  agreedBy: "Executive Group",
});

describe.each(["memory", "xlsx", "office"])("Record meeting through the %s adapter", (kind) => {
  it("appends a second snapshot and leaves every earlier history row byte-identical", async () => {
    const h = harnesses[kind]();
    await withAutumn(h.port);
    const before = await (await h.reopen()).readTable("MeetingHistory");
    const outcome = await recordMeetingInWorkbook(h.port, request());
    expect(outcome).toMatchObject({ ok: true, added: 3, corrected: 0 });
    const after = await (await h.reopen()).readTable("MeetingHistory");
    expect(after.rows).toHaveLength(6);
    expect(JSON.stringify(after.rows.slice(0, 3))).toBe(JSON.stringify(before.rows));
    expect(JSON.stringify(after.headers)).toBe(JSON.stringify(before.headers));
  });

  it("corrects a recorded decision with a new row naming it in Supersedes", async () => {
    const h = harnesses[kind]();
    await withAutumn(h.port);
    await recordMeetingInWorkbook(h.port, request());
    const corrected = await recordMeetingInWorkbook(
      h.port,
      request([
        {
          urn: BIRCH.urn,
          agreed: "Category 3",
          reason: "QA visit found weak safeguarding",
          agreedBy: "J. Patel",
        },
      ])
    );
    expect(corrected).toMatchObject({ ok: true, added: 0, corrected: 1, unchanged: 2 });
    const table = await (await h.reopen()).readTable("MeetingHistory");
    const last = table.rows.at(-1)!;
    expect(last[0]).toBe(`M${SPRING}-${BIRCH.urn}-2`);
    expect(last[10]).toBe(`M${SPRING}-${BIRCH.urn}`);
    expect(table.rows).toHaveLength(7);
  });

  it("reports a malformed history with the cell at fault and appends nothing", async () => {
    const h = harnesses[kind]();
    await withAutumn(h.port);
    await h.port.writeLayout(
      tableSheetLayout({
        name: "MeetingHistory",
        grid: [
          historyGrid([])[0],
          [
            "M1",
            "next week",
            ALDER.urn,
            "category",
            "Category 3",
            "Category 3",
            null,
            null,
            null,
            null,
            null,
          ],
        ],
        dateColumns: [],
      }),
      { mode: "replace" }
    );
    // The history is the person's to fix in the workbook: it throws, naming the cell.
    await expect(recordMeetingInWorkbook(h.port, request())).rejects.toThrow(
      /MeetingHistory!B2 .*'next week'/
    );
    expect((await (await h.reopen()).readTable("MeetingHistory")).rows).toHaveLength(1);
  });

  it("refuses an override without a reason, naming the school and field, and writes nothing", async () => {
    const h = harnesses[kind]();
    await withAutumn(h.port);
    const outcome = await recordMeetingInWorkbook(
      h.port,
      request([{ urn: ALDER.urn, agreed: "Category 4", agreedBy: "J. Patel" }])
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      expect.objectContaining({ code: "not-allowed", urn: ALDER.urn, field: "reason" }),
    ]);
    expect(formatProblem(outcome.problems[0])).toMatch(
      /^Alder Primary \(URN 138776\): Reason: blank/
    );
    expect((await (await h.reopen()).readTable("MeetingHistory")).rows).toHaveLength(3);
  });

  it("reads the decisions typed into the Register sheet back as the input for recording", async () => {
    const h = harnesses[kind]();
    await withAutumn(h.port);
    const register = buildRegister({
      framework: category,
      meetingDate: SPRING,
      schools,
      history: [],
      decisions: [
        {
          urn: ALDER.urn,
          agreed: "Category 4",
          reason: "Two safeguarding referrals",
          agreedBy: "J. Patel",
        },
      ],
    });
    await h.port.writeLayout(registerSheetLayout(register), { mode: "create" });
    const decisions = await readRegisterDecisions(await h.reopen());
    expect(decisions).toContainEqual({
      urn: ALDER.urn,
      agreed: "Category 4",
      agreedBy: "J. Patel",
      reason: "Two safeguarding referrals",
    });
    const outcome = await recordMeetingInWorkbook(h.port, request(decisions));
    expect(outcome).toMatchObject({ ok: true, added: 3 });
    expect(REGISTER_SHEET).toBe("Register");
  });
});

describe("Record meeting in Excel (the recording fake)", () => {
  it("appends through the table's rows.add, never writing a range of the history", async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    await withAutumn(port);
    const syncs = excel.metrics.syncs;
    excel.operations = [];
    expect(await recordMeetingInWorkbook(port, request())).toMatchObject({ ok: true, added: 3 });
    const ops = excel.operations;
    excel.operations = undefined;
    expect(ops).toContainEqual(
      expect.objectContaining({
        kind: "Method",
        name: "add",
        path: expect.objectContaining({ name: "rows" }),
      })
    );
    const writes = ops.filter(
      (op) => op.kind === "SetProperty" && ["values", "formulas"].includes(op.name)
    );
    expect(writes).toEqual([]);
    expect(excel.metrics.syncs - syncs).toBeLessThanOrEqual(12);
  });
});
