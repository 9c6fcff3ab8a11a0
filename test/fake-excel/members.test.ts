import type { FakeRange } from "../support/fake-excel/range";
import { batch, fake, put, valueAt } from "./helpers";

/** Members the in-place writer will call, with their documented behaviour (RULES.md). */

describe("members for the in-place writer", () => {
  it("suspendApiCalculationUntilNextSync is recorded against the sync that carries it", async () => {
    const excel = fake();
    await batch(excel, async (b) => {
      const { context } = b;
      await context.sync();
      context.workbook.application.suspendApiCalculationUntilNextSync();
      (b.sheet("Sheet1").getRange("A1") as FakeRange).values = [[1]];
      await context.sync();
    });
    expect(excel.suspendedCalculation).toEqual([2]);
  });

  it("reads workbook.readOnly, workbook protection and sheet protection", async () => {
    const excel = fake();
    excel.readOnly = true;
    excel.protectedSheets.add("Sheet1");
    const seen = await batch(excel, async (b) => {
      const { context } = b;
      const { workbook } = context;
      const sheet = b.sheet("Sheet1");
      workbook.load("readOnly");
      workbook.protection.load();
      sheet.protection.load();
      await context.sync();
      return [workbook.readOnly, workbook.protection.protected, sheet.protection.protected];
    });
    expect(seen).toEqual([true, false, true]);
  });

  it("getRanges formats every area with one object in the request", async () => {
    const excel = fake();
    await batch(excel, async (b) => {
      const { context } = b;
      b.sheet("Sheet1").getRanges("A1:B1, D4").format.fill.color = "#FF0000";
      await context.sync();
    });
    const cells = excel.sheet("Sheet1")!.cells;
    expect(["0,0", "0,1", "3,3"].map((key) => cells.get(key)?.style?.fillColor)).toEqual([
      "#FF0000",
      "#FF0000",
      "#FF0000",
    ]);
    expect(cells.get("2,2")).toBeUndefined();
  });

  it("copyFrom fills a destination that is an exact multiple of the source with whole copies", async () => {
    const excel = fake();
    await put(excel, "S", "A1:B2", [
      [1, 2],
      [3, "=A2"],
    ]);
    await batch(excel, async (b) => {
      const { context } = b;
      (b.sheet("S").getRange("D1:I2") as FakeRange).copyFrom("A1:B2");
      await context.sync();
    });
    const sheet = excel.sheet("S");
    expect([3, 4, 5, 6, 7, 8].map((c) => valueAt(sheet, [0, c]))).toEqual([1, 2, 1, 2, 1, 2]);
    expect(sheet!.cells.get("1,8")?.formula).toBe("=H2");
  });

  it("insert Right moves the cells right of the range and the references to them", async () => {
    const excel = fake();
    await put(excel, "S", "A1:C1", [[1, 2, "=B1+C1"]]);
    await batch(excel, async (b) => {
      const { context } = b;
      b.sheet("S").getRange("B1").insert("Right");
      await context.sync();
    });
    const sheet = excel.sheet("S");
    expect([0, 1, 2].map((c) => valueAt(sheet, [0, c]))).toEqual([1, undefined, 2]);
    expect(sheet!.cells.get("0,3")?.formula).toBe("=C1+D1");
  });

  it("deleting a table row moves the rows below up inside the table's columns", async () => {
    const excel = fake();
    await put(excel, "S", "A1:C4", [
      ["URN", "Level", ""],
      [1, "Lead", "x"],
      [2, "Grow", "y"],
      [3, "Reinvent", "z"],
    ]);
    await batch(excel, async (b) => {
      const { context } = b;
      b.sheet("S").tables.add("A1:B4", true).name = "Levels";
      await context.sync();
      b.table("Levels").rows.deleteRowsAt(0, 1);
      await context.sync();
    });
    const sheet = excel.sheet("S");
    expect([1, 2].map((r) => valueAt(sheet, [r, 0]))).toEqual([2, 3]);
    expect(valueAt(sheet, [3, 0])).toBeUndefined();
    expect(valueAt(sheet, [1, 2])).toBe("x"); // beside the table: stays
    expect(sheet!.tables[0].rowCount).toBe(2);
  });

  it("tables.add without headers generates a header row and shifts the data down by one row", async () => {
    const excel = fake();
    await put(excel, "S", "A1:B2", [
      [1, "Lead"],
      [2, "Grow"],
    ]);
    await batch(excel, async (b) => {
      const { context } = b;
      b.sheet("S").tables.add("A1:B2", false);
      await context.sync();
    });
    const sheet = excel.sheet("S");
    expect([0, 1, 2].map((r) => valueAt(sheet, [r, 0]))).toEqual(["Column1", 1, 2]);
    expect(sheet!.tables[0]).toMatchObject({ row: 0, rowCount: 2, width: 2 });
  });
});
