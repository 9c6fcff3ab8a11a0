import { cellKey } from "../../src/adapters/memory/model";
import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import type { SheetLayout } from "../../src/core/layout/types";
import { isWorkbookError } from "../../src/port/errors";
import { FakeExcel } from "../support/fake-excel";
import { harnesses } from "./support/harnesses";

const schools: SheetLayout = {
  name: "Schools",
  cells: [],
  tables: [
    {
      name: "Schools",
      row: 1,
      col: 1,
      headers: ["URN", "Ofsted", "QA"],
      rows: [
        [100001, "Good", "No issues"],
        [100002, "Inadequate", "Significant issues"],
        [100003, "", "Minor issues"],
      ],
    },
  ],
};

const FORMULA =
  '=TRUST.TIER("tiers",Schools[[#Headers],[Ofsted]:[QA]],Schools[@[Ofsted]:[QA]],TODAY())';

describe.each(Object.keys(harnesses))("setTableColumn through the %s adapter", (kind) => {
  it("adds a column of values at the table's end, text kept literal, other cells untouched", async () => {
    const h = harnesses[kind]();
    await h.port.writeLayout(schools, { mode: "create" });
    const result = await h.port.setTableColumn("schools", {
      header: "Tier (proposed)",
      values: ["Grow", "=cmd|' /C calc'!A0", null],
    });
    expect(result).toEqual({ table: "Schools", index: 3, added: true });
    const table = await (await h.reopen()).readTable("Schools");
    expect(table.headers).toEqual(["URN", "Ofsted", "QA", "Tier (proposed)"]);
    expect(table.rows).toEqual([
      [100001, "Good", "No issues", "Grow"],
      [100002, "Inadequate", "Significant issues", "=cmd|' /C calc'!A0"],
      [100003, null, "Minor issues", null],
    ]);
  });

  it("rewrites an existing column found by header without case, and formats it", async () => {
    const h = harnesses[kind]();
    await h.port.writeLayout(schools, { mode: "create" });
    await h.port.setTableColumn("Schools", { header: "Next review", values: [1, 2, 3] });
    const result = await h.port.setTableColumn("Schools", {
      header: "NEXT REVIEW",
      values: [46000, 46100, 46200],
      numberFormat: "d mmm yyyy",
    });
    expect(result.added).toBe(false);
    const model = await h.inspect();
    const sheet = model.sheets.find((s) => s.name === "Schools")!;
    expect([2, 3, 4].map((row) => sheet.cells.get(cellKey(row, 4))?.value)).toEqual([
      46000, 46100, 46200,
    ]);
    expect(sheet.cells.get(cellKey(2, 4))?.numberFormat).toBe("d mmm yyyy");
    expect((await (await h.reopen()).readTable("Schools")).headers).toHaveLength(4);
  });

  it("refuses to grow over cells right of the table, naming the cell, and changes nothing", async () => {
    const h = harnesses[kind]();
    await h.port.writeLayout(
      { ...schools, cells: [{ row: 3, col: 4, value: "a note" }] },
      { mode: "create" }
    );
    const error = await h.port
      .setTableColumn("Schools", { header: "Tier", values: ["a", "b", "c"] })
      .catch((e: unknown) => e);
    expect(isWorkbookError(error, "CellsNotEmpty")).toBe(true);
    expect((error as Error).message).toContain("Schools!E4");
    const table = await h.port.readTable("Schools");
    expect(table.headers).toEqual(["URN", "Ofsted", "QA"]);
  });

  it("leaves a row given undefined as it is: its value and number format stay", async () => {
    const h = harnesses[kind]();
    await h.port.writeLayout(schools, { mode: "create" });
    await h.port.setTableColumn("Schools", {
      header: "Due",
      values: [46000, 46100, 46200],
      numberFormat: "d mmm yyyy",
    });
    await h.port.setTableColumn("Schools", { header: "Due", values: [undefined, 1, null] });
    const table = await (await h.reopen()).readTable("Schools");
    expect(table.rows.map((row) => row[3])).toEqual([46000, 1, null]);
    const sheet = (await h.inspect()).sheets.find((s) => s.name === "Schools")!;
    expect(sheet.cells.get(cellKey(2, 4))?.numberFormat).toBe("d mmm yyyy");
  });

  it("refuses values that do not match the table's rows, and an unknown table", async () => {
    const h = harnesses[kind]();
    await h.port.writeLayout(schools, { mode: "create" });
    await expect(
      h.port.setTableColumn("Schools", { header: "Tier", values: ["a"] })
    ).rejects.toThrow("Column Tier for table Schools has 1 values; the table has 3 rows.");
    await expect(
      h.port.setTableColumn("Nope", { header: "Tier", values: [] })
    ).rejects.toMatchObject({ code: "TableNotFound" });
  });
});

