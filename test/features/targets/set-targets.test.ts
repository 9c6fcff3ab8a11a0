import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { cellKey } from "../../../src/adapters/memory/model";
import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import { readCanonicalTable, schoolsTable, measuresTable } from "../../../src/core/import";
import {
  measureAppliesTo,
  measureByCode,
  measureExistsIn,
} from "../../../src/core/measures/lookup";
import { TRUSTTIER_PROPOSAL } from "../../../src/core/targets";
import type { CellGrid, CellValue } from "../../../src/core/values/cell";
import { readCardTables } from "../../../src/features/cards/card-sources";
import { readCardTablesFromPort } from "../../../src/features/cards/read-tables";
import { buildDemoWorkbook } from "../../../src/features/demo";
import { proposeTargets, writeTargets } from "../../../src/features/targets";
import type { WorkbookPort } from "../../../src/port";
import { FakeExcel } from "../../support/fake-excel";
import { demoTables } from "../demo-fixtures";

async function demoWorkbook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook("TrustTier-demo.xlsx");
  await buildDemoWorkbook(workbook, demoTables());
  return workbook;
}

async function grid(workbook: MemoryWorkbook, name: string): Promise<CellGrid> {
  const table = await workbook.readTable(name);
  return [[...table.headers], ...table.rows];
}

const rowsOf = (g: CellGrid) => {
  const headers = g[0].map(String);
  return g.slice(1).map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i]])));
};

