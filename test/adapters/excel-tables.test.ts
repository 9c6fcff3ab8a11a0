import { cellKey } from "../../src/adapters/memory/model";
import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import type { ContextApi, ExcelRunner } from "../../src/adapters/office/api";
import { FakeExcel } from "../support/fake-excel";
import { batch, fake, formulaAt, put, valueAt } from "../fake-excel/helpers";

/** Issue 12, item 7: tables as people build them, through the Office.js adapter, strict fake. */

async function schools(options: { totals?: boolean; filtered?: boolean; mine?: boolean } = {}) {
  const excel = fake();
  const mine = options.mine ? [["Mine"], ["=[@URN]*2"], ["=[@URN]*2"]] : [];
  await put(excel, "Schools", options.mine ? "A1:C3" : "A1:B3", [
    ["URN", "Ofsted", ...(mine[0] ?? [])],
    [1, "Good", ...(mine[1] ?? [])],
    [2, "Outstanding", ...(mine[2] ?? [])],
  ]);
  await batch(excel, async (b) => {
    const { context } = b;
    b.sheet("Schools").tables.add(options.mine ? "A1:C3" : "A1:B3", true).name = "Schools";
    await context.sync();
    if (options.totals) {
      b.table("Schools").showTotals = true;
      b.sheet("Schools").getRange("A4").formulas = [["=SUBTOTAL(103,Schools[URN])"]];
    }
    if (options.filtered) {
      b.table("Schools").autoFilter.apply(b.table("Schools").getRange(), 1, {
        filterOn: "Values",
        values: ["Good"],
      });
    }
    await context.sync();
  });
  return { excel, port: new OfficeWorkbook(excel.run) };
}

describe("a table with a totals row", () => {
  it("is read, and described, without its totals row", async () => {
    const { port } = await schools({ totals: true });
    const table = await port.readTable("Schools");
    expect(table.rows).toEqual([
      [1, "Good"],
      [2, "Outstanding"],
    ]);
    expect(table.rowCount).toBe(2);
    expect((await port.describe()).tables[0].rowCount).toBe(2);
  });

  it("gets rows above the totals row, which keeps its formula", async () => {
    const { excel, port } = await schools({ totals: true });
    const result = await port.appendRows("Schools", [[3, "Good"]]);
    expect(result.rowCount).toBe(3);
    expect(valueAt(excel.sheet("Schools"), [3, 0])).toBe(3);
    expect(formulaAt(excel.sheet("Schools"), [4, 0])).toBe("=SUBTOTAL(103,Schools[URN])");
  });

  it("takes a TrustTier column in its data rows only, never its totals row", async () => {
    const { excel, port } = await schools({ totals: true });
    await port.setTableColumn("Schools", { header: "Tier", values: ["Grow", "Sustain"] });
    await port.setTableColumn("Schools", { header: "Tier", values: ["Grow", "Grow"] });
    const sheet = excel.sheet("Schools");
    expect([1, 2, 3].map((row) => valueAt(sheet, [row, 2]) ?? null)).toEqual([
      "Grow",
      "Grow",
      null,
    ]);
    expect(formulaAt(sheet, [3, 0])).toBe("=SUBTOTAL(103,Schools[URN])");
  });
});

describe("a filtered table", () => {
  it("is read in full, rows the filter hides included", async () => {
    const { port } = await schools({ filtered: true });
    expect((await port.readTable("Schools")).rows).toHaveLength(2);
  });

  it("refuses appended rows with a message naming the table and its filter; nothing changes", async () => {
    const { excel, port } = await schools({ filtered: true });
    await expect(port.appendRows("Schools", [[3, "Good"]])).rejects.toMatchObject({
      code: "TableFiltered",
      message: expect.stringMatching(/Table Schools is filtered.*Clear its filter/),
    });
    expect(valueAt(excel.sheet("Schools"), [3, 0]) ?? null).toBeNull();
  });

  it("takes appended rows with clearFilter: true (the person agreed), its filter cleared", async () => {
    const { excel, port } = await schools({ filtered: true });
    const result = await port.appendRows("Schools", [[3, "Good"]], { clearFilter: true });
    expect(result.rowCount).toBe(3);
    expect(valueAt(excel.sheet("Schools"), [3, 0])).toBe(3);
    expect(excel.sheet("Schools")!.tables[0].filtered).toBe(false);
  });
});

