/* eslint-disable office-addins/no-context-sync-in-loop -- each case runs the fake strict, then with its rule relaxed */
import type { FakeRange } from "../support/fake-excel/range";
import { batch, fake, formulaAt, put, valueAt } from "./helpers";

/**
 * Rules write-null-and-empty, write-text-as-formula, validation-list-comma, formula-rendering,
 * unloaded-property, ref-on-insert-delete; and Range.copyFrom (RULES.md).
 */

describe("writing and reading cells", () => {
  it('write-null-and-empty: null in a write array leaves the cell alone, "" clears it', async () => {
    for (const strict of [true, false]) {
      const excel = fake(strict ? {} : { lenient: ["write-null-and-empty"] });
      await put(excel, "S", "A1:B1", [["keep", "clear"]]);
      await batch(excel, async (b) => {
        const { context } = b;
        (b.sheet("S").getRange("A1:B1") as FakeRange).values = [[null, ""]];
        await context.sync();
      });
      expect(valueAt(excel.sheet("S"), [0, 0])).toBe(strict ? "keep" : null);
      expect(valueAt(excel.sheet("S"), [0, 1])).toBeNull();
    }
  });

  it("write-null-and-empty: null leaves a formula a person typed, through values and formulas", async () => {
    for (const property of ["values", "formulas"] as const) {
      for (const strict of [true, false]) {
        const excel = fake(strict ? {} : { lenient: ["write-null-and-empty"] });
        await put(excel, "S", "A1:A2", [["=1+1"], ["=2+2"]]);
        await batch(excel, async (b) => {
          (b.sheet("S").getRange("A1:A2") as FakeRange)[property] = [[null], ["x"]];
          await b.context.sync();
        });
        expect(formulaAt(excel.sheet("S"), [0, 0])).toBe(strict ? "=1+1" : undefined);
        expect(valueAt(excel.sheet("S"), [1, 0])).toBe("x");
      }
    }
  });

  it("write-text-as-formula: text written to values starting with =, + or - becomes a formula", async () => {
    for (const strict of [true, false]) {
      const excel = fake(strict ? {} : { lenient: ["write-text-as-formula"] });
      await batch(excel, async (b) => {
        const { context } = b;
        (b.sheet("Sheet1").getRange("A1:D1") as FakeRange).values = [
          ["=1+1", "+A1", "-A1", "'-A1"],
        ];
        await context.sync();
      });
      const sheet = excel.sheet("Sheet1");
      expect(formulaAt(sheet, [0, 0])).toBe("=1+1");
      expect(formulaAt(sheet, [0, 1])).toBe(strict ? "=+A1" : undefined);
      expect(formulaAt(sheet, [0, 2])).toBe(strict ? "=-A1" : undefined);
      expect(valueAt(sheet, [0, 3])).toBe("-A1"); // the apostrophe keeps text as text
    }
  });

  it("validation-list-comma: a list source is comma-separated in every locale", async () => {
    for (const strict of [true, false]) {
      const excel = fake({
        locale: "de-DE",
        ...(strict ? {} : { lenient: ["validation-list-comma"] }),
      });
      await batch(excel, async (b) => {
        const { context } = b;
        b.sheet("Sheet1").getRange("A1").dataValidation.rule = {
          list: { inCellDropDown: true, source: "Lead,Grow;Reinvent" },
        };
        await context.sync();
      });
      expect(excel.sheet("Sheet1")!.validations[0].source).toEqual({
        items: strict ? ["Lead", "Grow;Reinvent"] : ["Lead,Grow", "Reinvent"],
      });
    }
  });

  it("formula-rendering: formulas read back as Excel renders them (sheet quotes only where needed, @ for This Row)", async () => {
    for (const strict of [true, false]) {
      const excel = fake(strict ? {} : { lenient: ["formula-rendering"] });
      const written = [
        "='Summary'!A1+'My sheet'!B2",
        "=Measures[[#This Row],[Value]]",
        "='2024'!A1",
      ];
      await put(excel, "S", "A1:C1", [written]);
      const read = await batch(excel, async (b) => {
        const { context } = b;
        const range = b.sheet("S").getRange("A1:C1");
        range.load("formulas");
        await context.sync();
        return range.formulas[0];
      });
      expect(read).toEqual(
        strict ? ["=Summary!A1+'My sheet'!B2", "=Measures[@Value]", "='2024'!A1"] : written
      );
    }
  });

  it("unloaded-property: reading a property before load and sync throws PropertyNotLoaded", async () => {
    for (const strict of [true, false]) {
      const excel = fake(strict ? {} : { lenient: ["unloaded-property"] });
      await batch(excel, async (b) => {
        const { context } = b;
        const range = b.sheet("Sheet1").getRange("A1");
        range.load("values");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the read before sync is what this test checks
        const read = () => range.values;
        if (strict) expect(read).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        else expect(read()).toBeUndefined();
        await context.sync();
        expect(range.values).toEqual([[""]]);
      });
    }
  });
});