describe("proposeTargets on the demo workbook", () => {
  it("proposes a target for every academy x measure with data, never below both baseline and national", async () => {
    const workbook = await demoWorkbook();
    const proposed = await proposeTargets(workbook);
    expect(proposed.year).toBe("2026/27");

    const tables = demoTables();
    const schools = readCanonicalTable(schoolsTable, tables.Schools).rows.map((r) => r.value);
    const measures = readCanonicalTable(measuresTable, tables.Measures).rows.map((r) => r.value);
    const expected = new Set<string>();
    for (const m of measures) {
      const measure = measureByCode(m.measure);
      const school = schools.find((s) => s.urn === m.urn);
      if (!measure || !school || measure.good === "neutral") continue;
      if (!(m.figure && "value" in m.figure) || !measureExistsIn(measure, m.year)) continue;
      if (!measureExistsIn(measure, "2026/27")) continue;
      const phase =
        school.phase === "primary" || school.phase === "secondary" ? school.phase : undefined;
      if (phase && !measureAppliesTo(measure, phase)) continue;
      expected.add(`${m.urn} ${m.measure}`);
    }
    const rows = rowsOf(proposed.grid).filter((r) => r["Academic year"] === "2026/27");
    expect(new Set(rows.map((r) => `${r.URN} ${r["Measure code"]}`))).toEqual(expected);
    expect(rows.length).toBeGreaterThan(100);

    for (const row of rows) {
      const measure = measureByCode(String(row["Measure code"]));
      const target = row.Target as number;
      const baseline = row.Baseline as number;
      const national = row.National as number | null;
      expect(row.Method).toBe(TRUSTTIER_PROPOSAL);
      expect(String(row["Years used"]).split(", ").length).toBeLessThanOrEqual(3);
      if (measure?.good === "up")
        expect(target).toBeGreaterThanOrEqual(Math.min(baseline, national ?? baseline) - 1e-9);
      if (measure?.good === "down")
        expect(target).toBeLessThanOrEqual(Math.max(baseline, national ?? baseline) + 1e-9);
    }
  });

  it("keeps the rows a person typed cell for cell, and writes the method table", async () => {
    const workbook = await demoWorkbook();
    const before = await grid(workbook, "Targets");
    await workbook.appendRows("Targets", [[900101, "attendance", "2026/27", 99]]);
    const proposed = await proposeTargets(workbook);
    await writeTargets(workbook, proposed);
    const after = await grid(workbook, "Targets");
    const width = before[0].length;
    expect(after.slice(1, before.length).map((row) => row.slice(0, width))).toEqual(
      before.slice(1)
    );
    const typed = rowsOf(after).filter(
      (r) =>
        r.URN === 900101 && r["Measure code"] === "attendance" && r["Academic year"] === "2026/27"
    );
    expect(typed).toHaveLength(1);
    expect(typed[0].Target).toBe(99);
    expect(typed[0].Method).toBeNull();
    const method = await grid(workbook, "TargetMethod");
    expect(method[1]).toEqual(["Method", TRUSTTIER_PROPOSAL, expect.any(String)]);
  });

  it("lets revised data update proposals but never an agreed target", async () => {
    const workbook = await demoWorkbook();
    await writeTargets(workbook, await proposeTargets(workbook));
    const targets = await workbook.readTable("Targets");
    const col = (h: string) => targets.headers.indexOf(h);
    const proposals = targets.rows.filter(
      (r) =>
        r[col("Method")] === TRUSTTIER_PROPOSAL && r[col("Measure code")] === "ks2-rwm-expected"
    );
    const [agreed, open] = proposals;
    // The Trust Board agrees the first; the second is still a proposal.
    const agreedRows = targets.rows.map((r) =>
      r === agreed ? r.map((c, i) => (i === col("Agreed by Trust Board") ? "Yes" : c)) : r
    );
    await workbook.writeLayout(
      {
        name: "Targets",
        cells: [],
        tables: [
          { name: "Targets", row: 0, col: 0, headers: [...targets.headers], rows: agreedRows },
        ],
      },
      { mode: "replace" }
    );
    // Revised data: both schools' latest KS2 figure drops to 0.
    const measures = await workbook.readTable("Measures");
    const m = (h: string) => measures.headers.indexOf(h);
    const latestYear = String(agreed[col("Years used")]).split(", ").pop();
    const revised = measures.rows.map((r) =>
      r[m("Measure code")] === "ks2-rwm-expected" &&
      r[m("Academic year")] === latestYear &&
      [agreed[0], open[0]].includes(r[m("URN")])
        ? r.map((c, i) => (i === m("Value") ? 0 : c))
        : r
    );
    await workbook.writeLayout(
      {
        name: "Measures",
        cells: [],
        tables: [
          { name: "Measures", row: 0, col: 0, headers: [...measures.headers], rows: revised },
        ],
      },
      { mode: "replace" }
    );
    const again = await proposeTargets(workbook);
    const rows = rowsOf(again.grid).filter(
      (r) => r["Measure code"] === "ks2-rwm-expected" && r["Academic year"] === "2026/27"
    );
    const agreedNow = rows.filter((r) => r.URN === agreed[0]);
    const openNow = rows.filter((r) => r.URN === open[0]);
    expect(agreedNow).toHaveLength(1);
    expect(agreedNow[0].Target).toBe(agreed[col("Target")]);
    expect(openNow).toHaveLength(1);
    expect(openNow[0].Target).not.toBe(open[col("Target")]);
    expect(again.replaced).toBeGreaterThan(0);
  });

  it("says which table is missing", async () => {
    const workbook = new MemoryWorkbook("empty.xlsx");
    await expect(proposeTargets(workbook)).rejects.toThrow(/no Measures table/);
  });
});

describe("cards after targets are proposed", () => {
  it("read the agreed target of the year, not an unagreed proposal", async () => {
    const workbook = await demoWorkbook();
    await writeTargets(workbook, await proposeTargets(workbook));
    const read = readCardTables(await readCardTablesFromPort(workbook, await workbook.describe()));
    expect(read.data.targets.some((t) => t.year === "2026/27")).toBe(false);
    expect(read.data.targets.length).toBe(demoTables().Targets.length - 1);
  });
});

async function fakeExcelDemo(): Promise<WorkbookPort> {
  const port = new OfficeWorkbook(new FakeExcel().run);
  await buildDemoWorkbook(port, demoTables());
  return port;
}

async function memoryDemo(): Promise<WorkbookPort> {
  return demoWorkbook();
}

