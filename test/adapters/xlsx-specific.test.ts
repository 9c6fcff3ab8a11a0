import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addXlfnPrefixes, stripXlfnPrefixes } from "../../src/adapters/xlsx/xlfn";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";

const folder = mkdtempSync(join(tmpdir(), "trusttier-xlsx-"));

describe("xlsx adapter", () => {
  it("adds _xlfn. prefixes outside string literals and takes them off again", () => {
    const formula = '=IFS(A1>1,"IFS(",TRUE,TEXTJOIN(",",TRUE,FILTER(B:B,C:C)))&MYIFS(1)';
    const stored = addXlfnPrefixes(formula);
    expect(stored).toBe(
      '=_xlfn.IFS(A1>1,"IFS(",TRUE,_xlfn.TEXTJOIN(",",TRUE,_xlfn._xlws.FILTER(B:B,C:C)))&MYIFS(1)'
    );
    expect(stripXlfnPrefixes(stored)).toBe(formula);
  });

  it("writes the prefix into the file and no cached result", async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.writeLayout(
      { name: "S", cells: [{ row: 0, col: 0, formula: "=IFS(TRUE,1)" }] },
      { mode: "create" }
    );
    const path = join(folder, "prefix.xlsx");
    await workbook.saveAs(path);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path);
    const stored = raw.getWorksheet("S")!.findCell(1, 1)!.value as ExcelJS.CellFormulaValue;
    expect(stored.formula).toBe("_xlfn.IFS(TRUE,1)");
    expect(stored.result).toBeUndefined();
  });

  it("never saves over the file it was opened from, and names an unreadable file", async () => {
    const path = join(folder, "input.xlsx");
    const first = XlsxWorkbook.create();
    await first.writeLayout({ name: "S", cells: [] }, { mode: "create" });
    await first.saveAs(path);
    const opened = await XlsxWorkbook.open(path);
    await expect(opened.saveAs(path)).rejects.toThrow(/Refusing to overwrite the input workbook/);
    await expect(XlsxWorkbook.open(Buffer.from("not a zip"))).rejects.toThrow(
      /Could not read the workbook as an xlsx workbook/
    );
  });

  it("reads dates as Excel serial numbers, as Office does", async () => {
    const raw = new ExcelJS.Workbook();
    raw.addWorksheet("D").getCell("A1").value = new Date(Date.UTC(2024, 8, 1));
    const workbook = await XlsxWorkbook.open(Buffer.from(await raw.xlsx.writeBuffer()));
    expect((await workbook.readUsedRange("D")).values).toEqual([[45536]]);
  });
});

describe("xlsx adapter: a table with a totals row (issue 12, item 7)", () => {
  async function withTotals(): Promise<string> {
    const raw = new ExcelJS.Workbook();
    const sheet = raw.addWorksheet("Schools");
    sheet.addTable({
      name: "Schools",
      ref: "A1",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "URN", totalsRowFunction: "count" },
        { name: "Ofsted", totalsRowLabel: "Total" },
      ],
      rows: [
        [1, "Good"],
        [2, "Outstanding"],
      ],
    });
    const path = join(folder, `totals-${Math.random().toString(36).slice(2)}.xlsx`);
    await raw.xlsx.writeFile(path);
    return path;
  }

  it("reads and describes the table without its totals row", async () => {
    const workbook = await XlsxWorkbook.open(await withTotals());
    expect((await workbook.readTable("Schools")).rows).toEqual([
      [1, "Good"],
      [2, "Outstanding"],
    ]);
    expect((await workbook.describe()).tables[0].rowCount).toBe(2);
  });

  it("appends above the totals row and sets a column in data rows only", async () => {
    const workbook = await XlsxWorkbook.open(await withTotals());
    expect((await workbook.appendRows("Schools", [[3, "Good"]])).rowCount).toBe(3);
    await workbook.setTableColumn("Schools", { header: "Ofsted", values: ["A", "B", "C"] });
    const path = join(folder, "totals-appended.xlsx");
    await workbook.saveAs(path);
    const again = await XlsxWorkbook.open(path);
    expect((await again.readTable("Schools")).rows).toEqual([
      [1, "A"],
      [2, "B"],
      [3, "C"],
    ]);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path);
    // ExcelJS puts the totals label in the first column; the row moved down below the data.
    expect(raw.getWorksheet("Schools")!.getCell("A5").value).toBe("Total");
  });
});

describe("xlsx adapter: a workbook on the 1904 date system (issue 12, item 11)", () => {
  /** 2024-09-01: serial 45536 in the 1900 system, 44074 (1,462 fewer) in the 1904 system. */
  const SERIAL_1900 = 45536;

  async function book1904(): Promise<string> {
    const raw = new ExcelJS.Workbook();
    raw.properties.date1904 = true;
    const sheet = raw.addWorksheet("Schools");
    sheet.addTable({
      name: "Schools",
      ref: "A1",
      columns: [{ name: "URN" }, { name: "Inspected" }],
      rows: [[1, new Date(Date.UTC(2024, 8, 1))]],
    });
    sheet.getCell("B2").numFmt = "yyyy-mm-dd";
    const path = join(folder, `d1904-${Math.random().toString(36).slice(2)}.xlsx`);
    await raw.xlsx.writeFile(path);
    return path;
  }

  it("reads a date as the port's 1900-system serial", async () => {
    const workbook = await XlsxWorkbook.open(await book1904());
    expect((await workbook.readTable("Schools")).rows).toEqual([[1, SERIAL_1900]]);
  });

  it("writes date-formatted serials so Excel shows the same date (1,462 lower on disk)", async () => {
    const workbook = await XlsxWorkbook.open(await book1904());
    await workbook.writeLayout(
      {
        name: "Plan",
        cells: [
          { row: 0, col: 0, value: SERIAL_1900, numberFormat: "d mmm yyyy" },
          { row: 0, col: 1, value: 12 },
        ],
      },
      { mode: "create" }
    );
    await workbook.setTableColumn("Schools", {
      header: "Next review",
      values: [SERIAL_1900],
      numberFormat: "yyyy-mm-dd",
    });
    const path = join(folder, "d1904-written.xlsx");
    await workbook.saveAs(path);
    const again = await XlsxWorkbook.open(path);
    expect((await again.readTable("Schools")).rows).toEqual([[1, SERIAL_1900, SERIAL_1900]]);
    expect((await again.readUsedRange("Plan")).values).toEqual([[SERIAL_1900, 12]]);
    // As Excel reads the file, on the 1904 system: the same date, not four years later.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path);
    expect(raw.properties.date1904).toBe(true);
    const day = new Date(Date.UTC(2024, 8, 1));
    expect(raw.getWorksheet("Plan")!.getCell("A1").value).toEqual(day);
    expect(raw.getWorksheet("Schools")!.getCell("C2").value).toEqual(day);
  });
});