describe.each(["memory", "office"])(
  "setTableColumn leaves cells through the %s adapter",
  (kind) => {
    // xlsx writes no formula column, so the formula is set up where a formula can be written.
    it("leaves a cell given undefined as it is: a person's formula stays a formula, its format stays", async () => {
      const h = harnesses[kind]();
      await h.port.writeLayout(schools, { mode: "create" });
      const typed = '=IF([@Ofsted]="Inadequate","Review","No issues")';
      await h.port.setTableColumn("Schools", { header: "QA", formula: typed });
      await h.port.setTableColumn("Schools", {
        header: "QA",
        values: ["Minor issues", undefined, null],
        numberFormat: "@",
      });
      const cells = (await h.port.readSheetContent("Schools")).cells;
      const at = (row: number) => cells.find((c) => c.row === row && c.col === 3);
      expect(at(2)?.value).toBe("Minor issues");
      expect(at(3)?.formula).toBe(typed);
      expect(at(4)).toBeUndefined(); // null clears
      const sheet = (await h.inspect()).sheets.find((s) => s.name === "Schools")!;
      expect(sheet.cells.get(cellKey(2, 3))?.numberFormat).toBe("@");
      expect(sheet.cells.get(cellKey(3, 3))?.numberFormat).toBeUndefined();
    });
  }
);

describe("a long column through Office.js", () => {
  it("goes in blocks under the request budget: 128,000 rows of 45-character text on Excel on the web", async () => {
    const excel = new FakeExcel("Book1.xlsx", { platform: "web" });
    const port = new OfficeWorkbook(excel.run);
    const rows = 128_000;
    await port.writeLayout(
      {
        name: "Measures",
        cells: [],
        tables: [
          {
            name: "Measures",
            row: 0,
            col: 0,
            headers: ["URN", "Note"],
            rows: Array.from({ length: rows }, (_, r) => [r, null]),
          },
        ],
      },
      { mode: "create" }
    );
    const text = (r: number) => `Note ${String(r).padStart(6, "0")} ${"x".repeat(33)}`;
    const values = Array.from({ length: rows }, (_, r) => (r === 5 ? undefined : text(r)));
    expect(text(0)).toHaveLength(45);
    await port.setTableColumn("Measures", { header: "Note", values });
    expect(excel.largestRequest()).toBeLessThan(5_000_000);
    const sheet = excel.sheet("Measures")!;
    expect(sheet.cells.get(cellKey(rows, 1))?.value).toBe(text(rows - 1));
    expect(sheet.cells.get(cellKey(6, 1))?.value ?? null).toBeNull();
  });
});

describe("a live formula column", () => {
  it("Office.js: the same per-row formula in every data row, in four syncs (find, read, check the cells to the right, write)", async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    await port.writeLayout(schools, { mode: "create" });
    const before = excel.metrics.syncs;
    await port.setTableColumn("Schools", {
      header: "Tier (live)",
      formula: FORMULA,
    });
    expect(excel.metrics.syncs - before).toBe(4);
    const sheet = excel.sheet("Schools")!;
    expect([2, 3, 4].map((row) => sheet.cells.get(cellKey(row, 4))?.formula)).toEqual([
      FORMULA,
      FORMULA,
      FORMULA,
    ]);
    expect(sheet.cells.get(cellKey(1, 4))?.value).toBe("Tier (live)");
  });

  it("memory: kept as the formula, for the pane's browser tests", async () => {
    const h = harnesses.memory();
    await h.port.writeLayout(schools, { mode: "create" });
    await h.port.setTableColumn("Schools", { header: "Tier (live)", formula: FORMULA });
    const sheet = (await h.inspect()).sheets[0];
    expect(sheet.cells.get(cellKey(2, 4))?.formula).toBe(FORMULA);
  });

  it("xlsx: refused with a message saying to write values instead", async () => {
    const h = harnesses.xlsx();
    await h.port.writeLayout(schools, { mode: "create" });
    await expect(
      h.port.setTableColumn("Schools", { header: "Tier (live)", formula: FORMULA })
    ).rejects.toMatchObject({ code: "NotSupported" });
  });
});
