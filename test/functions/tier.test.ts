import { ownWordRowCells, ownWordSource } from "../../src/core/frameworks";
import {
  call,
  errorCell,
  ExcelError,
  installExcelRuntime,
  loadRegistered,
  shown,
  type Registered,
} from "./excel-runtime";

// 2025-01-06 as Excel's date serial (what TODAY() passes).
const AS_OF = 45663;

/** A trust's own Schools table: its own header wording, extra columns and the result column. */
const HEADERS = [
  "Ofsted",
  "Trend",
  "QA visit",
  "Partnership review outcome",
  "Other reports",
  "Head teacher",
];
const STRONG = ["Outstanding", "Positive", "No issues", "No issues", "No issues", "A. Khan"];
const CONCERN = ["RI", "Variable", "Some issues", "Some issues", "Minor issues", "B. Lee"];
const WEAK = ["Inadequate", "Declining", "Significant issues", "Significant issues", "", "C. Ng"];

let TIER: Registered;
let TIERFROM: Registered;
let EXPLAIN: Registered;
let FRAMEWORK: Registered;

beforeAll(async () => {
  installExcelRuntime();
  const { byId } = await loadRegistered();
  [TIER, TIERFROM, EXPLAIN, FRAMEWORK] = ["TIER", "TIERFROM", "EXPLAIN", "FRAMEWORK"].map(
    (id) => byId.get(id) as Registered
  );
});

describe("TRUST.TIER inside the table, one row per formula", () => {
  it("classifies one row over an explicit column span, headers matched by alias", () => {
    expect(call(TIER, "category", [HEADERS], [STRONG], AS_OF)).toEqual([["Category 1"]]);
    expect(call(TIER, "category", [HEADERS], [WEAK], AS_OF)).toEqual([["Category 4"]]);
  });

  it("accepts the framework id in any case and ignores columns it does not know", () => {
    expect(call(TIER, "Category", [HEADERS], [CONCERN], AS_OF)).toEqual([["Category 3"]]);
  });

  it("reads numbers as text and grades as numbers (Ofsted 3 is requires improvement)", () => {
    const row = [3, "variable", "some issues", "some issues", "minor issues", ""];
    expect(call(TIER, "category", [HEADERS], [row], AS_OF)).toEqual([["Category 3"]]);
  });
});