describe("a person's own columns", () => {
  it('appendRows leaves a calculated column to Excel: null is sent, never ""', async () => {
    const { excel, port } = await schools({ mine: true });
    await port.appendRows("Schools", [[3, "Good", null]]);
    expect(formulaAt(excel.sheet("Schools"), [3, 2])).toBe("=[@URN]*2");
  });
});

describe("before writing, what could refuse it (item 10)", () => {
  const layout = { name: "Summary", cells: [{ row: 0, col: 0, value: "Tier" }] };

  it("a read-only workbook: every write stops first, naming what it would write", async () => {
    const { excel, port } = await schools();
    excel.readOnly = true;
    await expect(port.writeLayout(layout, { mode: "create" })).rejects.toMatchObject({
      code: "Protected",
      message: expect.stringMatching(/read-only.*"Summary"/),
    });
    await expect(port.appendRows("Schools", [[3, "Good"]])).rejects.toMatchObject({
      code: "Protected",
    });
    await expect(
      port.setTableColumn("Schools", { header: "Tier", values: ["a", "b"] })
    ).rejects.toMatchObject({ code: "Protected" });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Schools"]);
  });

  it("structure protection: a write run stops before adding any sheet, and says what to do", async () => {
    const { excel, port } = await schools();
    excel.workbookProtected = true;
    await expect(port.writeSettings({ a: 1 })).rejects.toMatchObject({
      code: "Protected",
      message: expect.stringMatching(/structure is protected.*Unprotect it/),
    });
    await expect(port.writeLayout(layout, { mode: "create" })).rejects.toMatchObject({
      code: "Protected",
    });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Schools"]);
    // Rows and columns in a table add no sheet: structure protection does not stop them.
    await port.appendRows("Schools", [[3, "Good"]]);
  });

  it("a protected sheet: replacing it, appending to or adding a column on its table stop", async () => {
    const { excel, port } = await schools();
    await port.writeLayout(layout, { mode: "create" });
    excel.protectedSheets.add("Summary");
    excel.protectedSheets.add("Schools");
    await expect(
      port.writeLayout(
        { ...layout, cells: [{ row: 0, col: 0, value: "New" }] },
        { mode: "replace" }
      )
    ).rejects.toMatchObject({
      code: "Protected",
      message: expect.stringContaining('Sheet "Summary" is protected'),
    });
    expect(valueAt(excel.sheet("Summary"), [0, 0])).toBe("Tier");
    await expect(port.appendRows("Schools", [[3, "Good"]])).rejects.toMatchObject({
      code: "Protected",
      message: expect.stringContaining('Sheet "Schools" is protected'),
    });
    await expect(
      port.setTableColumn("Schools", { header: "Tier", values: ["a", "b"] })
    ).rejects.toMatchObject({ code: "Protected" });
    expect(excel.model.sheets.some((s) => s.name.startsWith("TrustTier_stage"))).toBe(false);
  });

  it("the settings sheet protected: a settings write stops", async () => {
    const { excel, port } = await schools();
    await port.writeSettings({ a: 1 });
    excel.protectedSheets.add("TrustTier_Settings");
    await expect(port.writeSettings({ a: 2 })).rejects.toMatchObject({
      code: "Protected",
      message: expect.stringContaining("TrustTier_Settings"),
    });
    expect((await port.readSettings()).values).toEqual({ a: 1 });
  });

  it("the checks cost no extra round trip for appendRows and setTableColumn", async () => {
    const { excel, port } = await schools();
    const before = excel.metrics.syncs;
    await port.appendRows("Schools", [[3, "Good"]]);
    expect(excel.metrics.syncs - before).toBe(3);
  });
});

