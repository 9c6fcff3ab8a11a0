import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { parseActions, parseHistory } from "../../../src/core/meeting";
import { buildDemoWorkbook } from "../../../src/features/demo";
import { PROJECTED_SHEET, CHARTS_SHEET } from "../../../src/core/meeting";
import { planDemoMeetings, writeDemoMeetings } from "../../../src/features/demo";
import { demoTables } from "../demo-fixtures";

describe("the demo's risk meetings", () => {
  it("records three meetings with movement, an override with its reason and a carried action", async () => {
    const port = new MemoryWorkbook("demo.xlsx");
    const { plan } = await buildDemoWorkbook(port, demoTables());
    const written = await writeDemoMeetings(port, plan);
    expect(written.meetings).toEqual(["2025-11-05", "2026-02-25", "2026-06-03"]);
    expect(written.sheets).toEqual([
      "MeetingHistory",
      "Actions",
      "Register",
      PROJECTED_SHEET,
      CHARTS_SHEET,
    ]);

    const table = await port.readTable("MeetingHistory");
    const history = parseHistory([[...table.headers], ...table.rows]);
    expect(history.problems).toEqual([]);
    expect(new Set(history.rows.map((r) => r.meetingDate)).size).toBe(3);
    const overrides = history.rows.filter((r) => r.agreed !== r.computed);
    expect(overrides.length).toBeGreaterThanOrEqual(1);
    for (const row of overrides) expect(row.reason).toBeTruthy();

    const actions = await port.readTable("Actions");
    const log = parseActions([[...actions.headers], ...actions.rows]);
    expect(log.problems).toEqual([]);
    expect(log.rows.some((r) => r.carriedFrom !== undefined)).toBe(true);
    expect(log.rows.some((r) => r.reviews !== undefined)).toBe(true);

    const register = await port.readTable("Register");
    const movement = register.headers.indexOf("Movement");
    const moves = new Set(register.rows.map((row) => row[movement]));
    expect(moves).toContain("▲ More concern");
    expect(moves).toContain("► No change");
    const projected = JSON.stringify(await port.readSheetContent(PROJECTED_SHEET));
    const full = JSON.stringify(await port.readSheetContent("Register"));
    for (const secret of ["LADO referral", "appraisal objectives"]) {
      expect(full).toContain(secret);
      expect(projected).not.toContain(secret);
    }
    const demo = planDemoMeetings(plan);
    expect(demo.framework.id).toBe("category");
  });
});
