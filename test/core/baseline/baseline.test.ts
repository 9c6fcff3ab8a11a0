import {
  assessBaseline,
  baselineLayout,
  baselineProposal,
  BASELINE_INPUT_COL,
  CAPACITY_LABEL,
  firstPlanTemplate,
  planBaselineImport,
  planJoin,
  readBaselineInputs,
  tableAfter,
  type BaselineTables,
} from "../../../src/core/baseline";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import type { Framework } from "../../../src/core/frameworks/types";
import { layoutContent } from "../../../src/core/layout/content";
import type { PublishedFile } from "../../../src/core/published";
import type { CellGrid } from "../../../src/core/values/cell";
import { fixture } from "../published/fixture-files";

const framework = (id: string): Framework => getBuiltinFramework(id) as Framework;

const FILES = [
  "dfe-2018-19/england_ks2final.csv",
  "dfe-2018-19/england_abs.csv",
  "dfe-2018-19/england_census.csv",
  "gias/links.csv",
  "gias/group_links.csv",
  "synthetic/ofsted_mi_eif_2023-08-31.csv",
  "synthetic/england_ks2_2022-2023_meta.csv",
  "synthetic/england_ks2_2022-2023_revised.csv",
].map(fixture);

function baseline(urn: number, files: readonly PublishedFile[] = FILES, id = "category") {
  const plan = planBaselineImport({ urn, files, existing: {} });
  expect(plan.problems).toEqual([]);
  const tables: BaselineTables = {};
  for (const name of ["Measures", "National", "Inspections"] as const) {
    const merge = plan.tables[name];
    if (merge) tables[name] = tableAfter(undefined, merge);
  }
  return {
    plan,
    tables,
    assessment: assessBaseline({
      school: plan.school!,
      framework: framework(id),
      asOf: "2026-11-30",
      tables,
      bodyChanges: plan.bodyChanges,
    }),
  };
}

