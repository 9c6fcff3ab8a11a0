import { cellKey } from "../../src/adapters/memory/model";
import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import type { SheetLayout } from "../../src/core/layout/types";
import { isDateFormat } from "../../src/port/date-system";
import { FakeExcel } from "../support/fake-excel";

/** 2024-09-01: serial 45536 in the 1900 system, 44074 (1,462 fewer) in the 1904 system. */
const SERIAL_1900 = 45536;
const SERIAL_1904 = 44074;

/** A card's date cell, a plan's date column (a range format), and plain numbers beside them. */
const LAYOUT: SheetLayout = {
  name: "Plan",
  cells: [
    { row: 0, col: 0, value: SERIAL_1900, numberFormat: "d mmm yyyy" },
    { row: 0, col: 1, value: 12 },
    { row: 0, col: 2, value: 0.5, numberFormat: "h:mm" },
  ],
  tables: [
    {
      name: "Actions",
      row: 2,
      col: 0,
      headers: ["Action", "Due", "Score"],
      rows: [
        ["Review", SERIAL_1900, 45536],
        ["Visit", SERIAL_1900 + 30, 7],
      ],
    },
  ],
  formats: [{ range: { row: 3, col: 1, rows: 2 }, numberFormat: "yyyy-mm-dd" }],
};

async function written(date1904: boolean) {
  const excel = new FakeExcel("Book1.xlsx", { date1904 });
  const port = new OfficeWorkbook(excel.run);
  const start = excel.metrics.syncs;
  await port.writeLayout(LAYOUT, { mode: "create" });
  const writeSyncs = excel.metrics.syncs - start;
  return { excel, port, writeSyncs };
}

const stored = (excel: FakeExcel, row: number, col: number) =>
  excel.sheet("Plan")!.cells.get(cellKey(row, col))?.value;

describe("isDateFormat: which number formats show a date", () => {
  it.each(["d mmm yyyy", "yyyy-mm-dd", "dd/mm/yy", "[$-en-GB]d mmmm yyyy", "mmm-yy", "dddd"])(
    "%s is a date format",
    (format) => expect(isDateFormat(format)).toBe(true)
  );
  it.each(["General", "0", "0.0", "@", "h:mm", "mm:ss", '0 "days"', "\\d0", "[Red]0.00", "", 7])(
    "%s is not",
    (format) => expect(isDateFormat(format)).toBe(false)
  );
});

describe("the fake's functions.date (ExcelApi 1.2)", () => {
  async function date(date1904: boolean, y: number, m: number, d: number) {
    const excel = new FakeExcel("Book1.xlsx", { date1904 });
    return excel.run(async (context) => {
      const result = context.workbook.functions.date(y, m, d);
      result.load("value");
      await context.sync();
      return result.value;
    });
  }

  it("answers as Excel does on each date system, Lotus's 29 February 1900 included", async () => {
    expect(await date(false, 1904, 1, 1)).toBe(1462);
    expect(await date(true, 1904, 1, 1)).toBe(0);
    expect(await date(false, 1900, 1, 1)).toBe(1);
    expect(await date(false, 1900, 3, 1)).toBe(61);
    expect(await date(false, 2024, 9, 1)).toBe(SERIAL_1900);
    expect(await date(true, 2024, 9, 1)).toBe(SERIAL_1904);
  });
});

