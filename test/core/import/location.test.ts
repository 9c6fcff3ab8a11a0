import { columnLetter, formatProblem } from "../../../src/core/import/location";

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (index, letter) => expect(columnLetter(index)).toBe(letter));
});

describe("formatProblem", () => {
  it("names the cell, column header and row", () => {
    expect(
      formatProblem({
        sheet: "Schools",
        column: 10,
        header: "OFSTEDRATING",
        row: 5,
        message: "'Goodish' is not a recognised Ofsted outcome",
      })
    ).toBe(
      "Schools!K5 (column K 'OFSTEDRATING', row 5): 'Goodish' is not a recognised Ofsted outcome"
    );
  });

  it("quotes sheet names with spaces and names whole-sheet problems", () => {
    expect(formatProblem({ sheet: "My schools", column: 0, row: 2, message: "x" })).toBe(
      "'My schools'!A2 (column A, row 2): x"
    );
    expect(formatProblem({ sheet: "Schools", row: 1, message: "no 'URN' column" })).toBe(
      "sheet 'Schools' (row 1): no 'URN' column"
    );
  });
});