describe("TRUST.TIER spilled beside the table over the whole data body", () => {
  const body = Array.from({ length: 20 }, (_, row) => [STRONG, CONCERN, WEAK][row % 3]);

  it("returns one result per row as a single column", () => {
    const result = call(TIER, "category", [HEADERS], body, AS_OF) as unknown[][];
    expect(result).toHaveLength(20);
    expect(result.every((row) => row.length === 1)).toBe(true);
    expect(result.slice(0, 3)).toEqual([["Category 1"], ["Category 3"], ["Category 4"]]);
  });

  it("gives an #N/A cell in row 14 an error in row 14's result only", () => {
    const withError = body.map((row) => [...row]) as unknown[][];
    withError[13][0] = errorCell("#N/A");
    const result = call(TIER, "category", [HEADERS], withError, AS_OF) as unknown[][];
    const errors = result.flatMap((row, index) => (row[0] instanceof ExcelError ? [index] : []));
    expect(errors).toEqual([13]);
    expect(shown(result[13][0])).toBe("#N/A: the 'Ofsted' cell in row 14 holds the error #N/A");
    expect(result[12]).toEqual(
      (call(TIER, "category", [HEADERS], [body[12]], AS_OF) as unknown[][])[0]
    );
  });

  it("gives other error values #VALUE! with a message, and ignores errors in unmatched columns", () => {
    const rows = [
      [...STRONG.slice(0, 2), errorCell("#DIV/0!"), ...STRONG.slice(3)],
      [...STRONG.slice(0, 5), errorCell("#REF!")],
    ];
    expect(shown(call(TIER, "category", [HEADERS], rows, AS_OF))).toEqual([
      ["#VALUE!: the 'QA visit' cell in row 1 holds the error #DIV/0!"],
      ["Category 1"],
    ]);
  });

  it("names the value, the row and the accepted forms of an unknown value", () => {
    const rows = [STRONG, ["Goodish", ...STRONG.slice(1)]];
    const [, second] = shown(call(TIER, "category", [HEADERS], rows, AS_OF)) as string[][];
    expect(second[0]).toMatch(
      /^#VALUE!: Ofsted value 'Goodish' in row 2 is not recognised; expected Outstanding, Good/
    );
  });

  it("reports too little evidence as #N/A with the count", () => {
    const sparse = [["Good", "", "", "", "", ""]];
    expect(shown(call(TIER, "category", [HEADERS], sparse, AS_OF))).toEqual([
      [
        "#N/A: not enough evidence (1 of 5 criteria; Symphony category needs 3): needs 2 of QA visits, Partnership review, Other external reports",
      ],
    ]);
  });

  it("treats DfE suppression codes as not available, not as errors", () => {
    const suppressed = ["Requires improvement", "SUPP", "Minor issues", "Some issues", "", ""];
    const blank = ["Requires improvement", "", "Minor issues", "Some issues", "", ""];
    expect(call(TIER, "category", [HEADERS], [suppressed], AS_OF)).toEqual([["Category 3"]]);
    expect(call(TIER, "category", [HEADERS], [suppressed], AS_OF)).toEqual(
      call(TIER, "category", [HEADERS], [blank], AS_OF)
    );
  });
});

describe("TRUST.TIER refuses unusable arguments with a message", () => {
  const cases: Array<[string, unknown[], string]> = [
    [
      "an unknown framework",
      ["ofsted", [HEADERS], [STRONG], AS_OF],
      "#VALUE!: framework 'ofsted' is not a built-in framework; expected support, tiers, curriculum, category, stages (for a framework held in a range use TRUST.TIERFROM)",
    ],
    [
      "a blank asOf",
      ["category", [HEADERS], [STRONG], null],
      "#VALUE!: asOf is blank; pass the date the classification is made, e.g. TODAY()",
    ],
    [
      "an asOf that is not a date",
      ["category", [HEADERS], [STRONG], "soon"],
      "#VALUE!: asOf 'soon' is not recognised as a date; expected a date such as 2019-07-02, 20190702, 02/07/2019 (day first), 2 July 2019 or an Excel date",
    ],
    [
      "an error value as asOf",
      ["category", [HEADERS], [STRONG], errorCell("#N/A")],
      "#N/A: asOf holds the error #N/A",
    ],
    [
      "headers and values of different widths",
      ["category", [HEADERS], [STRONG.slice(0, 5)], AS_OF],
      "#VALUE!: values has 5 columns but headers has 6; pass the same column span for both",
    ],
    [
      "headers of more than one row",
      ["category", [HEADERS, HEADERS], [STRONG], AS_OF],
      "#VALUE!: headers must be one row (the table's header row), not 2 rows; e.g. Schools[[#Headers],[Ofsted]:[Other reports]]",
    ],
    [
      "headers naming no criterion",
      ["category", [["URN", "Name"]], [[1, "x"]], AS_OF],
      "#VALUE!: none of the headers ('URN', 'Name') names a criterion of Symphony category; expected headers such as Ofsted, Historic performance, QA visits, Partnership review, Other external reports",
    ],
    [
      "two headers naming the same criterion",
      ["category", [[...HEADERS.slice(0, 5), "Last Ofsted grade"]], [STRONG], AS_OF],
      "#VALUE!: headers 'Ofsted' (column 1) and 'Last Ofsted grade' (column 6) both name Ofsted; keep one of them in the span",
    ],
    [
      "an error value in the header row",
      ["category", [[...HEADERS.slice(0, 5), errorCell("#REF!")]], [STRONG], AS_OF],
      "#VALUE!: headers row 1, column 6 holds the error #REF!",
    ],
    [
      "a ragged values range",
      ["category", [HEADERS], [STRONG, STRONG.slice(1)], AS_OF],
      "#VALUE!: values is not rectangular: row 2 has 5 cells, row 1 has 6",
    ],
  ];
  it.each(cases)("%s", (_name, args, message) => {
    expect(shown(call(TIER, ...args))).toBe(message);
  });
});

