import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import { buildDemoWorkbook } from "../../../src/features/demo";
import { importPublishedData } from "../../../src/features/import";
import { proposeTargets, writeTargets } from "../../../src/features/targets";
import { WorkbookError, type WorkbookPort } from "../../../src/port";
import { FakeExcel } from "../../support/fake-excel";
import { batch } from "../../fake-excel/helpers";
import { trustTableLayouts } from "./trust-tables";
import { fixture } from "../../core/published/fixture-files";
import { demoTables } from "../demo-fixtures";

/** Every sheet's cells with formulas: what a refused write must leave as it was. */
async function everything(port: WorkbookPort) {
  const sheets = (await port.describe()).sheets.map((s) => s.name);
  return port.readSheetContents(sheets);
}

async function filter(excel: FakeExcel, table: string) {
  await batch(excel, async (b) => {
    b.table(table).autoFilter.apply(b.table(table).getRange(), 0, {
      filterOn: "Custom",
      criterion1: ">0",
    });
    await b.context.sync();
  });
}

describe("a filtered table on Excel (the fake) refuses rows before anything is written", () => {
  it("an import: no table changes, the message names the filtered table", async () => {
    const excel = new FakeExcel("trust.xlsx");
    const port = new OfficeWorkbook(excel.run);
    for (const layout of trustTableLayouts()) {
      await port.writeLayout(layout, { mode: "create" });
    }
    await filter(excel, "Measures");
    const before = await everything(port);
    await expect(
      importPublishedData(port, {
        files: [fixture("dfe-2018-19/england_abs.csv"), fixture("dfe-2018-19/england_census.csv")],
      })
    ).rejects.toMatchObject({
      code: "TableFiltered",
      message: expect.stringMatching(/Table Measures is filtered.*nothing was changed/),
    });
    expect(await everything(port)).toEqual(before);
  });

  it("writing Targets: the Targets table and the workbook stay as they were", async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    await buildDemoWorkbook(port, demoTables());
    const proposed = await proposeTargets(port);
    await filter(excel, "Targets");
    const before = await everything(port);
    await expect(writeTargets(port, proposed)).rejects.toMatchObject({ code: "TableFiltered" });
    expect(await everything(port)).toEqual(before);
  });
});

describe("a failure after an earlier table was written", () => {
  it("says which tables were already written", async () => {
    const memory = await MemoryWorkbook.from(
      "trust.xlsx",
      trustTableLayouts([
        ["URN", "School name", "Phase"],
        [138776, "Zaytouna Primary School", "Primary"],
      ])
    );
    // Measures comes before National in the import's order: National's creation fails after
    // Measures is written.
    const port: WorkbookPort = Object.assign(Object.create(memory) as WorkbookPort, {
      writeLayout: () => Promise.reject(new WorkbookError("WriteFailed", "Excel failed.")),
    });
    await expect(
      importPublishedData(port, {
        files: [fixture("dfe-2018-19/england_abs.csv"), fixture("dfe-2018-19/england_census.csv")],
      })
    ).rejects.toMatchObject({
      code: "WriteFailed",
      message: expect.stringMatching(
        /^Excel failed\. \(Table \w+ stopped the import; Measures was already written and stays as written\.\)$/
      ),
    });
  });
});
