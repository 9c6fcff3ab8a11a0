import { MemoryWorkbook } from "../../../src/adapters/memory";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { classifySchoolsGrid } from "../../../src/features/classify";
import {
  connectSource,
  copyFrameworkIntoWorkbook,
  correctColumn,
  loadFramework,
  saveOwnWord,
  unreadOwnWords,
  valueProblems,
} from "../../../src/features/connect";

const category = getBuiltinFramework("category")!;
const HEADERS = ["URN", "School", "Phase", "Ofsted", "Trend", "QA visit", "Partnership review"];
const ROWS = [
  [100001, "Alder", "Primary", "Good", "Positive", "Mostly fine", "No issues"],
  [100002, "Birch", "Primary", "Good", "Positive", "mostly  fine", "Minor issues"],
  [100003, "Cedar", "Primary", "Requires improvement", "Variable", "Some issues", "Some issues"],
];

async function trust(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook("Trust.xlsx");
  await workbook.writeLayout(
    {
      name: "Data",
      cells: [],
      tables: [{ name: "Schools", row: 0, col: 0, headers: HEADERS, rows: ROWS }],
    },
    { mode: "create" }
  );
  return workbook;
}

describe("connect: a trust's own word mapped once", () => {
  it("lists each unreadable criterion value once, with its count", async () => {
    const workbook = await trust();
    const connection = await connectSource(workbook, { kind: "table", name: "Schools" }, category);
    const columnOf = correctColumn(connection.proposal.columnOf, 5, "criterion:qa");
    const unread = unreadOwnWords(connection, columnOf, valueProblems(connection, columnOf));
    expect(unread).toEqual([
      { criterion: "qa", label: "QA visits", value: "Mostly fine", cells: 2 },
    ]);
  });

  it("copies a built-in framework with the alias, then classifies with it", async () => {
    const workbook = await trust();
    const saved = await saveOwnWord(
      workbook,
      { kind: "builtin", id: "category" },
      category,
      { criterion: "qa", value: "Mostly fine", level: "cat2" },
      "2026-11-30"
    );
    expect(saved.choice).toEqual({
      kind: "workbook",
      sheet: "Framework_category",
      table: "Framework_category",
    });
    expect(saved.message).toContain("'Mostly fine' now means Category 2");
    const loaded = await loadFramework(workbook, saved.choice);
    expect(loaded.ownWords).toEqual([
      expect.objectContaining({ criterion: "qa", value: "Mostly fine", level: "cat2" }),
    ]);
    const connection = await connectSource(workbook, { kind: "table", name: "Schools" }, loaded);
    expect(valueProblems(connection, connection.proposal.columnOf)).toEqual([]);
    const block = classifySchoolsGrid({
      source: { sheet: "Data", headerRow: 1, grid: [HEADERS, ...ROWS] },
      framework: loaded,
      asOf: "2026-11-30",
    });
    expect(block.results.every((result) => result.classification.status === "classified")).toBe(
      true
    );
  });

  it("appends one row to a workbook framework table, leaving every typed row as it was", async () => {
    const workbook = await trust();
    await copyFrameworkIntoWorkbook(workbook, category);
    const before = await workbook.readTable("Framework_category");
    const choice = {
      kind: "workbook" as const,
      sheet: "Framework_category",
      table: "Framework_category",
    };
    await saveOwnWord(
      workbook,
      choice,
      category,
      { criterion: "qa", value: "Mostly fine", level: "cat2" },
      "2026-11-30"
    );
    const after = await workbook.readTable("Framework_category");
    expect(after.rows.slice(0, before.rows.length)).toEqual(before.rows);
    expect(after.rows).toHaveLength(before.rows.length + 1);
    await expect(
      saveOwnWord(
        workbook,
        choice,
        category,
        { criterion: "qa", value: "MOSTLY FINE", level: "cat3" },
        "2026-11-30"
      )
    ).rejects.toThrow(
      /not written to Framework_category.*\n.*sheet 'Framework_category' \(column 'Value', row \d+\): 'MOSTLY FINE' already maps qa/
    );
    expect((await workbook.readTable("Framework_category")).rows).toHaveLength(
      before.rows.length + 1
    );
  });

  it("never replaces an existing copy when the built-in is still chosen", async () => {
    const workbook = await trust();
    await copyFrameworkIntoWorkbook(workbook, category);
    await expect(
      saveOwnWord(
        workbook,
        { kind: "builtin", id: "category" },
        category,
        { criterion: "qa", value: "Fine", level: "cat1" },
        "2026-11-30"
      )
    ).rejects.toThrow(/already has a sheet Framework_category/);
  });
});
