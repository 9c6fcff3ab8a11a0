import { cellKey } from "../../../src/adapters/memory/model";
import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import { importPublishedData } from "../../../src/features/import";
import { FakeExcel } from "../../support/fake-excel";
import { trustTableLayouts } from "./trust-tables";
import { fixture } from "../../core/published/fixture-files";

/**
 * A formula a person typed in a column the import writes (a Schools criterion, a Measures
 * value) stays a formula: the import and the derived evidence write only the cells they change
 * (`undefined` for the rest, sent to Excel as `null`, "leave this cell unchanged").
 */
describe("an import on Excel keeps the formulas a person typed", () => {
  it("in a Schools criterion column (derived evidence) and a typed Measures row, run twice", async () => {
    const excel = new FakeExcel("trust.xlsx");
    const port = new OfficeWorkbook(excel.run);
    const schools = [
      ["URN", "School name", "Phase", "Historic performance"],
      [138776, "Zaytouna Primary School", "Primary", null],
      [139217, "Sneinton St Stephen's CofE Primary School", "Primary", "Declining"],
      [140017, "Highbank Primary and Nursery School", "Primary", null],
    ];
    for (const layout of trustTableLayouts(schools)) {
      await port.writeLayout(layout, { mode: "create" });
    }
    // The person's formulas, with the results Excel shows for them (the fake calculates nothing).
    const criterion = '=IF(B3="","","Declining")';
    const measure = "=95+0.1";
    excel.sheet("Schools")!.cells.set(cellKey(2, 3), { value: "Declining", formula: criterion });
    excel.sheet("Measures")!.cells.set(cellKey(1, 3), { value: 95.1, formula: measure });

    const files = [
      fixture("synthetic/england_ks2_2022-2023_provisional.csv"),
      fixture("synthetic/england_ks2_2022-2023_meta.csv"),
      fixture("dfe-2018-19/england_abs.csv"),
    ];
    for (let run = 0; run < 2; run++) {
      const result = await importPublishedData(port, { files });
      expect(result.derived.written["Historic performance"]).toBe(2);
      const schools = (await port.readSheetContent("Schools")).cells;
      expect(schools.find((c) => c.row === 2 && c.col === 3)?.formula).toBe(criterion);
      expect(schools.find((c) => c.row === 1 && c.col === 3)?.value).toBe("Variable");
      const measures = (await port.readSheetContent("Measures")).cells;
      expect(measures.find((c) => c.row === 1 && c.col === 3)?.formula).toBe(measure);
    }
  });
});
