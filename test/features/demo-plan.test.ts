import { classify } from "../../src/core/classify/classify";
import { evidenceFromRow, matchHeadersToCriteria } from "../../src/core/classify/headers";
import { getBuiltinFramework } from "../../src/core/frameworks";
import { columnLetter } from "../../src/core/layout/a1";
import { concernOf } from "../../src/core/inspections";
import { buildRegister, registerGrid } from "../../src/core/meeting";
import { DEMO_AS_OF, planDemoWorkbook } from "../../src/features/demo";
import { demoTables } from "./demo-fixtures";

describe("planDemoWorkbook", () => {
  const plan = planDemoWorkbook(demoTables());
  const schools = plan.schools.layout.tables?.[0];
  if (!schools) throw new Error("the Schools sheet has no table");

  it("writes a cover, a summary, the schools with results and every canonical table", () => {
    expect(plan.layouts.map((layout) => layout.name)).toEqual([
      "About",
      "Summary",
      "Schools",
      "Inspections",
      "Measures",
      "Targets",
      "National",
      "HealthChecks",
      "CurriculumTiers",
      "People",
      "TermDates",
    ]);
    expect(schools.rows).toHaveLength(14);
  });

  it("gives the schools a spread of proposed levels across every framework", () => {
    for (const block of plan.blocks) {
      const levels = new Set(
        block.results.map((r) =>
          r.classification.status === "classified"
            ? r.classification.level.id
            : r.classification.status
        )
      );
      expect(levels.size).toBeGreaterThanOrEqual(3);
    }
  });

  it("writes each level as the core classifies it, with the TRUST.TIER formula as text beside it", () => {
    const tiers = getBuiltinFramework("tiers");
    if (!tiers) throw new Error("no tiers");
    const header = demoTables().Schools[0];
    const match = matchHeadersToCriteria(tiers, header);
    const levelColumn = plan.schools.levelColumn.tiers;
    const inspections = plan.data.inspections;
    demoTables()
      .Schools.slice(1)
      .forEach((row, index) => {
        const urn = Number(row[0]);
        const result = classify(
          tiers,
          { ...evidenceFromRow(match, row), inspections: inspections.get(urn) ?? [] },
          { asOf: DEMO_AS_OF, termDates: plan.data.termDates }
        );
        const expected = result.status === "classified" ? result.level.name : result.status;
        expect(schools.rows[index][levelColumn]).toBe(expected);
      });
    const formula = schools.rows[0][levelColumn + 4];
    // Ofsted (G) to Safeguarding culture (V): the tiers criteria's columns.
    expect(formula).toBe(`=TRUST.TIER("tiers",$G$1:$V$1,$G2:$V2,DATE(2026,7,17))`);
    expect(schools.headers[levelColumn + 4]).toBe("Tier formula (as text)");
    // Result columns come after every input column (A..AB): the span never covers them.
    expect(levelColumn).toBe(demoTables().Schools[0].length);
  });

  it.each([
    [
      900111,
      "a 2024/25 inspection with quality of education inadequate",
      "category of concern (type not recorded)",
    ],
    [
      900108,
      "a report card with 'urgent improvement' in achievement",
      "requires significant improvement",
    ],
  ])(
    "school %i (%s) is at every framework's most serious level, with the category named (issue 14; School inspection handbook, September 2024, paras 190-191; NEU summary of Ofsted's operating guide)",
    (urn, _what, category) => {
      for (const block of plan.blocks) {
        if (block.framework.id === "curriculum") continue;
        const result = block.results.find((r) => r.urn === urn)?.classification;
        if (result?.status !== "classified")
          throw new Error(`${block.framework.id}: ${result?.status}`);
        expect([block.framework.id, result.rank]).toEqual([
          block.framework.id,
          block.framework.levels.length - 1,
        ]);
        expect(result.floors.map((floor) => floor.id)).toContain("concern");
        if (urn === 900111) expect(result.warnings.join(" ")).toContain(category);
      }
      const rows = plan.data.inspections.get(urn) ?? [];
      const latest = [...rows].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))[0];
      expect(concernOf(latest)?.category).toBe(category);
      // The risk meeting's register names it in its Ofsted concern column.
      const block = plan.blocks.find((b) => b.framework.id === "category")!;
      const school = block.results.find((r) => r.urn === urn)!;
      const register = buildRegister({
        framework: block.framework,
        meetingDate: DEMO_AS_OF,
        schools: [{ urn, name: school.name, classification: school.classification }],
        history: [],
      });
      const [header, row] = registerGrid(register);
      const named = category.includes("type not recorded") ? "type not recorded" : category;
      expect(row[header.indexOf("Ofsted concern")]).toBe(`Ofsted category of concern: ${named}`);
    }
  );

  it("counts each level with a live COUNTIF over the Schools sheet's level column", () => {
    const row = plan.summary.rowOf["tiers|Tier 1 Lead"];
    const cell = plan.summary.layout.cells.find((c) => c.row === row && c.col === 1);
    const letter = columnLetter(plan.schools.levelColumn.tiers);
    expect(cell?.formula).toBe(`=COUNTIF('Schools'!$${letter}$2:$${letter}$15,"Tier 1 Lead")`);
  });

  it("stops on bad demo data with the table, column and row", () => {
    const tables = demoTables();
    tables.Measures = tables.Measures.map((row) => [...row]);
    tables.Measures[5][3] = "ninety";
    expect(() => planDemoWorkbook(tables)).toThrow(
      "Measures!D6 (column D 'Value', row 6): 'ninety' is not a number"
    );
  });
});
