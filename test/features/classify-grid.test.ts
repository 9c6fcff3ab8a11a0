import { getBuiltinFramework } from "../../src/core/frameworks";
import type { Framework } from "../../src/core/frameworks/types";
import { classifySchoolsGrid } from "../../src/features/classify/classify-grid";
import { InputProblemsError } from "../../src/features/input-problems";
import { realSample } from "./demo-fixtures";

function framework(id: string): Framework {
  const found = getBuiltinFramework(id);
  if (!found) throw new Error(`no framework ${id}`);
  return found;
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputProblemsError) return error.message.split("\n");
    throw error;
  }
  throw new Error("expected InputProblemsError");
}

describe("classifySchoolsGrid on the real trust sample", () => {
  const source = { sheet: "Sample", headerRow: 1, grid: realSample() };

  it("maps the cryptic headers and classifies every school, saying when evidence is too thin", () => {
    const classified = classifySchoolsGrid({
      source,
      framework: framework("category"),
      asOf: "2026-07-17",
    });
    expect(classified.results).toHaveLength(19);
    expect(classified.results[0]).toMatchObject({
      urn: 138776,
      name: "Zaytouna Primary School",
      phase: "primary",
      row: 2,
    });
    // The sample has an Ofsted column only: category needs 3 pieces of evidence.
    for (const result of classified.results) {
      expect(result.classification.status).toBe("not enough evidence");
    }
  });

  it("warns that rating and OFSTEDRATING disagree and says which column it used", () => {
    const classified = classifySchoolsGrid({
      source,
      framework: framework("tiers"),
      asOf: "2026-07-17",
    });
    expect(classified.warnings).toEqual([
      "Sample: columns K 'OFSTEDRATING' and J 'rating' both look like Ofsted but disagree on 1 row (row 2: 'Requires Improvement' vs 'Good'); choose which to use; used column OFSTEDRATING",
    ]);
  });

  it("uses the person's choice of column when given", () => {
    const tiers = framework("tiers");
    const proposed = classifySchoolsGrid({ source, framework: tiers, asOf: "2026-07-17" });
    const columnOf = { ...proposed.columnOf, "criterion:ofsted": 9 };
    const chosen = classifySchoolsGrid({ source, framework: tiers, asOf: "2026-07-17", columnOf });
    expect(chosen.columnOf["criterion:ofsted"]).toBe(9);
  });

  it("stops on an unparseable value, naming sheet, column and row, before classifying anything", () => {
    const grid = realSample().map((row) => [...row]);
    grid[4][10] = "Goodish";
    grid[6][0] = "URN?";
    const lines = problemsOf(() =>
      classifySchoolsGrid({
        source: { ...source, grid },
        framework: framework("tiers"),
        asOf: "2026-07-17",
      })
    );
    expect(lines[0]).toBe(
      "Sample: the schools table cannot be classified with School improvement tiers:"
    );
    expect(lines[1]).toMatch(
      /^ {2}Sample!K5 \(column K 'OFSTEDRATING', row 5\): Ofsted: Ofsted value 'Goodish'/
    );
    expect(lines[2]).toBe(
      "  Sample!A7 (column A 'URN', row 7): URN: 'URN?' is not a URN; expected a 6-digit number such as 138776"
    );
  });

  it("stops when no column holds the URN or any criterion", () => {
    const grid = [
      ["Name", "Phase", "Colour"],
      ["Alder", "Primary", "Blue"],
    ];
    const lines = problemsOf(() =>
      classifySchoolsGrid({
        source: { sheet: "Odd", headerRow: 3, grid },
        framework: framework("tiers"),
        asOf: "2026-07-17",
      })
    );
    expect(lines.slice(1)).toEqual([
      "  sheet 'Odd' (row 3): no column holds URN; expected a header such as URN, Unique reference number",
      "  sheet 'Odd' (row 3): no column holds a criterion of School improvement tiers; expected headers such as Ofsted, Attendance and PA, Teaching and curriculum, National tests, or an Inspections table with the schools' Ofsted outcomes",
    ]);
  });

  it("takes Ofsted from the Inspections table when Schools holds no criterion column (an imported workbook)", () => {
    const grid = [
      ["URN", "School name", "Phase"],
      [138776, "Zaytouna Primary School", "Primary"],
      [139217, "Highbank Primary", "Primary"],
    ];
    const inspections = new Map([
      [
        138776,
        [
          {
            date: "2019-03-05",
            regime: "eif" as const,
            overall: "good" as const,
            areas: {},
            predecessor: false,
          },
        ],
      ],
    ]);
    const classified = classifySchoolsGrid({
      source: { sheet: "Schools", headerRow: 1, grid },
      framework: framework("category"),
      asOf: "2026-07-17",
      inspections,
    });
    expect(classified.results.map((r) => r.urn)).toEqual([138776, 139217]);
    const [inspected, uninspected] = classified.results.map((r) => r.classification);
    expect(inspected.supplied).toBe(1);
    expect(inspected.pieces.flatMap((p) => p.items.map((item) => item.display))).toEqual([
      expect.stringContaining("Good (inspection 2019-03-05"),
    ]);
    expect(uninspected.supplied).toBe(0);
  });

  it("still stops with no criterion column and no inspections, and says Inspections would do", () => {
    const grid = [
      ["URN", "School name", "Phase"],
      [138776, "Zaytouna Primary School", "Primary"],
    ];
    const lines = problemsOf(() =>
      classifySchoolsGrid({
        source: { sheet: "Schools", headerRow: 1, grid },
        framework: framework("category"),
        asOf: "2026-07-17",
        inspections: new Map(),
      })
    );
    expect(lines[1]).toMatch(
      /no column holds a criterion of .*, or an Inspections table with the schools' Ofsted outcomes$/
    );
  });

  it("stops on a school with a blank URN", () => {
    const grid = realSample().map((row) => [...row]);
    grid[3][0] = null;
    const lines = problemsOf(() =>
      classifySchoolsGrid({
        source: { ...source, grid },
        framework: framework("tiers"),
        asOf: "2026-07-17",
      })
    );
    expect(lines).toContain(
      "  Sample!A4 (column A 'URN', row 4): URN is blank; every school needs one"
    );
  });
});
