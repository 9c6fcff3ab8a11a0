import {
  builtinFrameworkIds,
  builtinFrameworks,
  DEFAULT_FRAMEWORK_ID,
  FRAMEWORK_TABLE_COLUMNS,
  frameworkFromTable,
  frameworkToTable,
  getBuiltinFramework,
  type CellGrid,
} from "../../../src/core";
import { resultColumns } from "../../../src/core/classify/sheets/result-columns";

const column = (name: (typeof FRAMEWORK_TABLE_COLUMNS)[number]) =>
  FRAMEWORK_TABLE_COLUMNS.indexOf(name);
const isNounRow = (row: CellGrid[number]) => row[0] === "setting" && row[1] === "level noun";

/** A built-in's table as the trust's own framework: another id and name, edited level names. */
function ownTable(levelName: (index: number) => string, keepNounRow: boolean): CellGrid {
  let level = 0;
  return frameworkToTable(getBuiltinFramework("category")!)
    .filter((row) => keepNounRow || !isNounRow(row))
    .map((row) => {
      const copy = [...row];
      if (row[0] === "framework") {
        copy[column("Id")] = "our-bands";
        copy[column("Name")] = "Our bands";
      }
      if (row[0] === "level") copy[column("Name")] = levelName(level++);
      return copy;
    });
}

const read = (grid: CellGrid) => {
  const result = frameworkFromTable(grid);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.framework;
};

describe("the built-in registry", () => {
  it("lists each framework once, each naming its own level noun, the default among them", () => {
    expect(new Set(builtinFrameworkIds).size).toBe(builtinFrameworks.length);
    expect(builtinFrameworks.map(({ id }) => id)).toEqual([...builtinFrameworkIds]);
    expect(Object.fromEntries(builtinFrameworks.map((f) => [f.id, f.levelNoun]))).toEqual({
      support: "Support",
      tiers: "Tier",
      curriculum: "Curriculum tier",
      category: "Category",
      stages: "Stage",
    });
    expect(builtinFrameworkIds).toContain(DEFAULT_FRAMEWORK_ID);
  });
});

describe("a framework table's level noun", () => {
  it("is written as a setting row and read back; result columns are named by it", () => {
    const grid = ownTable((i) => `Band ${i + 1}`, true).map((row) =>
      isNounRow(row) ? row.map((cell, i) => (i === column("Value") ? "Risk band" : cell)) : row
    );
    const framework = read(grid);
    expect(framework.levelNoun).toBe("Risk band");
    expect(resultColumns(framework)[0].header).toBe("Risk band (proposed)");
  });

  it("without the row, is the word the level names share, first or last", () => {
    expect(read(ownTable((i) => `Band ${i + 1}`, false)).levelNoun).toBe("Band");
    expect(
      read(ownTable((i) => `${["low", "some", "more", "high"][i]} risk`, false)).levelNoun
    ).toBe("Risk");
  });

  it("without the row and with no shared word, is the framework's name", () => {
    const names = ["Thriving", "Steady", "Watch", "Urgent"];
    expect(read(ownTable((i) => names[i], false)).levelNoun).toBe("Our bands");
  });

  it("without the row, in a copy of a built-in, is the built-in's", () => {
    const copy = frameworkToTable(getBuiltinFramework("stages")!).filter((row) => !isNounRow(row));
    expect(read(copy).levelNoun).toBe("Stage");
  });

  it("refuses a blank level noun, naming row and column", () => {
    const grid = ownTable((i) => `Band ${i + 1}`, true).map((row) =>
      isNounRow(row) ? row.map((cell, i) => (i === column("Value") ? null : cell)) : row
    );
    const result = frameworkFromTable(grid);
    expect(result.ok).toBe(false);
    const row = grid.findIndex(isNounRow) + 1;
    expect(!result.ok && result.problems).toEqual([
      {
        code: "invalid",
        row,
        header: "Value",
        message: "setting 'level noun' needs a word or two",
      },
    ]);
  });
});
