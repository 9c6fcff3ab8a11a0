import { asProblem, failed, formatProblem, succeeded } from "../../../src/core/problems";

describe("one problem vocabulary", () => {
  it("names a cell by sheet, letter and row, with the header and what was expected", () => {
    expect(
      formatProblem({
        code: "invalid",
        sheet: "MeetingHistory",
        column: 1,
        header: "Meeting date",
        row: 6,
        value: "next week",
        expected: "a date",
        message: "'next week' is not a date",
      })
    ).toBe(
      "MeetingHistory!B6 (column B 'Meeting date', row 6): 'next week' is not a date; expected a date"
    );
  });

  it("names a framework table's row and column when the sheet is the caller's to say", () => {
    expect(
      formatProblem({ code: "invalid", row: 4, header: "Cadence", message: "not a cadence" })
    ).toBe("row 4, column 'Cadence': not a cadence");
  });

  it("gives a school's problem as its message, which names the school and field", () => {
    const message = "Alder Primary (URN 138776): Reason: blank";
    expect(
      formatProblem({
        code: "missing",
        school: "Alder Primary",
        urn: 138776,
        field: "reason",
        message,
      })
    ).toBe(message);
  });

  it("says a first-noted cell fault is invalid unless it names its kind", () => {
    expect(asProblem({ sheet: "Schools", row: 2, message: "x" }).code).toBe("invalid");
    expect(asProblem({ code: "duplicate", sheet: "Schools", row: 2, message: "x" }).code).toBe(
      "duplicate"
    );
  });

  it("carries a value or the problems as one outcome shape", () => {
    expect(succeeded(3)).toEqual({ ok: true, value: 3 });
    expect(failed([{ code: "missing", message: "m" }])).toEqual({
      ok: false,
      problems: [{ code: "missing", message: "m" }],
    });
  });
});
