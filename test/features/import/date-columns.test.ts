import { cellKey } from "../../../src/adapters/memory/model";
import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import { DATE_FORMAT } from "../../../src/core/layout/number-formats";
import { tableSheetLayout } from "../../../src/core/layout/table-sheet";
import { importPublishedData } from "../../../src/features/import";
import { FakeExcel } from "../../support/fake-excel";
import { fixture } from "../../core/published/fixture-files";

/**
 * A date column the import adds to an existing table is written with a date format, so it shows
 * dates (not 45536 as General) and, on a 1904 workbook, the adapter moves its serials to the
 * workbook's date system.
 */
describe.each([false, true])("an import adding date columns on Excel, 1904: %s", (date1904) => {
  it("writes them as dates on the workbook's date system", async () => {
    const excel = new FakeExcel("trust.xlsx", { date1904 });
    const port = new OfficeWorkbook(excel.run);
    for (const layout of [
      tableSheetLayout({
        name: "Schools",
        grid: [
          ["URN", "School name", "Phase"],
          [138776, "Zaytouna Primary School", "Primary"],
        ],
        dateColumns: [],
      }),
      tableSheetLayout({
        name: "Inspections",
        grid: [
          ["URN", "Inspection type"],
          [138776, "Typed by a person"],
        ],
        dateColumns: [],
      }),
    ]) {
      await port.writeLayout(layout, { mode: "create" });
    }
    await importPublishedData(port, { files: [fixture("synthetic/ofsted_mi_eif_2023-08-31.csv")] });
    const table = await port.readTable("Inspections");
    const col = table.headers.findIndex((h) => /inspection date/i.test(String(h)));
    expect(col).toBeGreaterThan(1);
    const row = table.rows.findIndex((r) => typeof r[col] === "number");
    expect(row).toBeGreaterThan(0);
    const serial = table.rows[row][col] as number;
    expect(serial).toBeGreaterThan(40000); // read back on the 1900 system, as TrustTier keeps dates
    const cell = excel.sheet(table.sheet)!.cells.get(cellKey(table.origin.row + 1 + row, col));
    expect(cell?.numberFormat).toBe(DATE_FORMAT);
    expect(cell?.value).toBe(date1904 ? serial - 1462 : serial);
  });
});
