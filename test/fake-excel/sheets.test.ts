/* eslint-disable office-addins/no-context-sync-in-loop -- each case runs the fake strict, then with its rule relaxed */
import type { FakeRange } from "../support/fake-excel/range";
import { batch, fake, formulaAt, put } from "./helpers";

/** Rules delete-very-hidden, ref-on-sheet-delete, ref-on-rename (RULES.md). */

async function veryHiddenSheet(lenient: boolean) {
  const excel = fake(lenient ? { lenient: ["delete-very-hidden"] } : {});
  await batch(excel, async (b) => {
    const { context } = b;
    context.workbook.worksheets.add("Settings").visibility = "VeryHidden";
    await context.sync();
  });
  return excel;
}

describe("deleting sheets", () => {
  it("delete-very-hidden: deleting a very hidden sheet throws InvalidOperation", async () => {
    const excel = await veryHiddenSheet(false);
    await expect(
      batch(excel, async (b) => {
        const { context } = b;
        b.sheet("Settings").delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(excel.sheet("Settings")).toBeDefined();

    const lenient = await veryHiddenSheet(true);
    await batch(lenient, async (b) => {
      const { context } = b;
      b.sheet("Settings").delete();
      await context.sync();
    });
    expect(lenient.sheet("Settings")).toBeUndefined();
  });

  it("delete-very-hidden: a very hidden sheet made hidden first can be deleted", async () => {
    const excel = await veryHiddenSheet(false);
    await batch(excel, async (b) => {
      const { context } = b;
      const sheet = b.sheet("Settings");
      sheet.visibility = "Hidden";
      sheet.delete();
      await context.sync();
    });
    expect(excel.sheet("Settings")).toBeUndefined();
  });

  async function personsSheet(lenient: boolean) {
    const excel = fake(lenient ? { lenient: ["ref-on-sheet-delete"] } : {});
    await put(excel, "Schools", "A1:B2", [
      ["URN", "Ofsted"],
      [100, "Good"],
    ]);
    await batch(excel, async (b) => {
      const { context } = b;
      b.sheet("Schools").tables.add("A1:B2", true).name = "SchoolList";
      context.workbook.worksheets.add("My notes");
      await context.sync();
      const notes = b.sheet("My notes");
      (notes.getRange("A1:C1") as FakeRange).formulas = [
        ["=Schools!B2", "=COUNTA(SchoolList[URN])", '="Schools!B2"'],
      ];
      const cf = notes
        .getRange("D1")
        .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = "=D1>Schools!$A$2";
      notes.getRange("E1").dataValidation.rule = {
        list: { inCellDropDown: true, source: "=Schools!$B$2:$B$9" },
      };
      context.workbook.names.add("FirstUrn", "=Schools!$A$2");
      await context.sync();
      b.sheet("Schools").delete();
      await context.sync();
    });
    return excel;
  }

  it("ref-on-sheet-delete: every formula, name, conditional format and validation naming the sheet or its tables becomes #REF!", async () => {
    const excel = await personsSheet(false);
    const notes = excel.sheet("My notes")!;
    expect(formulaAt(notes, [0, 0])).toBe("=#REF!B2");
    expect(formulaAt(notes, [0, 1])).toBe("=COUNTA(#REF!)");
    expect(formulaAt(notes, [0, 2])).toBe('="Schools!B2"'); // text, not a reference
    expect(notes.conditionalFormats[0].formula).toBe("=D1>#REF!$A$2");
    expect(notes.validations[0].source).toEqual({ formula: "=#REF!$B$2:$B$9" });
    expect(excel.names).toEqual([{ name: "FirstUrn", formula: "=#REF!$A$2" }]);

    const lenient = await personsSheet(true);
    expect(formulaAt(lenient.sheet("My notes"), [0, 0])).toBe("=Schools!B2");
  });

  it("ref-on-rename: a rename rewrites formulas naming the old name, but never brings back a #REF!", async () => {
    for (const strict of [true, false]) {
      const excel = fake(strict ? {} : { lenient: ["ref-on-rename"] });
      await put(excel, "Staging", "A1", [[1]]);
      await put(excel, "Old", "A1", [[2]]);
      await put(excel, "Notes", "A1:B1", [["=Staging!A1", "=Old!A1"]]);
      await batch(excel, async (b) => {
        const { context } = b;
        b.sheet("Old").delete();
        b.sheet("Staging").name = "Old";
        await context.sync();
      });
      const notes = excel.sheet("Notes");
      expect(formulaAt(notes, [0, 0])).toBe(strict ? "=Old!A1" : "=Staging!A1");
      expect(formulaAt(notes, [0, 1])).toBe("=#REF!A1");
    }
  });
});