describe("OfficeWorkbook on a 1904 workbook (issue 12, item 11)", () => {
  it("writes date-formatted numbers 1,462 lower, and leaves every other number alone", async () => {
    const { excel } = await written(true);
    expect(stored(excel, 0, 0)).toBe(SERIAL_1904);
    expect(stored(excel, 3, 1)).toBe(SERIAL_1904);
    expect(stored(excel, 4, 1)).toBe(SERIAL_1904 + 30);
    expect(stored(excel, 0, 1)).toBe(12);
    expect(stored(excel, 0, 2)).toBe(0.5);
    expect(stored(excel, 3, 2)).toBe(45536);
  });

  it("reads back exactly what the same write reads back on a 1900 workbook", async () => {
    const old = await written(false);
    const mac = await written(true);
    for (const { port } of [old, mac]) {
      expect((await port.readUsedRange("Plan")).values[0]).toEqual([SERIAL_1900, 12, 0.5]);
    }
    expect(await mac.port.readTable("Actions")).toEqual(await old.port.readTable("Actions"));
    expect((await mac.port.readTable("Actions")).rows).toEqual([
      ["Review", SERIAL_1900, 45536],
      ["Visit", SERIAL_1900 + 30, 7],
    ]);
    expect(await mac.port.readUsedRange("Plan")).toEqual(await old.port.readUsedRange("Plan"));
    expect(await mac.port.readSheetContent("Plan")).toEqual(
      await old.port.readSheetContent("Plan")
    );
  });

  it("reads a date a person typed on the 1904 system as the port's 1900 serial", async () => {
    const excel = new FakeExcel("Book1.xlsx", { date1904: true });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject("Sheet1").getRange("A1:C1");
      range.values = [[SERIAL_1904, SERIAL_1904, 3]];
      range.numberFormat = [["dd/mm/yyyy", "General", "0"]];
      await context.sync();
    });
    const port = new OfficeWorkbook(excel.run);
    expect((await port.readUsedRange("Sheet1")).values).toEqual([[SERIAL_1900, SERIAL_1904, 3]]);
    const [content] = await port.readSheetContents(["Sheet1"]);
    expect(content.cells.map((cell) => cell.value)).toEqual([SERIAL_1900, SERIAL_1904, 3]);
  });

  it("writes a date column into a table 1,462 lower, and only when its format is a date", async () => {
    const { excel, port } = await written(true);
    await port.setTableColumn("Actions", {
      header: "Next review",
      values: [SERIAL_1900, SERIAL_1900 + 1],
      numberFormat: "d mmm yyyy",
    });
    await port.setTableColumn("Actions", { header: "Count", values: [SERIAL_1900, 2] });
    expect(stored(excel, 3, 3)).toBe(SERIAL_1904);
    expect(stored(excel, 3, 4)).toBe(SERIAL_1900);
    expect((await port.readTable("Actions")).rows[1]).toEqual([
      "Visit",
      SERIAL_1900 + 30,
      7,
      SERIAL_1900 + 1,
      2,
    ]);
  });

  it("appends a row's date 1,462 lower where the table's last row shows dates", async () => {
    const { excel, port } = await written(true);
    await port.appendRows("Actions", [["Call", SERIAL_1900 + 2, 5]]);
    expect(stored(excel, 5, 1)).toBe(SERIAL_1904 + 2);
    expect(stored(excel, 5, 2)).toBe(5);
  });

  it("asks the date system in syncs the 1900 workbook makes anyway: no extra round trip", async () => {
    const old = await written(false);
    const mac = await written(true);
    expect(mac.writeSyncs).toBe(old.writeSyncs);
    const count = async ({ excel, port }: Awaited<ReturnType<typeof written>>) => {
      const start = excel.metrics.syncs;
      await port.readTable("Actions");
      await port.readUsedRange("Plan");
      await port.readSheetContents(["Plan"]);
      await port.setTableColumn("Actions", {
        header: "Due",
        values: [1, 2],
        numberFormat: "d/m/y",
      });
      await port.appendRows("Actions", [["Call", SERIAL_1900, 5]]);
      return excel.metrics.syncs - start;
    };
    expect(await count(mac)).toBe(await count(old));
  });

  it("reads a large date table in blocks whose responses, formats included, stay in budget", async () => {
    const ROWS = 5_000;
    const WIDTH = 8;
    const LONG = "[$-en-GB]dddd d mmmm yyyy";
    const excel = new FakeExcel("Book1.xlsx", { date1904: true });
    const sheet = excel.model.sheets[0];
    for (let c = 0; c < WIDTH; c++) sheet.cells.set(cellKey(0, c), { value: `Day ${c + 1}` });
    for (let r = 1; r <= ROWS; r++) {
      for (let c = 0; c < WIDTH; c++) {
        sheet.cells.set(cellKey(r, c), { value: SERIAL_1904 + r, numberFormat: LONG });
      }
    }
    sheet.tables.push({ name: "Days", row: 0, col: 0, width: WIDTH, rowCount: ROWS });
    const budget = 100_000;
    const table = await new OfficeWorkbook(excel.run, budget).readTable("Days");
    expect(table.rows[0]).toEqual(Array(WIDTH).fill(SERIAL_1900 + 1));
    expect(table.rows[ROWS - 1]).toEqual(Array(WIDTH).fill(SERIAL_1900 + ROWS));
    expect(Math.max(...excel.metrics.responseSizes)).toBeLessThanOrEqual(budget * 1.05);
  });
});
