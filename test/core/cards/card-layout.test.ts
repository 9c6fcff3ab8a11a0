import { academyCardLayout, cardDataProblems, type AcademyCard } from "../../../src/core/cards";
import { formatProblem } from "../../../src/core/problems";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { cellAddress } from "../../../src/core/layout/a1";
import { measureByCode, measureExistsIn } from "../../../src/core/measures/lookup";
import { ragRule } from "../../../src/core/measures/rules";
import {
  levelHeaders,
  readCardTables,
  type CardTables,
  type CardTablesRead,
  type LocatedTable,
} from "../../../src/features/cards";
import { demoCardTables } from "./demo-card-tables";

const tiers = getBuiltinFramework("tiers")!;
const curriculum = getBuiltinFramework("curriculum")!;
const read: CardTablesRead = readCardTables(demoCardTables());

function card(urn: number, data = read.data): AcademyCard {
  const school = read.schools.find((s) => s.urn === urn)!;
  return academyCardLayout({
    sheetName: "Card",
    academy: { urn, name: school.name, phase: school.phase },
    framework: tiers,
    levels: levelHeaders(tiers),
    sources: read.sources,
    data,
    generatedOn: "2026-07-17",
    curriculumFramework: curriculum,
  });
}

const cellAt = (c: AcademyCard, row: number, col: number) =>
  c.layout.cells.find((cell) => cell.row === row && cell.col === col);

