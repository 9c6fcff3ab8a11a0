import { readTermDates } from "../../src/functions/catalogue/term-dates";

/**
 * TRUST.NEXTREVIEW's termDates argument is read with the import's TermDates definition
 * (core/import/tables/term-dates.ts): its headers in any order, its messages naming cells.
 */
const HEADER = ["Start", "Half term", "Academic year", "End", "Notes"];

describe("termDates", () => {
  it("reads half terms in any column order, spellings as the import reads them", () => {
    expect(readTermDates([HEADER, ["2025-02-17", "spring 2", "2024-25", 45744, "x"]])).toEqual([
      {
        academicYear: "2024/25",
        name: "Spring 2",
        start: "2025-02-17",
        end: "2025-03-28",
        isDefault: false,
      },
    ]);
  });

  it("gives none for a blank argument", () => {
    expect(readTermDates([[null]])).toEqual([]);
    expect(readTermDates(undefined)).toEqual([]);
  });

  it.each([
    [
      ["2025-02-17", "Spring 9", "2024/25", "2025-03-28", ""],
      "termDates!B2 (column B 'Half term', row 2): half term 'Spring 9' is not recognised; expected one of: Autumn 1, Autumn 2, Spring 1, Spring 2, Summer 1, Summer 2",
    ],
    [
      ["", "Autumn 1", "2024/25", "2024-09-01", ""],
      "termDates!A2 (column A 'Start', row 2): blank; expected the first day of the half term",
    ],
    [
      ["2025-03-28", "Summer 1", "2024/25", "2025-02-17", ""],
      "termDates!D2 (column D 'End', row 2): the half term ends before it starts",
    ],
    [
      ["2025-02-17", "Summer 1", "24/25", "x", ""],
      "termDates!C2 (column C 'Academic year', row 2): academic year '24/25' is not recognised; expected e.g. 2024/25, 2024-25 or 202425; termDates!D2 (column D 'End', row 2): 'x' is a suppression code; expected a date",
    ],
  ])("refuses %j naming the cell", (row, message) => {
    expect(() => readTermDates([HEADER, row])).toThrow(`termDates: ${message}`);
  });

  it("refuses a range without a required column", () => {
    expect(() =>
      readTermDates([
        ["Academic year", "Half term", "Start"],
        ["2024/25", "Autumn 1", "2024-09-02"],
      ])
    ).toThrow(
      "termDates: sheet 'termDates' (row 1): no 'End' column; the header row has: Academic year, Half term, Start"
    );
  });

  it("names at most three problems", () => {
    const bad = ["", "Spring 9", "24/25", "", ""];
    const thrown = (() => {
      try {
        readTermDates([HEADER, bad, bad]);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(thrown.split("; termDates!")).toHaveLength(3);
  });
});
