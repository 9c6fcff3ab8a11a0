import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { parseArgs } from "../../src/cli/args";
import { runCli } from "../../src/cli/run";
import { xlsxFiles } from "../../src/cli/xlsx-files";
import { buildDemoWorkbook } from "../../src/features/demo";
import { demoTables } from "../features/demo-fixtures";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe("trusttier targets", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "trusttier-targets-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shows the proposals, then writes them into a copy with the typed targets kept", async () => {
    const input = join(dir, "demo.xlsx");
    const demo = XlsxWorkbook.create("demo.xlsx");
    await buildDemoWorkbook(demo, demoTables());
    await demo.saveAs(input);
    const before = await (await XlsxWorkbook.open(input)).readTable("Targets");
    const output = join(dir, "out.xlsx");
    const { io, out, err } = capture();
    const code = await runCli(
      ["targets", "--input", input, "--year", "2025/26", "--output", output],
      xlsxFiles,
      io
    );
    expect(err.filter((l) => !l.startsWith("warning"))).toEqual([]);
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/Targets for 2025\/26 by TrustTier proposal/);
    expect(out.join("\n")).toMatch(/rows a person typed, reviewed or agreed kept/);
    const written = await XlsxWorkbook.open(output);
    const targets = await written.readTable("Targets");
    expect(targets.headers).toEqual(
      expect.arrayContaining(["Reviewed by LGB", "Agreed by Trust Board", "Board date"])
    );
    const width = before.headers.length;
    expect(targets.rows.slice(0, before.rows.length).map((r) => r.slice(0, width))).toEqual(
      before.rows
    );
    expect(targets.rows.length).toBeGreaterThan(before.rows.length);
    expect((await written.readTable("TargetMethod")).rows[0][1]).toBe("TrustTier proposal");
  });

  it("prints each proposal's URN, measure and target from a Targets table headed 'Measure' / 'Year'", async () => {
    const input = join(dir, "own-words.xlsx");
    const demo = XlsxWorkbook.create("own-words.xlsx");
    await buildDemoWorkbook(demo, demoTables());
    await demo.writeLayout(
      {
        name: "Targets",
        cells: [],
        tables: [
          {
            name: "Targets",
            row: 0,
            col: 0,
            headers: ["URN", "Measure", "Year", "Target"],
            rows: [...demoTables().Targets.slice(1), [900101, "attendance", "2026/27", 97.5]],
          },
        ],
      },
      { mode: "replace" }
    );
    await demo.saveAs(input);
    const { io, out } = capture();
    const code = await runCli(
      ["targets", "--input", input, "--year", "2025/26", "--output", join(dir, "own-out.xlsx")],
      xlsxFiles,
      io
    );
    expect(code).toBe(0);
    const shown = out.filter((line) => /^ {2}\d/.test(line));
    expect(shown.length).toBeGreaterThan(10);
    // Each line as "  URN measure: target (how set; data status)", never "undefined".
    for (const line of shown) {
      expect(line).toMatch(/^ {2}\d{6} [a-z0-9-]+: [\d.]+ \(.+; data .+\)$/);
      expect(line).not.toContain("undefined");
    }
  });

  it("refuses a year that is not an academic year", () => {
    expect(parseArgs(["targets", "--input", "a.xlsx", "--year", "2025"])).toEqual({
      ok: false,
      message: "--year 2025 is not an academic year; expected YYYY/YY",
    });
  });
});