describe("calculation (item 8)", () => {
  it("describe says Manual, and 'Automatic except tables', as they are; nothing sets the mode", async () => {
    const { excel, port } = await schools();
    expect((await port.describe()).calculation).toBe("automatic");
    excel.calculationMode = "Manual";
    excel.operations = [];
    expect((await port.describe()).calculation).toBe("manual");
    await port.writeLayout({ name: "Summary", cells: [] }, { mode: "create" });
    await port.appendRows("Schools", [[3, "Good"]]);
    expect(excel.operations.some((op) => JSON.stringify(op).includes("calculationMode"))).toBe(
      true
    );
    expect(
      excel.operations.filter(
        (op) =>
          JSON.stringify(op).includes("calculationMode") &&
          JSON.stringify(op).includes("SetProperty")
      )
    ).toEqual([]);
    expect(excel.calculationMode).toBe("Manual");
    excel.calculationMode = "AutomaticExceptTables";
    expect((await port.describe()).calculation).toBe("semiautomatic");
  });
});

describe("large tables (item 11)", () => {
  const ROWS = 25_000;
  const WIDTH = 10;
  /** 25,000 rows of ten 30-character texts: about 8 MB as JSON, over the 5 MB response limit. */
  function bigTable(): FakeExcel {
    const excel = fake();
    const sheet = excel.model.sheets[0];
    for (let c = 0; c < WIDTH; c++) sheet.cells.set(cellKey(0, c), { value: `Column ${c + 1}` });
    for (let r = 1; r <= ROWS; r++) {
      for (let c = 0; c < WIDTH; c++) {
        sheet.cells.set(cellKey(r, c), { value: `row ${r} column ${c} `.padEnd(30, "x") });
      }
    }
    sheet.tables.push({ name: "Big", row: 0, col: 0, width: WIDTH, rowCount: ROWS });
    return excel;
  }

  it("a 25,000-row table reads correctly in blocks, each response under 5 MB", async () => {
    const excel = bigTable();
    const table = await new OfficeWorkbook(excel.run).readTable("Big");
    expect(table.rowCount).toBe(ROWS);
    expect(table.rows[0][0]).toBe("row 1 column 0 ".padEnd(30, "x"));
    expect(table.rows[ROWS - 1][WIDTH - 1]).toBe(
      `row ${ROWS} column ${WIDTH - 1} `.padEnd(30, "x")
    );
    expect(Math.max(...excel.metrics.responseSizes)).toBeLessThan(5_000_000);
    expect(excel.metrics.syncs).toBeGreaterThan(3);
  });

  it("a table that grows between blocks is refused, not returned half old and half new", async () => {
    const excel = bigTable();
    let syncs = 0;
    const runner: ExcelRunner = (body) =>
      excel.run((context) => {
        const sync = context.sync.bind(context);
        const watched: ContextApi = Object.assign(Object.create(context) as ContextApi, {
          workbook: context.workbook,
          sync: async () => {
            await sync();
            if (++syncs === 3) excel.model.sheets[0].tables[0].rowCount += 1;
          },
        });
        return body(watched);
      });
    await expect(new OfficeWorkbook(runner).readTable("Big")).rejects.toMatchObject({
      code: "TableChanged",
      message: expect.stringContaining("Table Big changed while it was being read"),
    });
  });
});

describe("a table with another table below, reaching beyond its columns", () => {
  it("refuses appended rows with a message naming the table and what is below it; nothing changes", async () => {
    const { excel, port } = await schools();
    await put(excel, "Schools", "B6:C7", [
      ["Note", "By"],
      ["x", "y"],
    ]);
    await batch(excel, async (b) => {
      b.sheet("Schools").tables.add("B6:C7", true).name = "Notes";
      await b.context.sync();
    });
    await expect(port.appendRows("Schools", [[3, "Good"]])).rejects.toMatchObject({
      code: "InsertConflict",
      message: expect.stringMatching(
        /table Schools on sheet Schools: below it, another table or merged cells.*no rows were added/
      ),
    });
    expect((await port.readTable("Schools")).rows).toHaveLength(2);
  });
});
