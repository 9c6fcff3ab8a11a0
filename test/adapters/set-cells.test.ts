import { cellKey } from "../../src/adapters/memory/model";
import type { SheetLayout } from "../../src/core/layout/types";
import { harnesses } from "./support/harnesses";

const sheet: SheetLayout = {
  name: "Baseline 138776",
  cells: [
    { row: 0, col: 0, value: "Proposed initial level", style: { bold: true } },
    { row: 0, col: 1, value: "No proposal yet", style: { fillColor: "#FFF2CC", wrapText: true } },
    { row: 1, col: 1, value: "Typed by a person" },
  ],
};

describe.each(Object.keys(harnesses))("setCells through the %s adapter", (kind) => {
  it("sets values as literal text, keeps the cells' formats and leaves other cells alone", async () => {
    const h = harnesses[kind]();
    await h.port.writeLayout(sheet, { mode: "create" });
    await h.port.setCells("baseline 138776", [
      { row: 0, col: 1, value: "Due-diligence proposal: Category 2" },
      { row: 2, col: 1, value: '=HYPERLINK("http://x","y")' },
      { row: 3, col: 1, value: 12 },
    ]);
    const content = await (await h.reopen()).readSheetContent("Baseline 138776");
    expect(content.cells.map((c) => [c.row, c.col, c.value, c.formula])).toEqual([
      [0, 0, "Proposed initial level", undefined],
      [0, 1, "Due-diligence proposal: Category 2", undefined],
      [1, 1, "Typed by a person", undefined],
      [2, 1, '=HYPERLINK("http://x","y")', undefined],
      [3, 1, 12, undefined],
    ]);
    const model = await h.inspect();
    const written = model.sheets.find((s) => s.name === "Baseline 138776")!;
    expect(written.cells.get(cellKey(0, 1))?.style?.fillColor).toBe("#FFF2CC");
  });

  it("refuses a sheet the workbook does not have", async () => {
    const h = harnesses[kind]();
    await expect(h.port.setCells("Nope", [{ row: 0, col: 0, value: "x" }])).rejects.toMatchObject({
      code: "SheetNotFound",
    });
  });
});
