import {
  formatProblem,
  measuresTable,
  nationalTable,
  readCanonicalTable,
  readInspections,
  schoolsTable,
  termDatesTable,
} from "../../../src/core/import";
import type { CellGrid } from "../../../src/core/values/cell";

describe("readCanonicalTable", () => {
  it("reads typed rows, finds columns by alias and keeps evidence columns as extras", () => {
    const grid: CellGrid = [
      ["EstablishmentName", "URN", "PhaseOfEducation (name)", "Joined date", "Ofsted"],
      ["Alder Primary", 138776, "Primary", "20190702", "Good"],
      [null, null, null, null, null],
      ["Birch High", "140017", "Secondary", null, "RI"],
    ];
    const read = readCanonicalTable(schoolsTable, grid);
    expect(read.problems).toEqual([]);
    expect(read.extraColumns).toEqual([{ column: 4, header: "Ofsted" }]);
    expect(read.rows).toEqual([
      {
        row: 2,
        value: { urn: 138776, name: "Alder Primary", phase: "primary", joined: "2019-07-02" },
        extras: { Ofsted: "Good" },
      },
      {
        row: 4,
        value: { urn: 140017, name: "Birch High", phase: "secondary" },
        extras: { Ofsted: "RI" },
      },
    ]);
  });

  it("names each bad cell by sheet, column and row and keeps the good rows", () => {
    const grid: CellGrid = [
      ["URN", "School name", "Phase"],
      ["12ab", "Alder", "Primary"],
      [140017, null, "Middle school"],
      [141324, "Allenton", "Primary"],
    ];
    const read = readCanonicalTable(schoolsTable, grid, { sheet: "My schools", headerRow: 3 });
    expect(read.rows.map((row) => row.value.urn)).toEqual([141324]);
    expect(read.problems.map(formatProblem)).toEqual([
      "'My schools'!A4 (column A 'URN', row 4): '12ab' is not a URN; expected a 6-digit number such as 138776",
      "'My schools'!B5 (column B 'School name', row 5): blank; expected the school's name",
      "'My schools'!C5 (column C 'Phase', row 5): phase 'Middle school' is not recognised; expected Primary, Secondary, All-through, Special, Nursery or 16 plus",
    ]);
  });

  it("stops at the header when a required column is missing or repeated", () => {
    const read = readCanonicalTable(schoolsTable, [
      ["URN", "Name", "School"],
      [138776, "A", "B"],
    ]);
    expect(read.rows).toEqual([]);
    expect(read.problems.map(formatProblem)).toEqual([
      "Schools!C1 (column C 'School', row 1): 'School' repeats the School name column (already column 2); keep one",
      "sheet 'Schools' (row 1): no 'Phase' column; the header row has: URN, Name, School",
    ]);
  });

  it("keeps DfE suppression codes in Measures as codes, not errors, and refuses unknown measures", () => {
    const read = readCanonicalTable(measuresTable, [
      ["URN", "Measure code", "Academic year", "Value"],
      [900101, "ks2-rwm-higher", "2023/24", "c"],
      [900101, "attendance", "2023-24", "95.2%"],
      [900101, "attendence", "2023/24", 95],
      [900101, "attendance", "2023/25", 95],
      [900101, "attendance", "2024/25", null],
    ]);
    expect(read.rows.map((row) => row.value)).toEqual([
      { urn: 900101, measure: "ks2-rwm-higher", year: "2023/24", figure: { suppressed: "c" } },
      { urn: 900101, measure: "attendance", year: "2023/24", figure: { value: 95.2 } },
      { urn: 900101, measure: "attendance", year: "2024/25" },
    ]);
    expect(read.problems.map((problem) => [problem.row, problem.header])).toEqual([
      [4, "Measure code"],
      [5, "Academic year"],
    ]);
    expect(read.problems[0].message).toContain("'attendence' is not in the measures catalogue");
  });

  it("requires a source for every national figure", () => {
    const read = readCanonicalTable(nationalTable, [
      ["Measure code", "Academic year", "Phase", "Value", "Source"],
      ["eyfs-gld", "2023/24", "Primary", 67.7, "DfE EYFSP 2023/24"],
      ["phonics-y1", "2023/24", "Primary", 80, null],
      ["attendance", "2023/24", "All", null, null],
    ]);
    expect(read.rows).toHaveLength(2);
    expect(read.problems.map(formatProblem)).toEqual([
      "National!E3 (column E 'Source', row 3): blank; a national figure needs its source (the DfE release it comes from)",
    ]);
  });

  it("refuses a half term that ends before it starts", () => {
    const read = readCanonicalTable(termDatesTable, [
      ["Academic year", "Half term", "Start", "End"],
      ["2025/26", "Autumn 1", "2025-09-03", "2025-10-24"],
      ["2025/26", "Autumn 3", "2025-11-03", "2025-12-19"],
      ["2025/26", "Spring 1", "2026-02-13", "2026-01-05"],
    ]);
    expect(read.rows).toHaveLength(1);
    expect(read.problems.map((problem) => [problem.row, problem.header])).toEqual([
      [3, "Half term"],
      [4, "End"],
    ]);
  });
});

