import { cellBlocks } from "../../src/adapters/office/write-plan";
import type { SheetLayout } from "../../src/core/layout/types";

describe("cellBlocks on a national-size table", () => {
  it("plans 128,000 rows by 9 columns without running out of call arguments, in blocks under budget", () => {
    const rows = Array.from({ length: 128_000 }, (_, i) => [
      100000 + i,
      "ks2-rwm-expected",
      "2022/23",
      61,
      30,
      "final",
      "england_ks2_2022-2023.csv",
      null,
      null,
    ]);
    const layout: SheetLayout = {
      name: "Measures",
      cells: [],
      tables: [
        {
          name: "Measures",
          row: 0,
          col: 0,
          headers: [
            "URN",
            "Measure code",
            "Academic year",
            "Value",
            "Cohort",
            "Status",
            "Imported from",
            "Note",
            "Band",
          ],
          rows,
        },
      ],
    };
    const blocks = cellBlocks(layout, 1_000_000);
    expect(blocks[0].address).toBe("A1:I" + blocks[0].formulas.length);
    expect(blocks.reduce((sum, b) => sum + b.formulas.length, 0)).toBe(128_001);
    // The budget counts each row's JSON; the block adds a comma a row and its brackets.
    for (const block of blocks)
      expect(JSON.stringify(block.formulas).length).toBeLessThan(
        1_000_000 + block.formulas.length + 2
      );
    expect(blocks.length).toBeGreaterThan(1);
  });
});