describe("TRUST.TIERFROM: the trust's own framework held in cells", () => {
  it("gives the built-in's answers from the table TRUST.FRAMEWORK spills", () => {
    const table = call(FRAMEWORK, "category") as unknown[][];
    const body = [STRONG, CONCERN, WEAK];
    expect(call(TIERFROM, table, [HEADERS], body, AS_OF)).toEqual(
      call(TIER, "category", [HEADERS], body, AS_OF)
    );
  });

  it("follows an edit to the table (a renamed level)", () => {
    const table = (call(FRAMEWORK, "category") as unknown[][]).map((row) =>
      row.map((cell) => (cell === "Category 1" ? "Thriving" : cell))
    );
    expect(call(TIERFROM, table, [HEADERS], [STRONG], AS_OF)).toEqual([["Thriving"]]);
  });

  it("reads a trust's own word through an alias row of the table (named in Connect)", () => {
    const table = call(FRAMEWORK, "category") as unknown[][];
    const own = [...STRONG];
    own[2] = "Mostly fine";
    expect(String(shown(call(TIERFROM, table, [HEADERS], [own], AS_OF)))).toMatch(
      /^#VALUE!: QA visits value 'Mostly fine' is not recognised/
    );
    const headers = table[0].map(String);
    const alias = ownWordRowCells(headers, {
      criterion: "qa",
      value: "Mostly fine",
      level: "cat2",
      source: ownWordSource("2026-11-30"),
    });
    const withAlias = [...table, alias];
    expect(call(TIERFROM, withAlias, [HEADERS], [own], AS_OF)).toEqual([["Category 1"]]);
    const worse = [...CONCERN];
    worse[2] = "mostly fine";
    expect(call(TIERFROM, withAlias, [HEADERS], [worse], AS_OF)).toEqual(
      call(
        TIER,
        "category",
        [HEADERS],
        [[...CONCERN.slice(0, 2), "Minor issues", ...CONCERN.slice(3)]],
        AS_OF
      )
    );
  });

  it("names the row and column of each problem in a broken table", () => {
    const table = (call(FRAMEWORK, "category") as unknown[][]).map((row) => [...row]);
    const levelRow = table.findIndex((row) => row[0] === "level");
    table[levelRow][13] = "green";
    const message = shown(call(TIERFROM, table, [HEADERS], [STRONG], AS_OF)) as string;
    expect(
      message.startsWith(
        `#VALUE!: frameworkTable is not a valid framework table: row ${levelRow + 1}, column 'Colour': Colour must be a colour written #RRGGBB; row `
      )
    ).toBe(true);
    expect(message).toMatch(/; and \d+ more$/);
  });

  it("refuses an error cell inside the framework table, naming its position", () => {
    const table = (call(FRAMEWORK, "category") as unknown[][]).map((row) => [...row]);
    table[3][2] = errorCell("#N/A");
    expect(shown(call(TIERFROM, table, [HEADERS], [STRONG], AS_OF))).toBe(
      "#N/A: frameworkTable row 4, column 3 holds the error #N/A"
    );
  });
});

