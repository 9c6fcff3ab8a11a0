import fc from "fast-check";
import {
  formatProblem,
  historyGrid,
  historyRowCells,
  historyTable,
  isoToExcelSerial,
  parseHistory,
  type HistoryRow,
} from "../../../src/core";

const HEADER = historyTable.columns.map((column) => column.header);

describe("parseHistory", () => {
  it("reads dates as Excel serials or ISO text, shares as fractions or percent text", () => {
    const parsed = parseHistory([
      HEADER,
      [
        "M2025-10-15-138776",
        isoToExcelSerial("2025-10-15"),
        138776,
        "category",
        "Category 3",
        "Category 4",
        "Safeguarding audit found gaps",
        "J Patel",
        0.75,
        2,
        null,
      ],
      [
        "M2025-10-15-140017",
        "2025-10-15",
        "140017",
        "category",
        null,
        "Category 1",
        null,
        null,
        "60%",
        "Level 1",
        null,
      ],
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.sheetRows).toEqual([2, 3]);
    expect(parsed.rows).toEqual<HistoryRow[]>([
      {
        rowId: "M2025-10-15-138776",
        meetingDate: "2025-10-15",
        urn: 138776,
        framework: "category",
        computed: "Category 3",
        agreed: "Category 4",
        reason: "Safeguarding audit found gaps",
        agreedBy: "J Patel",
        agreement: 0.75,
        scc: 2,
      },
      {
        rowId: "M2025-10-15-140017",
        meetingDate: "2025-10-15",
        urn: 140017,
        framework: "category",
        agreed: "Category 1",
        agreement: 0.6,
        scc: 1,
      },
    ]);
  });

  it("reports each hand-edited bad cell with its sheet row and column, and drops no row silently", () => {
    const grid = [
      HEADER,
      ["M1", "15/10/2025", 138776, "category", null, "Category 2", null, null, null, null, null],
      ["M2", "next week", 138776, "category", null, "Category 2", null, null, null, null, null],
      ["M3", "2025-10-15", "12ab", "category", null, null, null, null, 75, 5, null],
      [null, null, null, null, null, null, null, null, null, null, null],
      ["M1", "2025-10-15", 140017, "category", null, "Category 1", null, null, null, null, null],
    ];
    const parsed = parseHistory(grid, { sheet: "Meeting history", headerRow: 4 });
    expect(parsed.rows.map((row) => row.rowId)).toEqual(["M1", "M1"]);
    expect(parsed.problems.map(formatProblem)).toEqual([
      "'Meeting history'!B6 (column B 'Meeting date', row 6): 'next week' is not recognised as a date; expected a date such as 2019-07-02, 20190702, 02/07/2019 (day first), 2 July 2019 or an Excel date",
      "'Meeting history'!C7 (column C 'URN', row 7): '12ab' is not a URN; expected a 6-digit number such as 138776",
      "'Meeting history'!F7 (column F 'Agreed', row 7): blank; expected the level the meeting agreed",
      "'Meeting history'!I7 (column I 'Agreement', row 7): 75 is not an agreement share; expected e.g. 75% or 0.75",
      "'Meeting history'!J7 (column J 'SCC level', row 7): SCC level 5 is not recognised; expected 1, 2, 3 or 4",
      "'Meeting history'!A9 (column A 'Row id', row 9): row id 'M1' repeats row 5's; each row needs its own id",
    ]);
    const reported = new Set(parsed.problems.map((problem) => problem.row));
    const nonBlankRows = [5, 6, 7, 9];
    expect(nonBlankRows.every((row) => parsed.sheetRows.includes(row) || reported.has(row))).toBe(
      true
    );
  });

  it("stops at the header when a required column is missing", () => {
    const parsed = parseHistory([
      ["Row id", "Meeting date", "URN", "Framework"],
      ["M1", "2025-10-15", 138776, "category"],
    ]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.map(formatProblem)).toEqual([
      "sheet 'MeetingHistory' (row 1): no 'Agreed' column; the header row has: Row id, Meeting date, URN, Framework",
    ]);
  });
});

const text = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((value) => value.trim() === value && value !== "");
const historyRowArbitrary: fc.Arbitrary<HistoryRow> = fc
  .record(
    {
      rowId: text,
      meetingDate: fc
        .date({ min: new Date("2000-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      urn: fc.integer({ min: 100000, max: 999999 }),
      framework: fc.constantFrom("category", "stages"),
      computed: fc.constantFrom("Category 1", "Category 4"),
      agreed: fc.constantFrom("Category 2", "cat3", "4"),
      reason: text,
      agreedBy: text,
      agreement: fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100),
      scc: fc.constantFrom(1, 2, 3, 4 as const),
      supersedes: text,
    },
    { requiredKeys: ["rowId", "meetingDate", "urn", "framework", "agreed"] }
  )
  .map((row) => row as HistoryRow);

describe("history serialisation", () => {
  it("writes cells in the table's column order", () => {
    expect(
      historyRowCells({
        rowId: "M2025-10-15-138776",
        meetingDate: "2025-10-15",
        urn: 138776,
        framework: "category",
        agreed: "Category 2",
        supersedes: "M2025-10-15-138776-x",
      })
    ).toEqual([
      "M2025-10-15-138776",
      isoToExcelSerial("2025-10-15"),
      138776,
      "category",
      null,
      "Category 2",
      null,
      null,
      null,
      null,
      "M2025-10-15-138776-x",
    ]);
  });

  it("reads back exactly what it writes", () => {
    fc.assert(
      fc.property(fc.uniqueArray(historyRowArbitrary, { selector: (row) => row.rowId }), (rows) => {
        const parsed = parseHistory(historyGrid(rows));
        expect(parsed.problems).toEqual([]);
        expect(parsed.rows).toEqual(rows);
      })
    );
  });
});