describe.each([
  [900101, "primary", ["Phonics", "EYFS", "KS2"], ["KS4"]],
  [900110, "secondary", ["KS4"], ["Phonics", "EYFS", "KS2"]],
])("the card of %i (%s)", (urn, _phase, has, lacks) => {
  const c = card(urn);
  const sections = c.sections.map((s) => s.name);
  const own = read.data.measures.filter((m) => m.urn === urn);

  it("has the seed's sections in order, with the phase's key stage and without the other", () => {
    for (const name of ["Header", "Context", "Attendance", "Behaviour", ...has]) {
      expect(sections).toContain(name);
    }
    for (const name of lacks) expect(sections).not.toContain(name);
    expect(sections.slice(-4)).toEqual([
      "Ofsted next steps",
      "Health check",
      "Curriculum area tiers",
      "Trust capacity to support",
    ]);
  });

  it("shows a row for every measure the data holds for it, and none it does not hold", () => {
    const codes = new Set(
      own.filter((m) => m.figure !== undefined && measureByCode(m.measure)).map((m) => m.measure)
    );
    expect(new Set(c.measureRows.map((r) => r.code))).toEqual(codes);
  });

  it("shows each measure by the years the data holds (latest five), live from Measures", () => {
    for (const shown of c.measureRows) {
      const measure = measureByCode(shown.code)!;
      const sectionCodes = c.measureRows
        .filter((r) => measureByCode(r.code)!.section === measure.section)
        .map((r) => r.code);
      const years = [
        ...new Set(
          own
            .filter((m) => sectionCodes.includes(m.measure) && m.figure !== undefined)
            .map((m) => m.year)
        ),
      ].sort();
      const expected =
        measure.section === "Context"
          ? years
              .filter((y) => own.some((m) => m.measure === shown.code && m.year === y && m.figure))
              .slice(-1)
          : years.slice(-5);
      expect(Object.keys(shown.years)).toEqual(expected);
      for (const [year, col] of Object.entries(shown.years)) {
        const formula = cellAt(c, shown.row, col)?.formula ?? "";
        expect(formula).toContain(`"${shown.code}"`);
        expect(formula).toContain(`"${year}"`);
        expect(formula).toMatch(/^=IF\(COUNTIFS\(/);
        expect(formula).not.toMatch(/XLOOKUP|FILTER|LET\(/);
      }
    }
  });

  // Issue 14, items 6 and 7: a target or national figure of the result's own year is compared;
  // another year's is shown with its year and never compared; a single-phase academy never
  // gets an all-phase national figure.
  it("reads Target and National of the latest result's year, else shows another year's uncompared", () => {
    for (const shown of c.measureRows) {
      const measure = measureByCode(shown.code)!;
      const resultYear = Object.keys(shown.years).at(-1)!;
      const targetYears = read.data.targets
        .filter((t) => t.urn === urn && t.measure === shown.code)
        .map((t) => t.year)
        .sort();
      if (measure.section !== "Context" && targetYears.length > 0) {
        const same = targetYears.includes(resultYear);
        expect(shown.target?.year).toBe(same ? resultYear : targetYears.at(-1));
        expect(shown.target?.compared).toBe(same && measureExistsIn(measure, resultYear));
      }
      const phase = measure.phase === "all" ? _phase : measure.phase;
      const nationalYears = read.data.national
        .filter((n) => n.measure === shown.code && n.value !== undefined && n.phase === phase)
        .map((n) => n.year)
        .sort();
      if (nationalYears.length === 0) {
        expect(shown.national).toBeUndefined();
        continue;
      }
      const same = nationalYears.includes(resultYear);
      const earlier = nationalYears.filter((y) => y < resultYear).at(-1);
      expect(shown.national?.year).toBe(same ? resultYear : (earlier ?? nationalYears.at(-1)));
      expect(shown.national?.phase).toBe(phase);
      if (!same) expect(shown.national?.compared).toBe(false);
    }
  });

  it("names the year of every Target and National figure in its number format", () => {
    for (const shown of c.measureRows) {
      for (const bench of [shown.target, shown.national]) {
        if (!bench) continue;
        expect(cellAt(c, shown.row, bench.col)?.numberFormat).toContain(`" (${bench.year})"`);
      }
    }
  });

  it("writes no vs Target / vs National verdict across years, and says why in the notes", () => {
    for (const shown of c.measureRows) {
      if (measureByCode(shown.code)!.section === "Context") continue;
      const k = Object.keys(shown.years).length;
      const vsTarget = cellAt(c, shown.row, k + 4);
      const vsNational = cellAt(c, shown.row, k + 5);
      if (shown.target && !shown.target.compared) {
        expect(vsTarget).toBeUndefined();
        expect(shown.notes.join(" ")).toMatch(/Target is for|DfE published none/);
      }
      if (shown.national && !shown.national.compared) {
        expect(vsNational).toBeUndefined();
        expect(shown.notes.join(" ")).toMatch(/National is for \d{4}\/\d{2}|DfE published none/);
      }
      const check = cellAt(c, shown.row, shown.checkCol)?.formula ?? "";
      for (const note of shown.notes) expect(check).toContain(note);
    }
  });

  it("gives every figure a data check and RAG rules that never colour a blank", () => {
    for (const shown of c.measureRows) {
      expect(cellAt(c, shown.row, shown.checkCol)?.formula).toMatch(/^=TRIM\(/);
    }
    for (const rule of c.layout.conditionalFormats ?? []) {
      if (rule.style.fillColor === "#C6EFCE" && rule.formula.startsWith("=AND(")) {
        expect(rule.formula).toMatch(/^=AND\(ISNUMBER\(/);
      }
    }
  });

  // Issue 14, item 8: Amber and Red need both benchmarks of the figure's own year.
  it("colours each figure by TRUST.RAG's rule (target first, then national), blank never coloured", () => {
    const shown =
      c.measureRows.find((r) => r.target?.compared && r.national?.compared) ??
      c.measureRows.find((r) => r.target?.compared)!;
    const measure = measureByCode(shown.code)!;
    const col = Math.max(...Object.values(shown.years));
    const at = (column: number) => cellAddress(shown.row, column);
    const rules = (c.layout.conditionalFormats ?? []).filter(
      (rule) => rule.range.row === shown.row && rule.range.col === col
    );
    const colour = { "#C6EFCE": "Green", "#FFEB9C": "Amber", "#FFC7CE": "Red" } as const;
    // Evaluates the rules' native formulas (AND/OR/NOT/ISNUMBER and comparisons) in JavaScript.
    const applies = (formula: string, cells: Record<string, number | "">) =>
      new Function(
        "and",
        "or",
        "not",
        "isnum",
        "cell",
        `return ${formula
          .slice(1)
          .replace(/\b([A-Z]{1,2}\d+)\b/g, 'cell("$1")')
          .replace(/\bAND\(/g, "and(")
          .replace(/\bOR\(/g, "or(")
          .replace(/\bNOT\(/g, "not(")
          .replace(/\bISNUMBER\(/g, "isnum(")
          .replace(/\bTRUE\b/g, "true")
          .replace(/\bFALSE\b/g, "false")};`
      )(
        (...a: boolean[]) => a.every(Boolean),
        (...a: boolean[]) => a.some(Boolean),
        (a: boolean) => !a,
        (a: unknown) => typeof a === "number",
        (address: string) => cells[address] ?? ""
      ) as boolean;
    const up = measure.good === "up";
    const cases: [number | "", number | "", number | ""][] = [
      [50, 40, 45],
      [50, 60, 45],
      [50, 60, 55],
      [50, 40, 55],
      [50, "", 45],
      [50, "", 55],
      [50, 40, ""],
      [50, 60, ""],
      [50, "", ""],
      ["", 40, 45],
    ];
    for (const [v, t, n] of cases) {
      const target = shown.target?.compared ? t : "";
      const national = shown.national?.compared ? n : "";
      const cells: Record<string, number | ""> = { [at(col)]: v };
      if (shown.target) cells[at(shown.target.col)] = target;
      if (shown.national) cells[at(shown.national.col)] = national;
      const got = rules
        .filter((rule) => applies(rule.formula, cells))
        .map((rule) => colour[rule.style.fillColor as keyof typeof colour]);
      const rag =
        v === ""
          ? undefined
          : ragRule(
              v,
              target === "" ? undefined : target,
              national === "" ? undefined : national,
              up
            );
      const expected = rag ? [rag] : [];
      expect([v, t, n, got]).toEqual([v, t, n, expected]);
    }
  });

  it("prints on one A4 landscape page with the title row repeated and a footer", () => {
    expect(c.layout.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitTo: { wide: 1, tall: 1 },
      titleRows: { first: 0, last: 0 },
    });
    expect(c.layout.print?.footer?.left).toBe(read.schools.find((s) => s.urn === urn)!.name);
  });

  it("shows the leaders' own AES security rating and the next inspection: statutory latest date and expected window, each labelled (issue 14, item 5)", () => {
    expect(cellAt(c, 4, 5)?.value).toBe("Leaders' security (AES)");
    expect(cellAt(c, 4, 8)?.formula).toMatch(/^=IF\(COUNTIFS\(/);
    const row = (text: string) => c.layout.cells.find((cell) => cell.value === text)!.row;
    // SI 2005/2038 reg 2: the school year starts 1 August, so the five-year limit ends 31 July.
    const statutory = cellAt(c, row("Statutory latest:"), 1)!;
    expect(statutory.formula).toContain("IF(MONTH(");
    expect(statutory.formula).toContain(">=8,1,0)+5,7,31)");
    expect(statutory.numberFormat).toBe("d mmm yyyy");
    // The basis, or, where the date had passed by the card's date (K1), what the trust should do.
    const basis = cellAt(c, row("Statutory latest:"), 4)?.formula ?? "";
    expect(basis).toContain("SI 2005/2038");
    expect(basis).toMatch(
      /N\(\$K\$1\)\),"passed before this card was generated: look for a newer Ofsted report/
    );
    // The practical window: from and to dates, and its basis in words.
    const window = row("Expected window:");
    expect(cellAt(c, window, 1)?.numberFormat).toBe("d mmm yyyy");
    expect(cellAt(c, window, 3)?.formula).toContain("EDATE(");
    expect(cellAt(c, window, 4)?.formula).toContain("within 30 months of the report's publication");
    expect(cellAt(c, window, 4)?.formula).toContain("usually ... within one to two years");
    // The outcome in words names a category of concern in every regime.
    const outcome = cellAt(c, row("Outcome:"), 1)!.formula!;
    expect(outcome).toContain("(published category of concern)");
    expect(outcome).toContain("Category of concern (type not recorded)");
    expect(outcome).toContain(
      "Requires significant improvement: category of concern from the grades"
    );
    expect(cellAt(c, row("Report published:"), 1)?.formula).toContain("'Inspections'!$C:$C");
  });

  it("keeps every formula within Excel's 8,192-character limit", () => {
    const longest = Math.max(...c.layout.cells.map((cell) => (cell.formula ?? "").length));
    expect(longest).toBeLessThan(8192);
  });

  // Issue 14, item 15: 001 sets the tier "at the start of each academic year"; the rhythm in
  // between is the tier's own (CEO 1:1, health checks).
  it("says the tier is re-assessed annually and gives the tier's review rhythm", () => {
    const labels = c.layout.cells.filter((cell) => cell.col === 0).map((cell) => cell.value);
    expect(labels).toContain("Tier re-assessed");
    expect(labels).not.toContain("Review cadence");
    const rhythm = cellAt(c, 5, 0);
    expect(rhythm?.value).toBe("Review rhythm");
    expect(cellAt(c, 5, 1)?.formula).toContain("CEO 1:1 every 4 weeks");
  });

  it("writes no text literal over Excel's 255 characters in the header's lookups", () => {
    for (const cell of c.layout.cells) {
      for (const literal of (cell.formula ?? "").match(/"(?:[^"]|"")*"/g) ?? []) {
        expect(literal.length - 2).toBeLessThanOrEqual(255 + (literal.match(/""/g)?.length ?? 0));
      }
    }
  });

  it("points no formula at another card (only data tables)", () => {
    const sheets = new Set(
      [
        ...c.layout.cells
          .map((cell) => cell.formula ?? "")
          .join(" ")
          .matchAll(/'([^']+)'!/g),
      ].map((m) => m[1])
    );
    for (const sheet of sheets) {
      expect([
        "Schools",
        "Measures",
        "Targets",
        "National",
        "Inspections",
        "HealthChecks",
        "CurriculumTiers",
      ]).toContain(sheet);
    }
  });
});

// Issue 14, item 10: no Progress 8 for 2024/25 (DfE: returns for 2026/27), so the card neither
// trends nor compares it in that year, and says why.
describe("a progress measure in a year DfE published none", () => {
  const c = card(900110);
  const p8 = c.measureRows.find((r) => r.code === "ks4-progress8")!;
  const k = Object.keys(p8.years).length;

  it("has no trend, vs Target or vs National cell, and a note naming the year", () => {
    expect(Object.keys(p8.years).at(-1)).toBe("2024/25");
    const national = 2 + k;
    for (const col of [national + 1, national + 2, national + 3]) {
      expect(cellAt(c, p8.row, col)).toBeUndefined();
    }
    expect(p8.notes).toEqual(["No Progress 8 for 2024/25 (DfE published none): not compared."]);
  });

  it("still trends Attainment 8, which exists in every year", () => {
    const a8 = c.measureRows.find((r) => r.code === "ks4-attainment8")!;
    expect(cellAt(c, a8.row, 3 + k)?.formula).toMatch(/better|worse/);
    expect(a8.target).toMatchObject({ year: "2024/25", compared: true });
  });
});

// Issue 14, item 14 (seed 003): the card sets the leaders' self-assessed stage against the
// stage shown and flags a difference for the Director of Education to moderate.
describe("a stages card with the leaders' AES classification", () => {
  const stages = getBuiltinFramework("stages")!;
  const school = read.schools.find((s) => s.urn === 900104)!;
  const c = academyCardLayout({
    sheetName: "Card",
    academy: { urn: 900104, name: school.name, phase: school.phase },
    framework: stages,
    levels: levelHeaders(stages),
    sources: read.sources,
    data: read.data,
    generatedOn: "2026-07-17",
  });

  it("shows the self-assessed stage live from Schools and a moderation flag", () => {
    const { selfAssessed, moderation } = c.headerCells;
    expect(cellAt(c, selfAssessed.row, 0)?.value).toBe("Self-assessed (AES)");
    expect(cellAt(c, selfAssessed.row, selfAssessed.col)?.formula).toMatch(/^=IF\(COUNTIFS\(/);
    const flag = cellAt(c, moderation.row, moderation.col)?.formula ?? "";
    expect(flag).toContain(
      "⚑ differs from the stage above: for the Director of Education to moderate"
    );
    expect(flag).toContain('"sustain","a","b improve","improve"');
    expect(c.sections[1].row).toBeGreaterThan(moderation.row);
  });

  it("is not shown for a framework the AES does not classify (tiers)", () => {
    expect(card(900104).headerCells.selfAssessed).toBeUndefined();
  });
});

describe("data checks", () => {
  const base = read.data;
  const bad = {
    ...base,
    measures: base.measures.map((m) =>
      m.urn === 900101 && m.measure === "attendance" && m.year === "2024/25"
        ? { ...m, figure: { value: 120 } }
        : m
    ),
    national: base.national.map((n) =>
      n.measure === "persistent-absence" ? { ...n, value: 94.5 } : n
    ),
  };

  it("flags a percentage above 100 as invalid and the seed's national PA of 94.5% as unlikely", () => {
    const problems = cardDataProblems(card(900101, bad), bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "invalid",
          measure: "attendance",
          where: "2024/25",
          value: 120,
          severity: "invalid",
        }),
        expect.objectContaining({
          code: "invalid",
          measure: "persistent-absence",
          where: "national 2023/24",
          value: 94.5,
          severity: "unlikely",
        }),
      ])
    );
  });

  it("locates each flagged figure at its card's check cell, as one Problem line", () => {
    const built = card(900101, bad);
    const [first] = cardDataProblems(built, bad).filter((p) => p.measure === "attendance");
    const shown = built.measureRows.find((r) => r.code === "attendance")!;
    expect(first).toMatchObject({
      sheet: built.layout.name,
      column: shown.checkCol,
      row: shown.row + 1,
      urn: 900101,
    });
    expect(formatProblem(first)).toBe(
      `${built.layout.name}!L${shown.row + 1} (column L, row ${shown.row + 1}): 2024/25: Whole School Attendance 120 is outside the valid range 0 to 100%`
    );
  });

  it("finds nothing to flag in the demo's own figures", () => {
    expect(cardDataProblems(card(900101), base)).toEqual([]);
  });

  it("leaves out a section with no data for the academy", () => {
    const noBehaviour = {
      ...base,
      measures: base.measures.filter(
        (m) => !["suspended", "suspended-2plus", "permanent-exclusions"].includes(m.measure)
      ),
      healthChecks: [],
    };
    const sections = card(900101, noBehaviour).sections.map((s) => s.name);
    expect(sections).not.toContain("Behaviour");
    expect(sections).not.toContain("Health check");
  });
});

describe("columns found through the table definitions (issue 15)", () => {
  it("reads every header variant the reader accepts, in each record section", () => {
    const tables = demoCardTables();
    const rename = (table: LocatedTable, from: string, to: string): LocatedTable => {
      const headers = table.ref.headers.map((h) => (h === from ? to : h));
      return { ref: { ...table.ref, headers }, grid: [headers, ...table.grid.slice(1)] };
    };
    const variant: CardTables = {
      ...tables,
      healthChecks: rename(tables.healthChecks!, "Date", "visit_date"),
      inspections: rename(tables.inspections!, "Next steps", "AREAS FOR IMPROVEMENT"),
      curriculumTiers: rename(tables.curriculumTiers!, "Capacity", "Leadership capacity"),
    };
    const again = readCardTables(variant);
    expect(again.tableProblems).toEqual([]);
    const school = again.schools[0];
    const built = academyCardLayout({
      sheetName: "Card",
      academy: { urn: school.urn, name: school.name, phase: school.phase },
      framework: tiers,
      levels: levelHeaders(tiers),
      sources: again.sources,
      data: again.data,
      generatedOn: "2026-07-17",
      curriculumFramework: curriculum,
    });
    expect(built.sections.map((s) => s.name)).toEqual(card(school.urn).sections.map((s) => s.name));
    const formulas = built.layout.cells.map((cell) => cell.formula ?? "").join("\n");
    expect(formulas).toContain("HealthChecks[visit_date]");
    expect(built.layout.cells.some((cell) => cell.value === "Next Steps -")).toBe(true);
    expect(formulas).toContain("CurriculumTiers[Leadership capacity]");
  });
});