describe("readInspections", () => {
  const header = [
    "URN",
    "Inspection date",
    "Type",
    "Overall",
    "Quality of education",
    "Inclusion",
    "Safeguarding",
    "Category of concern",
    "Predecessor",
  ];

  it("normalises all three regimes, a predecessor and a category of concern", () => {
    const read = readInspections([
      header,
      [900101, "2019-03-13", "graded", "Outstanding", "Outstanding", null, "Effective", null, "No"],
      [900102, "2024-11-06", "graded", "Not judged", "Good", null, "Effective", null, null],
      [900105, "2026-01-21", "report card", null, null, "Expected standard", "Met", null, null],
      [
        900106,
        "2024-03-06",
        "graded",
        "Inadequate",
        "Inadequate",
        null,
        "Not effective",
        "Special measures",
        "No",
      ],
      [900107, "2022-06-15", "graded", "Inadequate", null, null, null, "Serious weaknesses", "Yes"],
    ]);
    expect(read.problems).toEqual([]);
    const records = read.rows.map((row) => row.value.record);
    expect(records.map((record) => record.regime)).toEqual([
      "eif",
      "key judgements",
      "report card",
      "eif",
      "eif",
    ]);
    expect(records[3]).toMatchObject({ concern: "special measures", safeguarding: "not met" });
    expect(records[4]).toMatchObject({ predecessor: true, concern: "serious weaknesses" });
    expect(records[2].areas).toEqual({ inclusion: "expected standard" });
  });

  it("names the cell of an unreadable outcome and refuses columns that are not graded areas", () => {
    const read = readInspections([
      [...header, "Vibes"],
      [900101, "2019-03-13", "graded", "Goodish", "Good", null, "Effective", null, "No", "x"],
    ]);
    expect(read.rows).toEqual([]);
    expect(read.problems.map(formatProblem)).toEqual([
      "Inspections!J1 (column J 'Vibes', row 1): 'Vibes' is not a graded area Ofsted uses; rename or remove the column",
      expect.stringMatching(
        /^Inspections!D2 \(column D 'Overall', row 2\): overall: 'Goodish' is not a recognised Ofsted outcome/
      ),
    ]);
  });

  it("locates each problem by the column it is about, whatever variant heads it", () => {
    const variant = header.map((h) =>
      h === "Inspection date" ? "Inspection_Date" : h === "Category of concern" ? "Concern" : h
    );
    const read = readInspections([
      variant,
      [900101, "soon", "graded", "Good", "Great", null, "Effective", "Sort of", "No"],
    ]);
    expect(read.problems.map((p) => p.header)).toEqual(["Inspection_Date"]);
    const second = readInspections([
      variant,
      [900101, "2019-03-13", "graded", "Good", "Great", null, "Effective", "Sort of", "No"],
    ]);
    expect(second.problems.map((p) => p.header)).toEqual(["Quality of education", "Concern"]);
  });
});
