import {
  builtinFrameworkIds,
  classify,
  classifyLevelOnly,
  FRAMEWORK_TABLE_COLUMNS,
  frameworkFromTable,
  frameworkToTable,
  getBuiltinFramework,
  type CellGrid,
} from "../../../src/core";
import { asValues, randomSchools } from "../classify/support/random-schools";

const column = (name: (typeof FRAMEWORK_TABLE_COLUMNS)[number]) =>
  FRAMEWORK_TABLE_COLUMNS.indexOf(name);

describe.each(builtinFrameworkIds.map((id) => [id]))("%s as a table", (id) => {
  const framework = getBuiltinFramework(id)!;
  const table = frameworkToTable(framework);

  it("starts with the header row and re-imports to the same framework", () => {
    expect(table[0]).toEqual([...FRAMEWORK_TABLE_COLUMNS]);
    const back = frameworkFromTable(table);
    expect(back.ok && back.framework).toEqual(framework);
  });

  it("gives identical results on 10,000 random schools after export and re-import", () => {
    const back = frameworkFromTable(table);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    for (const row of randomSchools(framework, 10_000, 42)) {
      expect(classifyLevelOnly(back.framework, row)).toBe(classifyLevelOnly(framework, row));
    }
    for (const row of randomSchools(framework, 500, 7)) {
      const original = classify(
        framework,
        { values: asValues(framework, row) },
        { asOf: "2025-01-15" }
      );
      const reimported = classify(
        back.framework,
        { values: asValues(back.framework, row) },
        { asOf: "2025-01-15" }
      );
      expect(reimported).toEqual(original);
    }
  });

  it("has a source on every mapping row", () => {
    const mappingRows = table.filter((row) => row[0] === "mapping");
    expect(mappingRows.length).toBeGreaterThan(0);
    expect(mappingRows.filter((row) => String(row[column("Source")] ?? "").trim() === "")).toEqual(
      []
    );
  });
});

describe("frameworkFromTable validation", () => {
  const table = () => frameworkToTable(getBuiltinFramework("category")!).map((row) => [...row]);
  const rowOf = (grid: CellGrid, predicate: (row: CellGrid[number]) => boolean) =>
    grid.findIndex(predicate);

  it("reports a mapping row without a source, with its row and column", () => {
    const grid = table();
    const index = rowOf(
      grid,
      (row) => row[0] === "mapping" && row[column("Value")] === "minor issues"
    );
    grid[index][column("Source")] = "";
    const result = frameworkFromTable(grid);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        code: "missing",
        row: index + 1,
        header: "Source",
        message: "Source is empty; a value is required",
      },
    ]);
  });

  it("reports unknown levels, reversed intervals, bad colours, cadences and settings, every one", () => {
    const grid = table();
    const mapping = rowOf(
      grid,
      (row) => row[0] === "mapping" && row[column("Value")] === "no issues"
    );
    grid[mapping][column("From level")] = "cat9";
    const reversed = rowOf(
      grid,
      (row) => row[0] === "mapping" && row[column("Value")] === "some issues"
    );
    grid[reversed][column("From level")] = "cat4";
    const level = rowOf(grid, (row) => row[0] === "level");
    grid[level][column("Colour")] = "green";
    grid[level][column("Cadence")] = "now and then";
    const setting = rowOf(grid, (row) => row[0] === "setting" && row[column("Id")] === "secure at");
    grid[setting][column("Value")] = 1.5;
    const result = frameworkFromTable(grid);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.row}:${p.header}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${mapping + 1}:From level`,
        `${reversed + 1}:To level`,
        `${level + 1}:Colour`,
        `${level + 1}:Cadence`,
        `${setting + 1}:Value`,
      ])
    );
  });

  it("reports a header that names two criteria, and a missing column", () => {
    const grid = table();
    const criterion = rowOf(grid, (row) => row[0] === "criterion" && row[column("Id")] === "qa");
    grid[criterion][column("Aliases")] = "Ofsted";
    const result = frameworkFromTable(grid);
    expect(result.ok ? [] : result.problems).toContainEqual({
      code: "invalid",
      row: criterion + 1,
      header: "Aliases",
      message: "header 'Ofsted' already names criterion 'ofsted'; a header must name one criterion",
    });
    const noSource = table().map((row) => row.filter((_, index) => index !== column("Source")));
    const missing = frameworkFromTable(noSource);
    expect(missing.ok ? [] : missing.problems).toEqual([
      {
        code: "missing",
        row: 1,
        header: "Source",
        message: "column 'Source' is missing from the header row",
      },
    ]);
  });

  it("reads rows of different types in any order, with blank rows; level rows keep their order (least concern first)", () => {
    const grid = table();
    const levels = grid.filter((row) => row[0] === "level");
    const others = grid
      .slice(1)
      .filter((row) => row[0] !== "level")
      .reverse();
    const result = frameworkFromTable([grid[0], ...others, [null, null], ...levels]);
    expect(result.ok && result.framework.levels.map((level) => level.id)).toEqual([
      "cat1",
      "cat2",
      "cat3",
      "cat4",
    ]);
    expect(result.ok && result.framework.floors).toEqual(
      getBuiltinFramework("category")!.floors.slice().reverse()
    );
  });
});