describe.each([
  ["the memory workbook", memoryDemo],
  ["Excel (the fake)", fakeExcelDemo],
])("writing Targets again in %s", (_, open) => {
  it("updates the year's proposals in place and keeps a person's formula and notes columns", async () => {
    const port = await open();
    await writeTargets(port, await proposeTargets(port));
    const first = await port.readTable("Targets");
    const h = (name: string) => first.headers.indexOf(name);
    const at = first.rows.findIndex((r) => r[h("Method")] === TRUSTTIER_PROPOSAL);
    const [urn, code] = [first.rows[at][h("URN")], first.rows[at][h("Measure code")]];

    // A person's calculated column and their notes, one on the proposal revised data will change.
    await port.setTableColumn("Targets", { header: "Gap", formula: "=[@Target]-[@Baseline]" });
    const notes: CellValue[] = first.rows.map((_, i) => (i === at ? "Check with the head" : null));
    notes[0] ??= "First row's note";
    await port.setTableColumn("Targets", { header: "Notes", values: notes });

    // Revised data: the school's latest figure for the measure rises by 5.
    const measures = await port.readTable("Measures");
    const m = (name: string) => measures.headers.indexOf(name);
    const mine = measures.rows.filter((r) => r[m("URN")] === urn && r[m("Measure code")] === code);
    const latest = mine
      .map((r) => String(r[m("Academic year")]))
      .sort()
      .at(-1);
    await port.setTableColumn("Measures", {
      header: "Value",
      values: measures.rows.map((r) =>
        r[m("URN")] === urn && r[m("Measure code")] === code && r[m("Academic year")] === latest
          ? Number(r[m("Value")]) + 5
          : r[m("Value")]
      ),
    });

    const again = await proposeTargets(port);
    expect(again.replaced).toBeGreaterThan(0);
    const written = await writeTargets(port, again);
    expect(written).toMatchObject({ created: false, added: 0, leftRows: [] });
    expect(written.updated).toBe(again.replaced);

    const after = await port.readTable("Targets");
    expect(after.headers).toEqual([...first.headers, "Gap", "Notes"]);
    expect(after.rows).toHaveLength(first.rows.length);
    const revised = after.rows[at];
    expect([revised[h("URN")], revised[h("Measure code")]]).toEqual([urn, code]);
    expect(revised[h("Target")]).not.toEqual(first.rows[at][h("Target")]);
    expect(revised[after.headers.indexOf("Notes")]).toBe("Check with the head");
    if (at !== 0) expect(after.rows[0][after.headers.indexOf("Notes")]).toBe("First row's note");
    // Every other row is as it was in TrustTier's columns.
    after.rows.forEach((row, i) => {
      if (i !== at && first.rows[i][h("URN")] !== urn)
        expect(row.slice(0, first.headers.length)).toEqual(first.rows[i]);
    });

    const gap = after.headers.indexOf("Gap");
    const content = await port.readSheetContent(after.sheet);
    const formulas = content.cells
      .filter((c) => c.col === after.origin.col + gap && c.row > after.origin.row)
      .map((c) => c.formula);
    expect(formulas).toEqual(after.rows.map(() => "=[@Target]-[@Baseline]"));
  });
});

describe("writing Targets again on Excel (the fake)", () => {
  it("keeps a formula a person typed in the Target cell of their own row", async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    await buildDemoWorkbook(port, demoTables());
    await writeTargets(port, await proposeTargets(port));
    const table = await port.readTable("Targets");
    const h = (name: string) => table.headers.indexOf(name);
    const mine = table.rows.findIndex((r) => r[h("Method")] !== TRUSTTIER_PROPOSAL);
    expect(mine).toBeGreaterThanOrEqual(0);
    const row = table.origin.row + 1 + mine;
    const col = table.origin.col + h("Target");
    const formula = "=90+5";
    excel.sheet(table.sheet)!.cells.set(cellKey(row, col), { value: 95, formula });
    // Revised data changes a proposal, so the Target column is written again.
    const measures = await port.readTable("Measures");
    const value = measures.headers.indexOf("Value");
    await port.setTableColumn("Measures", {
      header: "Value",
      values: measures.rows.map((r) =>
        typeof r[value] === "number" ? Number(r[value]) + 1 : undefined
      ),
    });
    const again = await proposeTargets(port);
    expect(again.replaced).toBeGreaterThan(0);
    await writeTargets(port, again);
    const cells = (await port.readSheetContent(table.sheet)).cells;
    expect(cells.find((c) => c.row === row && c.col === col)?.formula).toBe(formula);
  });
});
