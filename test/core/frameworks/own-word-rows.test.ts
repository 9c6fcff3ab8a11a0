import {
  classify,
  frameworkFromTable,
  frameworkToTable,
  getBuiltinFramework,
  ownWordRowCells,
  ownWordSource,
  withOwnWord,
  type CellGrid,
} from "../../../src/core";

const category = getBuiltinFramework("category")!;
const alias = {
  criterion: "qa",
  value: "Mostly fine",
  level: "cat2",
  source: ownWordSource("2026-11-30"),
};

describe("a trust's own word as an alias row of the framework table", () => {
  it("round-trips through the table and is read as its level", () => {
    const framework = withOwnWord(category, alias);
    const table = frameworkToTable(framework);
    expect(table.some((row) => row[0] === "alias" && row.includes("Mostly fine"))).toBe(true);
    const back = frameworkFromTable(table);
    expect(back.ok && back.framework).toEqual(framework);
    const result = classify(
      back.ok ? back.framework : category,
      { values: { ofsted: "Good", historic: "Positive", qa: "mostly  FINE" } },
      { asOf: "2025-01-15" }
    );
    expect(result.status === "classified" && result.pieces[2].from).toBe(1);
    expect(category.ownWords).toBeUndefined();
  });

  it("appends below the rows a person typed, under the table's own column order", () => {
    const table = frameworkToTable(category);
    const headers = [...(table[0] as string[])].reverse();
    const reordered: CellGrid = table.map((row) => [...row].reverse());
    const row = ownWordRowCells(headers, alias);
    const back = frameworkFromTable([...reordered, row]);
    expect(back.ok && back.framework.ownWords).toEqual([alias]);
  });

  it.each([
    [{ criterion: "qa", value: "Minor", level: "cat2" }, "Value", "'Minor' already maps qa in row"],
    [
      { criterion: "qq", value: "Fine", level: "cat2" },
      "Criterion",
      "criterion 'qq' is not defined",
    ],
    [
      { criterion: "qa", value: "Fine", level: "cat9" },
      "From level",
      "level 'cat9' is not a level id",
    ],
    [{ criterion: "qa", value: "", level: "cat2" }, "Value", "Value is empty"],
  ])("refuses a bad alias row, naming its row and column (%o)", (cells, column, message) => {
    const table = frameworkToTable(category);
    const row = ownWordRowCells(table[0] as string[], { ...cells, source: "named in Connect" });
    const back = frameworkFromTable([...table, row]);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.problems).toEqual([
      expect.objectContaining({
        row: table.length + 1,
        header: column,
        message: expect.stringContaining(message),
      }),
    ]);
  });

  it("refuses an alias row without a source", () => {
    const table = frameworkToTable(category);
    const row = ownWordRowCells(table[0] as string[], { ...alias, source: "" });
    const back = frameworkFromTable([...table, row]);
    expect(!back.ok && back.problems[0].header).toBe("Source");
  });
});
