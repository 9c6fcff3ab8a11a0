import { readCanonicalTable } from "../../src/core/import/read-table";
import { termDatesTable } from "../../src/core/import/tables/term-dates";
import { formatProblem } from "../../src/core/import/location";
import { readTermDates } from "../../src/functions/catalogue/term-dates";

/**
 * TRUST.NEXTREVIEW's termDates reader builds the TermDates table's cell schemas itself (so the
 * functions bundle does not carry the measures catalogue); it must read the table exactly as the
 * import's TermDates definition does: the same rows and the same problems.
 */
const HEADER = ["Start", "Half term", "Academic year", "End", "Notes"];
const grids = [
  [HEADER, ["2025-02-17", "spring 2", "2024-25", 45744, "x"]],
  [HEADER, ["2025-02-17", "Spring 9", "2024/25", "2025-03-28", ""]],
  [HEADER, ["", "Autumn 1", "2024/25", "2024-09-01", ""]],
  [HEADER, ["2025-03-28", "Summer 1", "2024/25", "2025-02-17", ""]],
  [HEADER, ["2025-02-17", "Summer 1", "24/25", "x", ""]],
  [
    ["Academic year", "Half term", "Start"],
    ["2024/25", "Autumn 1", "2024-09-02"],
  ],
];

describe("termDates", () => {
  it.each(grids.map((grid, index) => [index + 1, grid] as const))(
    "grid %d reads as the import's TermDates table reads it",
    (_index, grid) => {
      const expected = readCanonicalTable(termDatesTable, grid, { sheet: "termDates" });
      const read = () => readTermDates(grid);
      if (expected.problems.length === 0) {
        expect(read()).toEqual(
          expected.rows.map(({ value }) => ({
            academicYear: value.year,
            name: value.halfTerm,
            start: value.start,
            end: value.end,
            isDefault: false,
          }))
        );
      } else {
        expect(read).toThrow(
          `termDates: ${expected.problems.slice(0, 3).map(formatProblem).join("; ")}`
        );
      }
    }
  );
});
