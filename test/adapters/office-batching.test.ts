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
  it("uses the same number of syncs for 20 rows as for 2,000 (not one per cell or row)", async () => {
    const small = await syncsFor(20);
    const large = await syncsFor(2000);
    expect(small.syncs).toBe(large.syncs);
    expect(large.syncs).toBeLessThanOrEqual(6);
  });

  it("grows syncs with blocks, and keeps every request under the block budget plus overhead", async () => {
    const budget = 20_000;
    const { syncs, excel } = await syncsFor(2000, budget);
    const oneBlock = await syncsFor(2000);
    const blocks = syncs - oneBlock.syncs + 1;
    expect(blocks).toBeGreaterThan(1);
    // Cells in blocks; formats (one op a row here) ride in one request that stays well under 4 MB.
    const cellRequests = excel.metrics.requestSizes.slice(1, 1 + blocks);
    for (const size of cellRequests) expect(size).toBeLessThan(budget * 1.2);
    expect(excel.largestRequest()).toBeLessThan(4_000_000);
  });

  it("restores the user's calculation mode after a write, and after a failed one", async () => {
    const excel = new FakeExcel();
    excel.calculationMode = "AutomaticExceptTables";
    const port = new OfficeWorkbook(excel.run);
    await port.writeLayout(bigLayout("One", 5), { mode: "create" });
    expect(excel.calculationMode).toBe("AutomaticExceptTables");

    excel.failAtSync = excel.metrics.syncs + 3; // fails while formats are written
    await expect(port.writeLayout(bigLayout("One", 7), { mode: "replace" })).rejects.toThrow(
      /Injected failure/
    );
    excel.failAtSync = undefined;
    expect(excel.calculationMode).toBe("AutomaticExceptTables");
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "One"]);
    const content = await port.readSheetContent("One");
    expect(Math.max(...content.cells.map((c) => c.row))).toBe(4);
  });

  it("sets calculation to manual while writing", async () => {
    const excel = new FakeExcel();
    const seen: string[] = [];
    const port = new OfficeWorkbook(excel.run);
    await port.writeLayout(bigLayout("Calc", 3), {
      mode: "create",
      onProgress: () => seen.push(String(excel.calculationMode)),
    });
    expect(seen[0]).toBe("Manual");
    expect(excel.calculationMode).toBe("Automatic");
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