describe("TRUST.EXPLAIN", () => {
  it("gives the readable reason for each row", () => {
    const [[strong], [concern]] = call(
      EXPLAIN,
      "category",
      [HEADERS],
      [STRONG, CONCERN],
      AS_OF
    ) as string[][];
    expect(strong).toMatch(/^Category 1 \(proposed\): .*; no floor; 5 of 5 criteria; Secure$/);
    expect(concern).toMatch(/^Category 3 \(proposed\): Ofsted RI, .*QA visits Some issues/);
  });

  it("explains too little evidence in words rather than an error", () => {
    expect(call(EXPLAIN, "category", [HEADERS], [["Good", "", "", "", "", ""]], AS_OF)).toEqual([
      [
        "not enough evidence (1 of 5 criteria; Symphony category needs 3): needs 2 of QA visits, Partnership review, Other external reports",
      ],
    ]);
  });
});

describe("asOf and evidence dates", () => {
  // A "Last inspection date" / "QA visit date" column dates its criterion's evidence; asOf
  // decides what is stale. Limits: Ofsted's four-year inspection cycle (1,461 days,
  // mapping-helpers.ts ofstedCriterion) and the category framework's 365 days (002 seed,
  // category.ts), checked in classify's collect step.
  const DATED = ["Ofsted", "Last inspection date", "Trend", "QA visit", "QA visit date"];
  // 10 March 2021 and 1 June 2024 as Excel date serials (what date cells pass).
  const row = ["Good", 44265, "Positive", "No issues", 45444];
  const explainOn = (asOf: number) =>
    (call(EXPLAIN, "category", [DATED], [row], asOf) as unknown[][])[0][0] as string;

  it("changes EXPLAIN when asOf makes evidence stale", () => {
    expect(explainOn(AS_OF)).not.toContain("stale");
    expect(explainOn(45727)).toMatch(/; stale: Ofsted$/); // 11 March 2025
    expect(explainOn(45810)).toMatch(/; stale: Ofsted, QA visits$/); // 2 June 2025
  });

  it("keeps TIER's level (staleness is a warning, not a different level)", () => {
    expect(call(TIER, "category", [DATED], [row], 45810)).toEqual(
      call(TIER, "category", [DATED], [row], AS_OF)
    );
  });

  it("refuses a date cell that is not a date, in that row only", () => {
    const bad = ["Good", "soon", "Positive", "No issues", ""];
    expect(shown(call(TIER, "category", [DATED], [row, bad], AS_OF))).toEqual([
      ["Category 1"],
      [
        expect.stringMatching(
          /^#VALUE!: 'Last inspection date' value in row 2: 'soon' is not recognised as a date/
        ),
      ],
    ]);
  });
});

describe('"" (a formula returning "") over many rows', () => {
  // TIER keeps "" in the rows it reads and reads it as blank itself: every row, on the fast path
  // or not, with or without an evidence date column, answers as it does with null there.
  const DATED = ["Ofsted", "Last inspection date", "Trend", "QA visit", "QA visit date"];
  const rows: unknown[][] = [
    ["Good", 44265, "Positive", "No issues", 45444],
    ["Good", "", "", "", ""],
    ["", "", "Positive", "No issues", ""],
    ["RI", "", "Variable", "", 45444],
    ["", "", "", "", ""],
    ["Outstanding", 44265, "", "No issues", ""],
  ];
  const asNull = rows.map((row) => row.map((cell) => (cell === "" ? null : cell)));

  it.each([
    ["TIER", DATED],
    ["EXPLAIN", DATED],
    ["TIER", ["Ofsted", "Notes", "Trend", "QA visit", "Other notes"]],
  ])('%s with headers %j gives the same answers for "" as for null', (id, headers) => {
    const fn = id === "TIER" ? TIER : EXPLAIN;
    const withEmpty = shown(call(fn, "category", [headers], rows, AS_OF));
    expect(withEmpty).toEqual(shown(call(fn, "category", [headers], asNull, AS_OF)));
    expect((withEmpty as unknown[][]).some(([cell]) => String(cell).startsWith("#N/A"))).toBe(
      id === "TIER"
    );
  });
});
