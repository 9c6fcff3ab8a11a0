import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { checkLevelColumns, ensureLevelColumns } from "../../../src/features/classify";
import { demoDataTablesOnly } from "../demo-fixtures";

const category = getBuiltinFramework("category")!;
const AS_OF = "2026-07-17";

async function trustWorkbook() {
  const port = new MemoryWorkbook("trust.xlsx");
  for (const layout of demoDataTablesOnly()) await port.writeLayout(layout, { mode: "create" });
  return port;
}

describe("the level column the academy cards read", () => {
  it("is named as missing without writing, then added only when asked, and found after", async () => {
    const port = await trustWorkbook();
    const before = await port.readTable("Schools");
    expect(await checkLevelColumns(port, { framework: category })).toEqual({
      kind: "missing",
      table: "Schools",
      header: "Category (proposed)",
      headers: [
        "Category (proposed)",
        "Category security",
        "Category next review",
        "Category reason",
      ],
    });
    expect(await port.readTable("Schools")).toEqual(before);

    expect(await ensureLevelColumns(port, { framework: category, asOf: AS_OF })).toMatchObject({
      kind: "added",
    });
    const after = await port.readTable("Schools");
    expect(after.headers).toEqual([
      ...before.headers,
      "Category (proposed)",
      "Category security",
      "Category next review",
      "Category reason",
    ]);
    expect(after.rows.map((row) => row.slice(0, before.headers.length))).toEqual(before.rows);
    expect(await checkLevelColumns(port, { framework: category })).toEqual({
      kind: "present",
      table: "Schools",
      header: "Category (proposed)",
    });
  });

  it("says when the workbook has no Schools table", async () => {
    expect(
      await checkLevelColumns(new MemoryWorkbook("empty.xlsx"), { framework: category })
    ).toEqual({ kind: "no table", table: "Schools" });
  });
});
