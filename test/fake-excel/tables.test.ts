/* eslint-disable office-addins/no-context-sync-in-loop -- each case runs the fake strict, then with its rule relaxed */
import type { RuleId } from "../support/fake-excel";
import type { FakeRange } from "../support/fake-excel/range";
import { batch, fake, formulaAt, put, valueAt } from "./helpers";

/**
 * Rules table-range-includes-totals, table-header-only-gets-row, table-rows-add-shifts,
 * table-rows-add-straddle,
 * table-filtered-insert-delete, table-no-overlap, table-calculated-column-fill (RULES.md).
 */

async function schools(lenient: RuleId[] = []) {
  const excel = fake({ lenient });
  await put(excel, "Schools", "A1:B3", [
    ["URN", "Ofsted"],
    [1, "Good"],
    [2, "Outstanding"],
  ]);
  await batch(excel, async (b) => {
    const { context } = b;
    b.sheet("Schools").tables.add("A1:B3", true).name = "Schools";
    await context.sync();
  });
  return excel;
}

async function rowCount(excel: ReturnType<typeof fake>, name: string): Promise<number> {
  return batch(excel, async (b) => {
    const { context } = b;
    const range = b.table(name).getRange();
    range.load("rowCount");
    await context.sync();
    return range.rowCount;
  });
}

