import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { getBuiltinFramework } from "../../src/core/frameworks/builtin";
import type { SheetLayout } from "../../src/core/layout/types";
import { generateCards } from "../../src/features/cards";
import { classifiedSheetLayouts, classifySchools, writeLayouts } from "../../src/features/classify";
import { buildDemoWorkbook } from "../../src/features/demo";
import { writeDemoMeetings } from "../../src/features/demo/demo-meetings";
import { classifyWithLiveColumn } from "../../src/features/classify/live-classify";
import { writeDemoPlans } from "../../src/features/demo/demo-plans";
import type { WorkbookPort } from "../../src/port/WorkbookPort";
import { FakeExcel } from "../support/fake-excel";
import { demoTables } from "./demo-fixtures";

/**
 * Issue 12's "done when": every flow that writes runs through the Office.js adapter on the
 * strict fake (every rule in RULES.md enforced, none relaxed), and a person's own formulas that
 * point at the generated sheets and tables still name live cells after each.
 */

/** A person's sheet pointing at what TrustTier generates: sheets, tables, a card, the register. */
function mine(card: string): SheetLayout {
  return {
    name: "My notes",
    cells: [
      { row: 0, col: 0, formula: "=Summary!A1" },
      { row: 1, col: 0, formula: "=ROWS(Schools)" },
      { row: 2, col: 0, formula: `='${card.replace(/'/g, "''")}'!A1` },
      { row: 3, col: 0, formula: "=Cards!A1" },
      { row: 4, col: 0, formula: "=Register!A1" },
      { row: 5, col: 0, formula: "=ROWS(MeetingHistory)" },
    ],
  };
}

async function myFormulas(port: WorkbookPort): Promise<string[]> {
  return (await port.readSheetContent("My notes")).cells.map((cell) => cell.formula ?? "");
}

describe("every writing flow through the Office.js adapter on the strict fake", () => {
  it("demo, cards twice, plans, meetings twice, settings, classify, live column: the person's references stay live", async () => {
    const excel = new FakeExcel("Trust.xlsx");
    const port = new OfficeWorkbook(excel.run);
    const built = await buildDemoWorkbook(port, demoTables());
    const first = await generateCards(port, { generatedOn: built.plan.asOf });
    expect(first?.written.length).toBeGreaterThan(10);
    await writeDemoPlans(port, built.plan);
    await writeDemoMeetings(port, built.plan);
    const card = first!.written[0];
    await port.writeLayout(mine(card), { mode: "create" });
    const before = await myFormulas(port);
    expect(before.every((f) => f.startsWith("=") && !f.includes("#REF!"))).toBe(true);

    const again = await generateCards(port, { generatedOn: built.plan.asOf });
    expect(again?.written).toEqual(first?.written);
    expect(await myFormulas(port)).toEqual(before);

    await writeDemoMeetings(port, built.plan).catch(() => undefined);
    expect(await myFormulas(port)).toEqual(before);

    await port.writeSettings({ note: "kept" });
    await port.writeSettings({ note: undefined, other: 1 });
    expect((await port.readSettings()).values).toMatchObject({ other: 1 });

    const classified = await classifySchools(port, {
      frameworks: [getBuiltinFramework("category")!],
      asOf: built.plan.asOf,
      source: { kind: "table", name: "Schools" },
    });
    await writeLayouts(port, classifiedSheetLayouts(classified));
    expect(await myFormulas(port)).toEqual(before);

    const live = await classifyWithLiveColumn(port, {
      framework: getBuiltinFramework("category")!,
      choice: { kind: "builtin", id: "category" },
      asOf: built.plan.asOf,
    });
    expect(live.formula).toMatch(/^=TRUST\.TIER\("category"/);
    const schools = await port.readTable("Schools");
    expect(schools.headers).toEqual(expect.arrayContaining(live.headers));
    expect(await myFormulas(port)).toEqual(before);

    const names = (await port.describe()).sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("TrustTier_stage"))).toEqual([]);
    expect((await port.readSettings()).values.commitInProgress).toBeUndefined();
  });
});
