import { academyCardLayout, cardDataProblems, type AcademyCard } from "../../../src/core/cards";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { cellAddress } from "../../../src/core/layout/a1";
import { measureByCode } from "../../../src/core/measures/lookup";
import { ragRule } from "../../../src/core/measures/rules";
import { levelHeaders, readCardTables, type CardTablesRead } from "../../../src/features/cards";
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

  it("reads Target for the latest target year and National for the latest national year", () => {
    for (const shown of c.measureRows) {
      const targetYears = read.data.targets
        .filter((t) => t.urn === urn && t.measure === shown.code)
        .map((t) => t.year)
        .sort();
      if (measureByCode(shown.code)!.section !== "Context") {
        expect(shown.target?.year).toBe(targetYears.at(-1));
      }
      const nationalYears = read.data.national
        .filter((n) => n.measure === shown.code && n.value !== undefined)
        .filter((n) => n.phase === _phase || n.phase === "all")
        .map((n) => n.year)
        .sort();
      expect(shown.national?.year).toBe(nationalYears.at(-1));
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

  it("colours each figure by TRUST.RAG's rule (target first, then national), blank never coloured", () => {
    const shown =
      c.measureRows.find((r) => r.target && r.national) ??
      c.measureRows.find((r) => r.target || r.national)!;
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
      const target = shown.target ? t : "";
      const national = shown.national ? n : "";
      const cells: Record<string, number | ""> = { [at(col)]: v };
      if (shown.target) cells[at(shown.target.col)] = target;
      if (shown.national) cells[at(shown.national.col)] = national;
      const got = rules
        .filter((rule) => applies(rule.formula, cells))
        .map((rule) => colour[rule.style.fillColor as keyof typeof colour]);
      const expected =
        v === "" || (target === "" && national === "")
          ? []
          : [
              ragRule(
                v,
                target === "" ? undefined : target,
                national === "" ? undefined : national,
                up
              ),
            ];
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
    expect(cellAt(c, row("Statutory latest:"), 4)?.value).toContain("SI 2005/2038");
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
          code: "attendance",
          where: "2024/25",
          value: 120,
          severity: "invalid",
        }),
        expect.objectContaining({
          code: "persistent-absence",
          where: "national 2023/24",
          value: 94.5,
          severity: "unlikely",
        }),
      ])
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
