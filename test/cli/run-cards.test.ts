import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { runCli } from "../../src/cli/run";
import { xlsxFiles } from "../../src/cli/xlsx-files";
import { buildDemoWorkbook } from "../../src/features/demo";
import { demoDataTablesOnly, demoTables } from "../features/demo-fixtures";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe("trusttier cards", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "trusttier-cards-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("adds cards for the chosen academies to a copy of the demo workbook, using its level column", async () => {
    const input = join(dir, "demo.xlsx");
    const demo = XlsxWorkbook.create("demo.xlsx");
    await buildDemoWorkbook(demo, demoTables());
    await demo.saveAs(input);
    const { io, out, err } = capture();
    const code = await runCli(
      ["cards", "--input", input, "--urn", "900101,900110", "--as-of", "2026-07-17"],
      xlsxFiles,
      io
    );
    expect([code, err]).toEqual([0, []]);
    expect(out).toContain("Using the Schools table's own 'Tier (proposed)' column");
    expect(out).toContain("3 sheets will be created, 0 updated.");
    const output = join(dir, "demo-cards.xlsx");
    expect(out.at(-1)).toBe(`Wrote ${output}: 3 sheets`);
    const sheets = (await (await XlsxWorkbook.open(output)).describe()).sheets.map((s) => s.name);
    expect(sheets).toEqual(
      expect.arrayContaining(["Alderbrook Primary School", "Juniper Hill Academy", "Cards"])
    );
    const inputSheets = (await (await XlsxWorkbook.open(input)).describe()).sheets;
    expect(inputSheets.map((s) => s.name)).not.toContain("Cards");
  }, 60_000);

  it("classifies a Schools table without level columns into the table first", async () => {
    const input = join(dir, "tables.xlsx");
    const workbook = XlsxWorkbook.create("tables.xlsx");
    for (const layout of demoDataTablesOnly())
      await workbook.writeLayout(layout, { mode: "create" });
    await workbook.saveAs(input);
    const { io, out } = capture();
    const code = await runCli(
      ["cards", "--input", input, "--framework", "category", "--as-of", "2026-07-17"],
      xlsxFiles,
      io
    );
    expect(code).toBe(0);
    expect(out).toContain(
      "Classifying the Schools table with Symphony category (as of 2026-07-17)"
    );
    const copy = await XlsxWorkbook.open(join(dir, "tables-cards.xlsx"));
    const schools = await copy.readTable("Schools");
    const level = schools.headers.indexOf("Category (proposed)");
    expect(level).toBeGreaterThan(0);
    expect(schools.headers).toContain("Category next review");
    expect(schools.rows.every((row) => /^Category \d$|evidence/.test(String(row[level])))).toBe(
      true
    );
    // The data tables, 14 cards, the index and the very hidden settings sheet.
    expect((await copy.describe()).sheets).toHaveLength(demoDataTablesOnly().length + 16);
  }, 60_000);

  it("exits 2 for a URN the Schools table does not hold, and for a bad --edited", async () => {
    const input = join(dir, "demo.xlsx");
    const first = capture();
    expect(await runCli(["cards", "--input", input, "--urn", "123456"], xlsxFiles, first.io)).toBe(
      2
    );
    expect(first.err[0]).toBe(
      "trusttier: --urn 123456: no academy with that URN in the Schools table"
    );
    const second = capture();
    expect(
      await runCli(["cards", "--input", input, "--edited", "maybe"], xlsxFiles, second.io)
    ).toBe(2);
    expect(second.err[0]).toBe("trusttier: --edited maybe: expected keep or replace");
  }, 60_000);
});