describe("due-diligence baseline: one school from the public files", () => {
  it("names the school from the files and takes only its rows and the national rows", () => {
    const { plan } = baseline(138776);
    expect(plan.school).toMatchObject({
      urn: 138776,
      name: "Zaytouna Primary School",
      phase: "primary",
      localAuthority: "Derby",
    });
    const measures = plan.tables.Measures!;
    expect(measures.appends.length).toBeGreaterThan(10);
    expect(new Set(measures.appends.map((row) => row[0]))).toEqual(new Set([138776]));
    expect(plan.tables.National!.appends.length).toBeGreaterThan(5);
  });

  it("gives each figure as the file has it, beside the same-year same-phase national figure and its cohort", () => {
    const { assessment } = baseline(138776);
    const figure = (measure: string, year: string) =>
      assessment.figures.find((f) => f.measure === measure && f.year === year);
    // england_ks2_2022-2023_revised.csv: PTRWM_EXP 58%, TELIG 30; national (RECTYPE 7) 60%.
    expect(figure("ks2-rwm-expected", "2022/23")).toMatchObject({
      value: 58,
      cohort: 30,
      national: { value: 60, phase: "primary" },
    });
    // PTRWM_EXP_22 50%; national 59%. (The import stores no cohort for a year-suffixed column.)
    expect(figure("ks2-rwm-expected", "2021/22")).toMatchObject({
      value: 50,
      national: { value: 59 },
    });
    // england_abs.csv: PERCTOT 3.3 (attendance 96.7 derived), NAT PRI 4 (96).
    expect(figure("overall-absence", "2018/19")).toMatchObject({
      value: 3.3,
      national: { value: 4 },
    });
    expect(figure("attendance", "2018/19")).toMatchObject({ value: 96.7, national: { value: 96 } });
    expect(figure("attendance", "2018/19")?.note).toMatch(/derived: 100 - PERCTOT/);
    // england_ks2final.csv has no national rows: no 2018/19 progress benchmark is invented.
    expect(figure("ks2-reading-progress", "2018/19")).toMatchObject({ value: -5.1 });
    expect(figure("ks2-reading-progress", "2018/19")?.national).toBeUndefined();
  });

  it("keeps a suppression code as published", () => {
    const { assessment } = baseline(147927, [
      ...FILES,
      fixture("synthetic/ofsted_mi_report_cards_2026-02-28.csv"),
    ]);
    expect(
      assessment.figures.find((f) => f.measure === "ks2-rwm-expected" && f.year === "2022/23")
    ).toMatchObject({ code: "SUPP" });
    expect(
      assessment.figures.find((f) => f.measure === "ks2-rwm-expected" && f.year === "2021/22")
    ).toMatchObject({ code: "NP" });
  });

  it("derives the import's criteria and, short of the framework's minimum, names what the trust must gather", () => {
    const { assessment } = baseline(138776);
    expect(assessment.derived.find((d) => d.header === "Historic performance")?.value).toBe(
      "Variable"
    );
    expect(assessment.classification.status).toBe("not enough evidence");
    const proposal = baselineProposal(assessment.classification);
    expect(proposal.kind).toBe("missing");
    expect(proposal.text).toMatch(/needs QA visits, Partnership review or Other external reports/);
    if (proposal.kind !== "missing") throw new Error("expected missing");
    expect(proposal.gather.map((g) => g.split(" (")[0])).toEqual([
      "Practice observed",
      "The school's latest in-year data",
      "The latest SEF",
      "The school improvement plan",
    ]);
  });

  it("proposes a level, labelled a due-diligence proposal, once the trust adds its evidence", () => {
    const { plan, tables } = baseline(138776);
    const assessment = assessBaseline({
      school: plan.school!,
      framework: framework("category"),
      asOf: "2026-11-30",
      tables,
      bodyChanges: [],
      typed: { qa: "Some issues" },
    });
    expect(assessment.classification.status).toBe("classified");
    expect(baselineProposal(assessment.classification).text).toMatch(
      /^Due-diligence proposal: Category \d/
    );
    expect(assessment.evidence.find((e) => e.criterion === "qa")).toMatchObject({
      value: "Some issues",
      from: "typed",
    });
  });

  it("shows a predecessor school's inspection, linked, and the change of responsible body GIAS records", () => {
    const { assessment } = baseline(140017);
    expect(assessment.inspections[0]).toMatchObject({ predecessorUrn: 122713 });
    expect(assessment.status.responsibleBody.text).toMatch(
      /2013-08-19: opened as URN 140017: predecessor school URN 122713/
    );
    expect(assessment.status.responsibleBody.text).toMatch(
      /inspection history includes predecessor school URN 122713/
    );
  });

  it("reads DfE status with the existing rules: stuck in DfE's words, RISE's scope as a TrustTier reading", () => {
    const eif: CellGrid = [
      [
        "URN",
        "School name",
        "Ofsted phase",
        "Inspection number",
        "Inspection type",
        "Inspection start date",
        "Overall effectiveness",
        "Category of concern",
        "Quality of education",
        "Effectiveness of leadership and management",
        "Safeguarding is effective?",
      ],
      [
        100001,
        "Stuck Primary",
        "Primary",
        "10001",
        "S5 Inspection",
        "01/03/2022",
        "3",
        "NULL",
        "3",
        "3",
        "Yes",
      ],
    ];
    const keyJudgements: CellGrid = [
      [
        "URN",
        "School name",
        "Inspection number",
        "Inspection type",
        "Inspection start date",
        "Overall effectiveness",
        "Quality of education",
        "Leadership and management",
        "Safeguarding is effective?",
        "Category of concern",
      ],
      [
        100001,
        "Stuck Primary",
        "10002",
        "Graded inspection",
        "2025-02-10",
        "Not judged",
        "Requires improvement",
        "Good",
        "Yes",
        "",
      ],
    ];
    const { assessment } = baseline(100001, [
      { name: "ofsted_mi_2022-08-31.csv", grid: eif },
      { name: "ofsted_mi_2024-25_2025-03-31.csv", grid: keyJudgements },
    ]);
    expect(assessment.status.stuck).toMatchObject({ stuck: true });
    expect(assessment.status.stuck.source).toMatch(/Schools eligible for RISE intervention/);
    expect(assessment.status.rise.text).toMatch(/Within RISE targeted intervention/);
    expect(assessment.status.rise.source).toMatch(/^TrustTier reading/);
    expect(assessment.status.concern.category).toBeUndefined();
  });

  it("refuses a URN no file holds, naming the files, and a school whose phase no file states", () => {
    const plan = planBaselineImport({ urn: 999999, files: FILES, existing: {} });
    expect(plan.problems[0].message).toMatch(
      /URN 999999 is in none of the files given \(dfe-2018-19\/england_ks2final.csv, /
    );
    const noPhase = planBaselineImport({
      urn: 138776,
      files: [fixture("dfe-2018-19/england_abs.csv")],
      existing: {},
    });
    expect(noPhase.problems[0].message).toMatch(/none states its phase/);
  });
});

describe("the Baseline sheet", () => {
  it("prints on one page, writes text as values (formulas only for the differences) and has empty input fields", () => {
    const { assessment } = baseline(138776);
    const { layout, capacityRow, evidenceRows } = baselineLayout(assessment, "Baseline 138776");
    expect(layout.print?.fitTo).toEqual({ wide: 1, tall: 1 });
    const formulas = layout.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBe(assessment.figures.length);
    expect(
      formulas.every((c) =>
        /^=IF\(AND\(ISNUMBER\(C\d+\),ISNUMBER\(E\d+\)\),C\d+-E\d+,""\)$/.test(c.formula!)
      )
    ).toBe(true);
    const content = layoutContent(layout);
    const at = (row: number, col: number) =>
      content.find((c) => c.row === row && c.col === col)?.value;
    expect(at(capacityRow, 0)).toBe(CAPACITY_LABEL);
    expect(at(capacityRow, BASELINE_INPUT_COL)).toBeUndefined();
    expect(at(evidenceRows.historic, BASELINE_INPUT_COL)).toBe("Variable");
    expect(at(evidenceRows.qa, BASELINE_INPUT_COL)).toBeUndefined();
    const texts = content.map((c) => String(c.value ?? ""));
    expect(texts).toContain("Due-diligence proposal");
    expect(texts.some((t) => t.startsWith("Practice observed"))).toBe(true);
  });

  it("makes a row tall enough for a long label in column A, so it never prints over the next", () => {
    const { assessment } = baseline(138776);
    const { layout } = baselineLayout(assessment, "Baseline 138776");
    const heights = new Map((layout.rowHeights ?? []).map((h) => [h.row, h.height]));
    // Column A is 30 wide: a wrapped label over 32 characters takes a second line (section
    // titles do not wrap: they run on over the empty cells of their band).
    const long = layout.cells.filter(
      (c) =>
        c.col === 0 &&
        c.row > 0 &&
        c.style?.wrapText === true &&
        typeof c.value === "string" &&
        c.value.length > 32
    );
    expect(long.map((c) => c.value)).toContain("% disadvantaged pupils Meeting Expected in RWM");
    for (const cell of long)
      expect([cell.value, heights.get(cell.row)]).toEqual([cell.value, expect.any(Number)]);
    for (const cell of long) expect(heights.get(cell.row)!).toBeGreaterThanOrEqual(26);
    expect(new Set(layout.rowHeights!.map((h) => h.row)).size).toBe(layout.rowHeights!.length);
  });

  it("reads back what a person typed in the input fields", () => {
    const { assessment } = baseline(138776);
    const { layout, capacityRow, evidenceRows } = baselineLayout(assessment, "Baseline 138776");
    const cells = [
      ...layoutContent(layout),
      { row: evidenceRows.qa, col: BASELINE_INPUT_COL, value: "Minor issues" },
      { row: capacityRow, col: BASELINE_INPUT_COL, value: "Capacity taker" },
    ];
    const inputs = readBaselineInputs(cells, framework("category"));
    expect(inputs).toEqual({
      evidence: { historic: "Variable", qa: "Minor issues" },
      rows: { historic: evidenceRows.historic, qa: evidenceRows.qa },
      capacity: "Capacity taker",
    });
  });
});

describe("joining the trust", () => {
  it("re-keys the baseline's imported rows, keeps typed ones, links inspections and records the school", () => {
    const { tables } = baseline(138776);
    const measures = [
      ...tables.Measures!,
      [138776, "ks2-rwm-expected", "2023/24", 61, null, null, null, null],
    ];
    const plan = planJoin({
      school: { name: "Zaytouna Primary School", phase: "primary", localAuthority: "Derby" },
      oldUrn: 138776,
      newUrn: 150001,
      joined: "2026-09-01",
      tables: {
        Measures: measures,
        Inspections: tables.Inspections,
        Schools: [
          ["URN", "School name", "Phase", "QA visits"],
          [140017, "Highbank", "Primary", "No issues"],
        ],
      },
    });
    expect(plan.rekeyed.Measures).toBe(tables.Measures!.length - 1);
    expect(plan.rekeyed.Inspections).toBe(tables.Inspections!.length - 1);
    expect(plan.kept).toEqual([
      "Measures: 1 rows for URN 138776 a person typed kept under that URN",
    ]);
    const urns = plan.columnUpdates.find((u) => u.table === "Measures")!.values;
    expect(urns.at(-1)).toBeUndefined(); // the typed row's cell is left as it is
    expect(new Set(urns.slice(0, -1))).toEqual(new Set([150001]));
    const notes = plan.columnUpdates.find(
      (u) => u.table === "Measures" && u.header === "Note"
    )!.values;
    expect(
      notes.slice(0, -1).every((n) => /figure of predecessor URN 138776$/.test(String(n)))
    ).toBe(true);
    expect(notes.at(-1)).toBeUndefined();
    const links = plan.columnUpdates.find(
      (u) => u.table === "Inspections" && u.header === "Predecessor URN"
    )!.values;
    expect(new Set(links)).toEqual(new Set([138776]));
    // The table had no Joined trust or Predecessor URN column: the join adds them, blank for others.
    expect(plan.schoolsAppend).toEqual([
      150001,
      "Zaytouna Primary School",
      "Primary",
      null,
      46266,
      138776,
    ]);
    expect(plan.columnUpdates.filter((u) => u.table === "Schools")).toEqual([
      { table: "Schools", header: "Joined trust", values: [null], date: true },
      { table: "Schools", header: "Predecessor URN", values: [null] },
    ]);
  });

  it("fills the trust's own joined-date column under its own header", () => {
    const plan = planJoin({
      school: { name: "Zaytouna Primary School", phase: "primary" },
      oldUrn: 138776,
      newUrn: 150001,
      joined: "2026-09-01",
      tables: {
        Schools: [
          ["URN", "Name", "Phase", "Date joined", "Previous URN"],
          [150001, "Zaytouna", "Primary", null, null],
        ],
      },
    });
    expect(plan.columnUpdates).toEqual([
      { table: "Schools", header: "Date joined", values: [46266], date: true },
      { table: "Schools", header: "Previous URN", values: [138776] },
    ]);
  });

  it("never overwrites a Schools cell a person typed", () => {
    const plan = planJoin({
      school: { name: "Zaytouna Primary School", phase: "primary" },
      oldUrn: 138776,
      newUrn: 150001,
      joined: "2026-09-01",
      tables: {
        Schools: [
          ["URN", "School name", "Phase", "Joined trust", "Predecessor URN"],
          [150001, "Zaytouna", "Primary", "Sept 2026", null],
        ],
      },
    });
    expect(plan.kept).toEqual([
      expect.stringMatching(/Joined trust for URN 150001 kept as typed \(Sept 2026\)/),
    ]);
    expect(plan.columnUpdates).toEqual([
      { table: "Schools", header: "Predecessor URN", values: [138776] },
    ]);
  });

  it("chooses each seed's first plan", () => {
    const { plan, tables } = baseline(138776);
    const classified = (id: string, typed: Record<string, string>) => {
      const c = assessBaseline({
        school: plan.school!,
        framework: framework(id),
        asOf: "2026-11-30",
        tables,
        bodyChanges: [],
        typed,
      }).classification;
      if (c.status !== "classified") throw new Error(c.message);
      return c;
    };
    const category = classified("category", { qa: "No issues" });
    expect(firstPlanTemplate("category", category, false)).toMatchObject({
      value: { template: "core" },
    });
    expect(firstPlanTemplate("category", category, true)).toMatchObject({
      value: { template: "isap" },
    });
    const tier4 = { ...category, level: { ...category.level, id: "tier4" } };
    expect(firstPlanTemplate("tiers", tier4, false)).toMatchObject({
      value: { template: "statement" },
    });
    expect(
      firstPlanTemplate(
        "stages",
        { ...category, level: { ...category.level, id: "stabilise" } },
        false
      )
    ).toMatchObject({ value: { template: "rip" } });
    expect(firstPlanTemplate("mine", category, false)).toEqual({
      ok: false,
      problems: [
        {
          code: "missing",
          field: "plan",
          value: "mine",
          expected: "one of strategic, isap, core, adp, rip, statement",
          message: "the framework 'mine' names no first plan: choose its template",
        },
      ],
    });
  });
});
