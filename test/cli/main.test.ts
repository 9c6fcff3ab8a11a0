import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { realSample } from "../features/demo-fixtures";

const run = promisify(execFile);
const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ["src/cli/main.ts", ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The real entry point on real xlsx files (the in-process tests cover the branches). */
describe("src/cli/main.ts on xlsx files", () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "trusttier-main-"));
    input = join(dir, "trust.xlsx");
    const [headers, ...rows] = realSample();
    rows[6][12] = "-5.1x";
    const workbook = XlsxWorkbook.create("trust.xlsx");
    await workbook.writeLayout(
      {
        name: "GIAS extract",
        cells: [],
        tables: [{ name: "Academies", row: 0, col: 0, headers: headers.map(String), rows }],
      },
      { mode: "create" }
    );
    await workbook.saveAs(input);
  }, 30_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 2 naming the sheet, column and row of an unparseable cell, and writes nothing", async () => {
    const result = await cli(["classify", "--input", input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "'GIAS extract'!M8 (column M 'READPROG', row 8): KS2 reading progress score: '-5.1x' is not a number"
    );
    expect(() => statSync(join(dir, "trust-TrustTier.xlsx"))).toThrow();
  }, 30_000);

  it("writes a new workbook and leaves the input as it was", async () => {
    const before = statSync(input).mtimeMs;
    const fixed = join(dir, "fixed.xlsx");
    const workbook = await XlsxWorkbook.open(input);
    const table = await workbook.readTable("Academies");
    const rows = table.rows.map((row) => [...row]);
    rows[6][12] = -5.1;
    const clean = XlsxWorkbook.create("fixed.xlsx");
    await clean.writeLayout(
      {
        name: "GIAS extract",
        cells: [],
        tables: [{ name: "Academies", row: 0, col: 0, headers: [...table.headers], rows }],
      },
      { mode: "create" }
    );
    await clean.saveAs(fixed);

    const result = await cli([
      "classify",
      "--input",
      fixed,
      "--framework",
      "support",
      "--as-of",
      "2026-07-17",
    ]);
    expect(result.stderr).toContain("warning:");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Wrote ${join(dir, "fixed-TrustTier.xlsx")}: Summary, Schools, Mapping`
    );
    const output = await XlsxWorkbook.open(join(dir, "fixed-TrustTier.xlsx"));
    const schools = await output.readTable("Schools");
    expect(schools.rowCount).toBe(19);
    expect(statSync(input).mtimeMs).toBe(before);
  }, 30_000);

  it("exits 2 with one line, no stack trace, for a damaged .xlsx", async () => {
    const damaged = join(dir, "damaged.xlsx");
    const bytes = readFileSync(input);
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const result = await cli(["classify", "--input", damaged]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^trusttier: .*damaged\.xlsx is damaged or incomplete: /),
    ]);
  }, 30_000);

  it("prints usage with --help", async () => {
    const result = await cli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Exit codes: 0 done; 1 unexpected failure; 2 bad command line");
  }, 30_000);
});
