import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import type { SheetLayout } from "../../src/core/layout/types";
import { FakeExcel } from "../support/fake-excel";

/** A card-sized sheet with `rows` rows of six cells, a format per row and a rule per row. */
function bigLayout(name: string, rows: number): SheetLayout {
  return {
    name,
    cells: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: 6 }, (_, c) =>
        c === 5
          ? { row: r, col: c, formula: `=SUM(A${r + 1}:E${r + 1})` }
          : { row: r, col: c, value: c === 0 ? `School ${r}` : r * c }
      )
    ).flat(),
    formats: Array.from({ length: rows }, (_, r) => ({
      range: { row: r, col: 1, cols: 4 },
      numberFormat: "0.0",
      style: { bold: r % 2 === 0 },
    })),
    conditionalFormats: [
      {
        range: { row: 0, col: 1, rows, cols: 4 },
        formula: "=B1>10",
        style: { fillColor: "#FFC7CE" },
      },
    ],
    frozen: { rows: 1, cols: 1 },
  };
}

async function syncsFor(rows: number, budget?: number) {
  const excel = new FakeExcel();
  const port = new OfficeWorkbook(excel.run, budget);
  const before = excel.metrics.syncs;
  await port.writeLayout(bigLayout("Big", rows), { mode: "create" });
  return { syncs: excel.metrics.syncs - before, excel };
}

describe("OfficeWorkbook batching on the recording fake", () => {
  it("writes 20 rows and 2,000 rows in a handful of syncs (not one per cell or row)", async () => {
    const small = await syncsFor(20);
    const large = await syncsFor(2000);
    expect(small.syncs).toBeLessThanOrEqual(5);
    expect(large.syncs).toBeLessThanOrEqual(small.syncs + 4);
  });

  it("grows syncs with blocks, and keeps every request, as Office.js sends it, under 5 MB", async () => {
    const budget = 20_000;
    const { syncs, excel } = await syncsFor(2000, budget);
    const oneBlock = await syncsFor(2000);
    expect(syncs).toBeGreaterThan(oneBlock.syncs);
    expect(excel.largestRequest()).toBeLessThan(5_000_000);
    expect(oneBlock.excel.largestRequest()).toBeLessThan(5_000_000);
  });

  it("never sets the calculation mode, and suspends API calculation before every writing sync", async () => {
    const excel = new FakeExcel();
    excel.calculationMode = "AutomaticExceptTables";
    const port = new OfficeWorkbook(excel.run);
    const before = excel.metrics.syncs;
    excel.operations = [];
    await port.writeLayout(bigLayout("One", 5), { mode: "create" });
    expect(excel.calculationMode).toBe("AutomaticExceptTables");
    const setMode = excel.operations.filter((op) => JSON.stringify(op).includes("calculationMode"));
    expect(setMode).toEqual([]);
    // Syncs 1 and 2 read; every later one writes, and each suspends calculation first.
    const writing = Array.from(
      { length: excel.metrics.syncs - before - 2 },
      (_, i) => before + 3 + i
    );
    expect(writing.length).toBeGreaterThan(0);
    for (const sync of writing) expect(excel.suspendedCalculation).toContain(sync);
  });

  it("leaves the live sheet as it was when a sync fails before the commit", async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    await port.writeLayout(bigLayout("One", 5), { mode: "create" });
    const before = await port.readSheetContent("One");
    excel.failAtSync = excel.metrics.syncs + 4; // fails while staged content is written
    await expect(port.writeLayout(bigLayout("One", 7), { mode: "replace" })).rejects.toThrow(
      /Injected failure|failure/i
    );
    excel.failAtSync = undefined;
    expect(await port.readSheetContent("One")).toEqual(before);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "One", "TrustTier_Settings"]);
  });
});

describe("the recording fake follows Office.js rules", () => {
  it("throws when a property is read before it is loaded and synced", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available|items/);
      sheets.load("items/name");
      expect(() => sheets.items).toThrow();
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
      expect(() => sheets.items[0].visibility).toThrow(/visibility/);
    });
  });

  it("gives a null object for a missing sheet and applies writes only at sync", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      sheet.getRange("A1:B1").values = [["'=1", "+SUM(1)"]];
      expect(excel.model.sheets[0].cells.size).toBe(0);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(sheet.isNullObject).toBe(false);
    });
    const cells = excel.model.sheets[0].cells;
    expect(cells.get("0,0")).toEqual({ value: "=1" });
    expect(cells.get("0,1")).toEqual({ value: null, formula: "=+SUM(1)" });
  });
});