describe("tables", () => {
  it("table-range-includes-totals: getRange() spans header, data and totals rows", async () => {
    for (const strict of [true, false]) {
      const excel = await schools(strict ? [] : ["table-range-includes-totals"]);
      await batch(excel, async (b) => {
        const { context } = b;
        b.table("Schools").showTotals = true;
        await context.sync();
      });
      expect(await rowCount(excel, "Schools")).toBe(strict ? 4 : 3);
      const totals = await batch(excel, async (b) => {
        const { context } = b;
        const range = b.table("Schools").getTotalRowRange();
        range.load("rowIndex");
        await context.sync();
        return range.rowIndex;
      });
      expect(totals).toBe(3);
    }
  });

  it("table-header-only-gets-row: a table made of a header row gets one blank data row", async () => {
    for (const strict of [true, false]) {
      const excel = fake(strict ? {} : { lenient: ["table-header-only-gets-row"] });
      await put(excel, "Log", "A1:B1", [["Date", "Note"]]);
      await batch(excel, async (b) => {
        const { context } = b;
        b.sheet("Log").tables.add("A1:B1", true).name = "Log";
        await context.sync();
      });
      expect(await rowCount(excel, "Log")).toBe(strict ? 2 : 1);
    }
  });

  it("table-rows-add-shifts: rows.add inserts inside the table's columns and moves only the cells below it", async () => {
    for (const strict of [true, false]) {
      const excel = await schools(strict ? [] : ["table-rows-add-shifts"]);
      await put(excel, "Schools", "A4:C4", [["below", "below", "beside"]]);
      await put(excel, "Notes", "A1", [["=Schools!A4"]]);
      await batch(excel, async (b) => {
        const { context } = b;
        b.table("Schools").rows.add(undefined, [[3, "Good"]]);
        await context.sync();
      });
      const sheet = excel.sheet("Schools");
      expect(valueAt(sheet, [3, 0])).toBe(3);
      // Lenient, the row is written over what lay below the table.
      expect(valueAt(sheet, [4, 0])).toBe(strict ? "below" : undefined);
      expect(valueAt(sheet, [3, 2])).toBe("beside"); // outside the table's columns: stays
      expect(formulaAt(excel.sheet("Notes"), [0, 0])).toBe(strict ? "=Schools!A5" : "=Schools!A4");
    }
  });

  it("table-rows-add-straddle: rows.add that would push down part of another table or a merge is refused with InsertDeleteConflict", async () => {
    for (const below of ["table", "merge"] as const) {
      for (const strict of [true, false]) {
        const excel = await schools(strict ? [] : ["table-rows-add-straddle"]);
        await put(excel, "Schools", "B6:C7", [
          ["Note", "By"],
          ["x", "y"],
        ]);
        await batch(excel, async (b) => {
          const { context } = b;
          // Columns B:C: half under the Schools table (A:B), half beside it.
          if (below === "table") b.sheet("Schools").tables.add("B6:C7", true).name = "Notes";
          else (b.sheet("Schools").getRange("B9:C9") as FakeRange).merge(true);
          await context.sync();
        });
        const added = batch(excel, async (b) => {
          const { context } = b;
          b.table("Schools").rows.add(undefined, [[3, "Good"]]);
          await context.sync();
        });
        if (strict) {
          await expect(added).rejects.toMatchObject({ code: "InsertDeleteConflict" });
          expect(await rowCount(excel, "Schools")).toBe(3);
        } else {
          await added;
          expect(await rowCount(excel, "Schools")).toBe(4);
        }
      }
    }
  });

  it("table-rows-add-straddle: a table or merge wholly within the table's columns, or beside them, moves or stays", async () => {
    const excel = await schools();
    await put(excel, "Schools", "A6:B7", [
      ["Note", "By"],
      ["x", "y"],
    ]);
    await batch(excel, async (b) => {
      const { context } = b;
      b.sheet("Schools").tables.add("A6:B7", true).name = "Notes";
      (b.sheet("Schools").getRange("C9:D9") as FakeRange).merge(true);
      b.table("Schools").rows.add(undefined, [[3, "Good"]]);
      await context.sync();
    });
    expect(valueAt(excel.sheet("Schools"), [6, 0])).toBe("Note");
  });

  it("table-rows-add-shifts: rows.add goes above a totals row", async () => {
    const excel = await schools();
    await batch(excel, async (b) => {
      const { context } = b;
      const table = b.table("Schools");
      table.showTotals = true;
      table.rows.add(undefined, [[3, "Good"]]);
      await context.sync();
    });
    expect(valueAt(excel.sheet("Schools"), [3, 0])).toBe(3);
    expect(await rowCount(excel, "Schools")).toBe(5);
  });

  it("table-filtered-insert-delete: a filtered table refuses rows.add and row deletion with InsertDeleteConflict", async () => {
    const excel = await schools();
    await batch(excel, async (b) => {
      const { context } = b;
      b.table("Schools").autoFilter.apply(b.table("Schools").getRange(), 1, {
        filterOn: "Values",
        values: ["Good"],
      });
      await context.sync();
    });
    for (const act of [
      (t: ReturnType<Parameters<Parameters<typeof batch>[1]>[0]["table"]>) =>
        t.rows.add(undefined, [[3, "Good"]]),
      (t: ReturnType<Parameters<Parameters<typeof batch>[1]>[0]["table"]>) =>
        t.rows.getItemAt(0).delete(),
    ]) {
      await expect(
        batch(excel, async (b) => {
          const { context } = b;
          act(b.table("Schools"));
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    }
    await batch(excel, async (b) => {
      const { context } = b;
      b.table("Schools").clearFilters();
      b.table("Schools").rows.add(undefined, [[3, "Good"]]);
      await context.sync();
    });
    expect(await rowCount(excel, "Schools")).toBe(4);

    const lenient = await schools(["table-filtered-insert-delete"]);
    lenient.tables()[0].table.filtered = true;
    await batch(lenient, async (b) => {
      const { context } = b;
      b.table("Schools").rows.add(undefined, [[3, "Good"]]);
      await context.sync();
    });
    expect(await rowCount(lenient, "Schools")).toBe(4);
  });

  it("table-no-overlap: a table cannot overlap another table or merged cells", async () => {
    const excel = await schools();
    await batch(excel, async (b) => {
      const { context } = b;
      (b.sheet("Schools").getRange("E1:F1") as FakeRange).merge(false);
      await context.sync();
    });
    for (const [address, code] of [
      ["B2:C4", "InvalidOperation"],
      ["E1:F3", "MergedRangeConflict"],
    ]) {
      await expect(
        batch(excel, async (b) => {
          const { context } = b;
          b.sheet("Schools").tables.add(address, true);
          await context.sync();
        })
      ).rejects.toMatchObject({ code });
    }
    expect(excel.sheet("Schools")!.tables).toHaveLength(1);

    const lenient = await schools(["table-no-overlap"]);
    await batch(lenient, async (b) => {
      const { context } = b;
      b.sheet("Schools").tables.add("B2:C4", true);
      await context.sync();
    });
    expect(lenient.sheet("Schools")!.tables).toHaveLength(2);
  });
});

describe("calculated columns", () => {
  it('table-calculated-column-fill: rows.add gives a calculated column\'s formula to a null cell; "" clears it', async () => {
    for (const strict of [true, false]) {
      const excel = fake(strict ? {} : { lenient: ["table-calculated-column-fill"] });
      await put(excel, "Schools", "A1:C3", [
        ["URN", "Ofsted", "Mine"],
        [1, "Good", "=[@URN]*2"],
        [2, "Outstanding", "=[@URN]*2"],
      ]);
      await batch(excel, async (b) => {
        const { context } = b;
        b.sheet("Schools").tables.add("A1:C3", true).name = "Schools";
        await context.sync();
        b.table("Schools").rows.add(undefined, [
          [3, "Good", null as unknown as string],
          [4, "Good", ""],
        ]);
        await context.sync();
      });
      const sheet = excel.sheet("Schools");
      expect(formulaAt(sheet, [3, 2])).toBe(strict ? "=[@URN]*2" : undefined);
      expect(formulaAt(sheet, [4, 2])).toBeUndefined();
    }
  });
});