describe("inserting, deleting and copying cells", () => {
  async function withSums(lenient: boolean) {
    const excel = fake(lenient ? { lenient: ["ref-on-insert-delete"] } : {});
    await put(excel, "Data", "A1:A4", [[1], [2], [3], [4]]);
    await put(excel, "Sums", "A1:C1", [["=SUM(Data!A1:A4)", "=Data!A4", "=Data!$A$3"]]);
    return excel;
  }

  it("ref-on-insert-delete: inserting rows moves the references after them", async () => {
    for (const strict of [true, false]) {
      const excel = await withSums(!strict);
      await batch(excel, async (b) => {
        const { context } = b;
        b.sheet("Data").getRange("2:3").insert("Down");
        await context.sync();
      });
      expect(valueAt(excel.sheet("Data"), [5, 0])).toBe(4);
      const sums = excel.sheet("Sums");
      expect([0, 1, 2].map((c) => formulaAt(sums, [0, c]))).toEqual(
        strict
          ? ["=SUM(Data!A1:A6)", "=Data!A6", "=Data!$A$5"]
          : ["=SUM(Data!A1:A4)", "=Data!A4", "=Data!$A$3"]
      );
    }
  });

  it("ref-on-insert-delete: deleting rows shrinks ranges and turns references into them to #REF!", async () => {
    const excel = await withSums(false);
    await batch(excel, async (b) => {
      const { context } = b;
      b.sheet("Data").getRange("A3:A4").delete("Up");
      await context.sync();
    });
    const sums = excel.sheet("Sums");
    expect([0, 1, 2].map((c) => formulaAt(sums, [0, c]))).toEqual([
      "=SUM(Data!A1:A2)",
      "=Data!#REF!",
      "=Data!#REF!",
    ]);
  });

  it("copyFrom copies values, formulas and formats, moving relative references as a paste does", async () => {
    const excel = fake();
    await put(excel, "Staging", "B2:C2", [[5, "=B2*2+$A$1"]]);
    await batch(excel, async (b) => {
      const { context } = b;
      b.sheet("Staging").getRange("B2").format.font.bold = true;
      context.workbook.worksheets.add("Live");
      await context.sync();
      (b.sheet("Live").getRange("B3") as FakeRange).copyFrom(
        b.sheet("Staging").getRange("B2:C2") as FakeRange
      );
      (b.sheet("Live").getRange("B5:E5") as FakeRange).copyFrom("Staging!B2:C2", "Values");
      await context.sync();
    });
    const live = excel.sheet("Live")!;
    expect(valueAt(live, [2, 1])).toBe(5);
    expect(live.cells.get("2,1")?.style).toEqual({ bold: true });
    expect(formulaAt(live, [2, 2])).toBe("=B3*2+$A$1");
    expect([1, 2, 3, 4].map((c) => valueAt(live, [4, c]))).toEqual([5, null, 5, null]);
    expect(formulaAt(live, [4, 2])).toBeUndefined();
  });
});
