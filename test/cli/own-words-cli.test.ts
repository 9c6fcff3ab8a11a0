import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory/MemoryWorkbook";
import { runCli } from "../../src/cli/run";
import { getBuiltinFramework } from "../../src/core/frameworks/builtin";
import { frameworkSheetLayout } from "../../src/features/connect";
import { withOwnWord, ownWordSource } from "../../src/core/frameworks";
import { memoryFiles } from "./memory-files";

const HEADERS = ["URN", "School", "Phase", "Ofsted", "Trend", "QA visit", "Partnership review"];
const ROWS = [
  [100001, "Alder", "Primary", "Good", "Positive", "Mostly fine", "No issues"],
  [100002, "Birch", "Primary", "Good", "Positive", "Minor issues", "Minor issues"],
];

async function trustFile(withAlias: boolean) {
  const dir = mkdtempSync(join(tmpdir(), "trusttier-own-words-"));
  const path = join(dir, "trust.xlsx");
  writeFileSync(path, "placeholder: the test opens the in-memory workbook for this path");
  const category = getBuiltinFramework("category")!;
  const framework = withAlias
    ? withOwnWord(category, {
        criterion: "qa",
        value: "Mostly fine",
        level: "cat2",
        source: ownWordSource("2026-11-30"),
      })
    : category;
  const workbook = await MemoryWorkbook.from("trust.xlsx", [
    {
      name: "Schools",
      cells: [],
      tables: [{ name: "Schools", row: 0, col: 0, headers: HEADERS, rows: ROWS }],
    },
    frameworkSheetLayout(framework),
  ]);
  return { path, workbook };
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe("trusttier classify with the workbook's own framework table", () => {
  it("reads the trust's own word through the alias row of Framework_category", async () => {
    const { path, workbook } = await trustFile(true);
    const { io, out } = capture();
    const args = ["classify", "--input", path, "--framework", "category", "--as-of", "2026-11-30"];
    expect(await runCli(args, memoryFiles({ [path]: workbook }).files, io)).toBe(0);
    expect(out).toContain("Using the workbook's own Framework_category for 'category'");
    expect(out).toContain("  Symphony category: Category 2 2");
  });

  it("stops with exit code 2 on the same value without the alias, naming the cell", async () => {
    const { path, workbook } = await trustFile(false);
    const { io, err } = capture();
    const args = ["classify", "--input", path, "--framework", "category", "--as-of", "2026-11-30"];
    expect(await runCli(args, memoryFiles({ [path]: workbook }).files, io)).toBe(2);
    expect(err.join("\n")).toContain("QA visits value 'Mostly fine' is not recognised");
  });
});
