import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory/MemoryWorkbook";
import { runCli } from "../../src/cli/run";
import { realSample } from "../features/demo-fixtures";
import { memoryFiles } from "./memory-files";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function trustFile(mutate?: (rows: ReturnType<typeof realSample>) => void) {
  const dir = mkdtempSync(join(tmpdir(), "trusttier-cli-"));
  const path = join(dir, "trust.xlsx");
  writeFileSync(path, "placeholder: the test opens the in-memory workbook for this path");
  const [headers, ...rows] = realSample();
  mutate?.(rows);
  const workbook = await MemoryWorkbook.from("trust.xlsx", [
    {
      name: "Schools",
      cells: [],
      tables: [{ name: "Schools", row: 0, col: 0, headers: headers.map(String), rows }],
    },
  ]);
  return { dir, path, workbook };
}

describe("trusttier command line", () => {
  it("prints usage for --help", async () => {
    const { io, out } = capture();
    expect(await runCli(["--help"], memoryFiles().files, io)).toBe(0);
    expect(out.join("\n")).toContain("trusttier classify --input trust.xlsx");
  });

  it("exits 2 on a bad command line, saying what is wrong", async () => {
    const { io, err } = capture();
    expect(await runCli(["classify"], memoryFiles().files, io)).toBe(2);
    expect(err[0]).toBe("trusttier: classify needs --input <trust workbook.xlsx>");
  });

  it("stops with exit 2, saying what to do, on a damaged saved mapping", async () => {
    const { path, workbook } = await trustFile();
    await workbook.writeSettings({ mapping: { version: 7 } });
    const { io, err } = capture();
    const args = ["classify", "--input", path, "--framework", "tiers", "--as-of", "2026-07-17"];
    expect(await runCli(args, memoryFiles({ [path]: workbook }).files, io)).toBe(2);
    expect(err[0]).toMatch(
      /^trusttier: The saved column mapping cannot be used; open Connect in the task pane and reset it:\n {2}.*Setting "mapping" on sheet TrustTier_Settings is not valid/
    );
  });

  it("exits 2 naming the folder's file when the demo's --data has none", async () => {
    const { io, err } = capture();
    const dir = mkdtempSync(join(tmpdir(), "trusttier-cli-"));
    expect(await runCli(["demo", "--data", dir], memoryFiles().files, io)).toBe(2);
    expect(err.join("\n")).toMatch(/--data: cannot read .*\.csv/);
  });

  it("classifies a trust workbook into a new workbook and prints each step", async () => {
    const { path, workbook, dir } = await trustFile();
    const { files, saved } = memoryFiles({ [path]: workbook });
    const { io, out, err } = capture();
    const code = await runCli(
      ["classify", "--input", path, "--framework", "tiers,category", "--as-of", "2026-07-17"],
      files,
      io
    );
    expect(code).toBe(0);
    const output = join(dir, "trust-TrustTier.xlsx");
    expect([...saved.keys()]).toEqual([output]);
    expect(out).toContain("Classified 19 schools from table Schools on sheet Schools");
    expect(out).toContain("  School improvement tiers: not enough evidence 19");
    expect(out.at(-1)).toBe(`Wrote ${output}: Summary, Schools, Mapping`);
    expect(err[0]).toMatch(/^warning: Schools: columns K 'OFSTEDRATING' and J 'rating'/);
    // The input workbook is untouched: only its own sheet.
    expect((await workbook.describe()).sheets.map((s) => s.name)).toEqual(["Schools"]);
  });

  it("refuses to write over its input", async () => {
    const { path, workbook } = await trustFile();
    const { io, err } = capture();
    const code = await runCli(
      ["classify", "--input", path, "--output", path],
      memoryFiles({ [path]: workbook }).files,
      io
    );
    expect(code).toBe(2);
    expect(err[0]).toContain("TrustTier never re-saves a trust's workbook");
  });

  it("stops with exit code 2 naming sheet, column and row of an unparseable value", async () => {
    const { path, workbook } = await trustFile((rows) => {
      rows[2][5] = "about 300";
    });
    const { files, saved } = memoryFiles({ [path]: workbook });
    const { io, err } = capture();
    expect(await runCli(["classify", "--input", path], files, io)).toBe(2);
    expect(err.join("\n")).toContain(
      "Schools!F4 (column F 'pupil_number', row 4): Total on Roll: 'about 300' is not a number"
    );
    expect(saved.size).toBe(0);
  });

  it("exits 2 for an unknown framework or a missing sheet", async () => {
    const { path, workbook } = await trustFile();
    const files = memoryFiles({ [path]: workbook }).files;
    const a = capture();
    expect(await runCli(["classify", "--input", path, "--framework", "stars"], files, a.io)).toBe(
      2
    );
    expect(a.err[0]).toContain("framework 'stars' is not a built-in framework");
    const b = capture();
    expect(await runCli(["classify", "--input", path, "--sheet", "Nope"], files, b.io)).toBe(2);
    expect(b.err[0]).toMatch(/Nope/);
  });

  it("builds the demo from the bundled data with a progress line per sheet", async () => {
    const { files, saved } = memoryFiles();
    const { io, out } = capture();
    const target = join(mkdtempSync(join(tmpdir(), "trusttier-demo-")), "demo.xlsx");
    expect(await runCli(["demo", "--output", target], files, io)).toBe(0);
    expect([...saved.keys()]).toEqual([resolve(target)]);
    expect(out[0]).toMatch(/^Reading the demo trust from .*data\/demo-trust$/);
    expect(out[1]).toBe("[1/11] Writing sheet About");
    expect(out.at(-1)).toMatch(
      /^Wrote .*demo\.xlsx: 39 sheets \(About, Summary, Schools,.*, Cards, Action plan \d+, .*, SCC \d+, MeetingHistory, Actions, Register, Register \(projected\), Meeting charts, Functions\); 14 schools classified/
    );
  });
});
