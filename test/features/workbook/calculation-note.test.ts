import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import { calculationNote } from "../../../src/features/workbook/calculation-note";
import { FakeExcel } from "../../support/fake-excel";

describe("calculationNote", () => {
  it("tells the person to recalculate when Excel calculates manually, and nothing otherwise", async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    expect(calculationNote((await port.describe()).calculation)).toBeUndefined();
    excel.calculationMode = "Manual";
    expect(calculationNote((await port.describe()).calculation)).toMatch(/calculate manually.*F9/);
    expect(excel.calculationMode).toBe("Manual");
  });
});
