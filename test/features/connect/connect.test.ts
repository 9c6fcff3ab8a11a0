import { MemoryWorkbook } from "../../../src/adapters/memory";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { SETTINGS_SHEET_NAME } from "../../../src/port";
import { classifySchoolsGrid } from "../../../src/features/classify";
import {
  connectSource,
  copyFrameworkIntoWorkbook,
  correctColumn,
  frameworkOptions,
  levelDistribution,
  listSources,
  loadFramework,
  loadSavedMapping,
  openDisagreements,
  resetSavedMapping,
  saveMapping,
  startingColumns,
  targetOfColumn,
  valueProblems,
} from "../../../src/features/connect";
import { frameworkForId } from "../../../src/features/connect/frameworks";
import { realSample } from "../demo-fixtures";

const tiers = getBuiltinFramework("tiers")!;

async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook("Trust.xlsx");
  const [headers, ...rows] = realSample();
  await workbook.writeLayout(
    {
      name: "Data",
      cells: [],
      tables: [{ name: "Academies", row: 0, col: 0, headers: headers.map(String), rows }],
    },
    { mode: "create" }
  );
  await workbook.writeLayout(
    { name: "Notes", cells: [{ row: 0, col: 0, value: "Ratings" }] },
    { mode: "create" }
  );
  return workbook;
}

describe("connect: sources", () => {
  it("lists tables, then visible sheets without a table", async () => {
    const workbook = await sampleWorkbook();
    const options = listSources(await workbook.describe());
    expect(options.map((option) => option.key)).toEqual(["table:Academies", "sheet:Notes"]);
    expect(options[0].label).toMatch(/^Table Academies \(sheet Data, \d+ rows\)$/);
  });
});

describe("connect: mapping the real trust sample", () => {
  it("proposes URN and Ofsted, and asks about rating vs OFSTEDRATING", async () => {
    const workbook = await sampleWorkbook();
    const connection = await connectSource(workbook, { kind: "table", name: "Academies" }, tiers);
    const columnOf = connection.proposal.columnOf;
    expect(targetOfColumn(columnOf, 0)).toBe("school:urn");
    const open = openDisagreements(connection, columnOf, new Set());
    expect(open.length).toBeGreaterThan(0);
    expect(open[0].headers).toEqual(expect.arrayContaining(["rating", "OFSTEDRATING"]));
    expect(openDisagreements(connection, columnOf, new Set([open[0].target]))).toHaveLength(
      open.length - 1
    );
  });

  it("moves a target between columns and names unparseable cells", async () => {
    const workbook = await sampleWorkbook();
    const connection = await connectSource(workbook, { kind: "table", name: "Academies" }, tiers);
    // Map the LA name column (D) as the school's URN: its values are not URNs.
    const wrong = correctColumn(connection.proposal.columnOf, 3, "school:urn");
    expect(targetOfColumn(wrong, 0)).toBeNull();
    expect(wrong["school:urn"]).toBe(3);
    const problems = valueProblems(connection, wrong);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ sheet: "Data", column: 3, row: 2 });
  });

  it("saves, reloads and resets the mapping in the settings sheet", async () => {
    const workbook = await sampleWorkbook();
    const connection = await connectSource(workbook, { kind: "table", name: "Academies" }, tiers);
    const chosen = correctColumn(connection.proposal.columnOf, 5, null);
    const saved = await saveMapping(workbook, connection, chosen);
    expect(saved.columns["school:urn"]).toBe("URN");
    const loaded = await loadSavedMapping(workbook);
    expect(loaded).toEqual({ ok: true, value: saved });
    expect(startingColumns(connection, loaded.ok ? loaded.value : undefined)).toEqual(chosen);
    expect((await workbook.readSettings()).values.framework).toBe("tiers");
    await resetSavedMapping(workbook);
    expect(await loadSavedMapping(workbook)).toEqual({ ok: true, value: undefined });
  });

  it("reports a damaged setting as a message, not a throw", async () => {
    const workbook = await sampleWorkbook();
    await workbook.writeSettings({ mapping: { version: 7 } });
    const loaded = await loadSavedMapping(workbook);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.problems).toEqual([
        expect.objectContaining({ code: "invalid", sheet: SETTINGS_SHEET_NAME, field: "mapping" }),
      ]);
  });
});

describe("connect: frameworks", () => {
  it("copies a built-in framework into the workbook and reads it back", async () => {
    const workbook = await sampleWorkbook();
    await copyFrameworkIntoWorkbook(workbook, tiers);
    const description = await workbook.describe();
    const option = frameworkOptions(description).find(
      (item) => item.key === "workbook:Framework_tiers"
    );
    expect(option).toBeDefined();
    const loaded = await loadFramework(workbook, option!.choice);
    expect(loaded.levels.map((level) => level.id)).toEqual(tiers.levels.map((level) => level.id));
  });

  it("names the cells of a damaged workbook framework", async () => {
    const workbook = await sampleWorkbook();
    await workbook.writeLayout(
      { name: "Framework_bad", cells: [{ row: 0, col: 0, value: "Row type" }] },
      { mode: "create" }
    );
    await expect(
      loadFramework(workbook, { kind: "workbook", sheet: "Framework_bad" })
    ).rejects.toThrow(
      /Framework_bad.*\n.*sheet 'Framework_bad' \(column 'Id', row 1\): column 'Id' is missing/
    );
  });
});

describe("connect: distribution", () => {
  it("counts every level and says why schools have none", () => {
    const support = getBuiltinFramework("support")!;
    const block = classifySchoolsGrid({
      source: { sheet: "Data", headerRow: 1, grid: realSample() },
      framework: support,
      asOf: "2026-11-23",
    });
    const distribution = levelDistribution(block);
    expect(distribution.levels.map((entry) => entry.level.id)).toEqual(
      support.levels.map((level) => level.id)
    );
    const counted = distribution.levels.reduce((sum, entry) => sum + entry.count, 0);
    expect(counted + distribution.unclassified).toBe(distribution.total);
    expect(counted).toBeGreaterThan(0);
    expect(distribution.reason).toMatch(/not enough evidence/);
  });
});

describe("the framework a command names by id", () => {
  it("finds the built-in, and returns an unknown id as a Problem naming the ids expected", async () => {
    const workbook = await sampleWorkbook();
    const found = await frameworkForId(workbook, "Tiers");
    expect(found).toMatchObject({ ok: true, value: { from: "built-in" } });
    expect(found.ok && found.value.framework.id).toBe("tiers");
    expect(await frameworkForId(workbook, "stars")).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          code: "missing",
          field: "framework",
          value: "stars",
          message: expect.stringMatching(
            /^framework 'stars' is not a built-in framework and the workbook has no Framework_stars sheet; expected one of: .*tiers/
          ),
        }),
      ],
    });
  });
});
