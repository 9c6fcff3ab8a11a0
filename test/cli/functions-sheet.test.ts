import { functionsSheetLayout, shownResult } from "../../src/cli/functions-sheet";
import { CellFailure } from "../../src/functions/catalogue";
import { exampleFormula, functionExamples } from "../../src/functions/examples";
import { MemoryWorkbook } from "../../src/adapters/memory";

describe("the demo's Functions sheet", () => {
  const layout = functionsSheetLayout();
  const cell = (row: number, col: number) =>
    layout.cells.find((c) => c.row === row && c.col === col)?.value;

  it("lists every catalogue example with its formula as text and the computed result", () => {
    functionExamples.forEach((example, index) => {
      expect(cell(index + 3, 0)).toBe(`TRUST.${example.id}`);
      expect(cell(index + 3, 1)).toBe(exampleFormula(example));
      const first = Array.isArray(example.expected) ? example.expected[0][0] : example.expected;
      const expected =
        typeof first === "string" && first.startsWith("#") ? `${first} (error)` : first;
      expect(cell(index + 3, 2)).toBe(expected);
    });
    expect(layout.cells.every((c) => c.formula === undefined)).toBe(true);
  });

  it("shows an error as Excel would, with its message, and says when a result spills", () => {
    expect(shownResult(new CellFailure("notAvailable", "not enough evidence"))).toEqual({
      value: "#N/A (error)",
      note: "not enough evidence",
    });
    expect(shownResult([["Category 3"], ["Category 1"]])).toEqual({
      value: "Category 3",
      note: "spills 2 row(s) × 1 column(s)",
    });
  });

  it("keeps each formula text as text when written to a workbook", async () => {
    const workbook = new MemoryWorkbook("demo.xlsx");
    await workbook.writeLayout(layout, { mode: "create" });
    const read = await workbook.readUsedRange("Functions");
    const formulas = read.values.slice(3).map((row) => row[1]);
    expect(formulas).toEqual(functionExamples.map(exampleFormula));
  });
});
