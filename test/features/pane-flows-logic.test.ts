import { MemoryWorkbook } from "../../src/adapters/memory";
import { cellKey } from "../../src/adapters/memory/model";
import { getBuiltinFramework } from "../../src/core/frameworks/builtin";
import { CARDS_PER_RUN, CARDS_SETTING, prepareCards, writeCards } from "../../src/features/cards";
import { buildDemoWorkbook } from "../../src/features/demo";
import {
  academiesWithLevels,
  levelChoices,
  listCardAcademies,
  selectedUrns,
} from "../../src/features/cards";
import { classifyWithLiveColumn } from "../../src/features/classify";
import { completedSheets, previewCards, withReplaced } from "../../src/features/cards";
import { isInputProblemsError } from "../../src/features/input-problems";
import { generatePanePlan, listPlanAcademies, templateOptions } from "../../src/features/plans";
import { liveFormulaColumns } from "../../src/features/classify";
import { SETTINGS_SHEET_NAME, WorkbookError } from "../../src/port";
import { matchHeadersToCriteria } from "../../src/core/classify/headers";
import { demoTables } from "./demo-fixtures";

const ON = "2026-07-17";

async function demoWorkbook() {
  const port = new MemoryWorkbook("demo.xlsx");
  await buildDemoWorkbook(port, demoTables());
  return port;
}

describe("choosing academies for cards", () => {
  const schools = [
    { urn: 1, name: "A" },
    { urn: 2, name: "B" },
    { urn: 3, name: "C" },
  ];
  const grid = [
    ["URN", "School name", "Tier (proposed)"],
    [1, "A", "Tier 2 Grow"],
    [3, "C", "Tier 4 Stabilise"],
    [2, "B", null],
  ];

  it("reads each academy's proposed level by URN, none where the cell is blank", () => {
    const { academies, found } = academiesWithLevels(grid, schools, "tier (PROPOSED)");
    expect(found).toBe(true);
    expect(academies).toEqual([
      { urn: 1, name: "A", level: "Tier 2 Grow" },
      { urn: 2, name: "B" },
      { urn: 3, name: "C", level: "Tier 4 Stabilise" },
    ]);
    expect(academiesWithLevels(grid, schools, "Category (proposed)").found).toBe(false);
  });

  it("selects all, by level or by hand, in Schools order", () => {
    const { academies } = academiesWithLevels(grid, schools, "Tier (proposed)");
    expect(selectedUrns(academies, { mode: "all" })).toEqual([1, 2, 3]);
    expect(selectedUrns(academies, { mode: "level", levels: ["Tier 4 Stabilise"] })).toEqual([3]);
    expect(selectedUrns(academies, { mode: "hand", urns: [3, 1] })).toEqual([1, 3]);
    const tiers = getBuiltinFramework("tiers")!;
    const choices = levelChoices(tiers, academies);
    expect(choices.map((c) => c.level)).toEqual(tiers.levels.map((l) => l.name));
    expect(choices.find((c) => c.level === "Tier 2 Grow")?.count).toBe(1);
  });

  it("lists the demo's academies with their proposed tiers", async () => {
    const listed = await listCardAcademies(await demoWorkbook(), "tiers");
    expect(listed.levelColumn).toBe("Tier (proposed)");
    expect(listed.academies).toHaveLength(14);
    expect(listed.academies.filter((a) => a.level).length).toBeGreaterThan(10);
  });
});

describe("the cards preview and a cancelled run", () => {
  it("groups sheets by what writing does, and replaces only the edited sheets chosen", async () => {
    const port = await demoWorkbook();
    const urns = (await listCardAcademies(port, "tiers")).academies.map((a) => a.urn);
    await writeCards(port, await prepareCards(port, { generatedOn: ON, urns: urns.slice(0, 3) }), {
      generatedOn: ON,
    });
    const first = (await prepareCards(port, { generatedOn: ON, urns: urns.slice(0, 3) })).plan
      .steps[0].layout.name;
    port.sheet(first).cells.set(cellKey(40, 1), { value: "A director's note" });
    const prepared = await prepareCards(port, { generatedOn: ON, urns: urns.slice(0, 4) });
    const preview = previewCards(prepared.plan);
    expect(preview.edited).toEqual([first]);
    expect(preview.update).toHaveLength(3); // two cards and the index
    expect(preview.create).toHaveLength(1);
    expect(prepared.plan.summary).toBe(
      "1 sheet will be created, 3 updated; 1 edited sheet kept as it is."
    );
    const kept = withReplaced(prepared, new Set());
    expect(kept.plan.steps.find((s) => s.layout.name === first)?.action).toBe("skip-edited");
    const replaced = withReplaced(prepared, new Set([first.toUpperCase()]));
    expect(replaced.plan.steps.find((s) => s.layout.name === first)?.action).toBe(
      "overwrite-edited"
    );
    expect(replaced.plan.counts).toEqual({ create: 1, update: 4, skip: 0 });
    expect(replaced.plan.summary).toBe("1 sheet will be created, 4 updated.");
    await writeCards(port, kept, { generatedOn: ON });
    expect(port.sheet(first).cells.get(cellKey(40, 1))?.value).toBe("A director's note");
  });

  it("after a cancel, names the cards completed; the rest of the workbook is as it was", async () => {
    const port = await demoWorkbook();
    const names = async () =>
      (await port.describe()).sheets.map((s) => s.name).filter((n) => n !== SETTINGS_SHEET_NAME);
    const before = await names();
    const prepared = await prepareCards(port, { generatedOn: ON });
    const abort = new AbortController();
    const write = port.writeSheets.bind(port);
    port.writeSheets = async (run, options) => {
      const result = await write(run, options);
      abort.abort(); // after the first run of CARDS_PER_RUN sheets
      return result;
    };
    await expect(
      writeCards(port, prepared, { generatedOn: ON, signal: abort.signal })
    ).rejects.toBeInstanceOf(WorkbookError);
    const completed = await completedSheets(port, prepared);
    expect(completed).toEqual(
      prepared.plan.steps.slice(0, CARDS_PER_RUN).map((s) => s.layout.name)
    );
    const after = await names();
    expect(after).toEqual([...before, ...completed]);
    const setting = (await port.readSettings()).values[CARDS_SETTING] as { cards: object };
    expect(Object.keys(setting.cards)).toHaveLength(CARDS_PER_RUN);
  });
});

describe("the live formula column", () => {
  const category = getBuiltinFramework("category")!;
  const headers = demoTables().Schools[0].map(String);

  it("adds the level and a date-formatted next review over the mapped span", () => {
    const match = matchHeadersToCriteria(category, headers).columnOf;
    const columnOf = {
      ...Object.fromEntries(Object.entries(match).map(([id, at]) => [`criterion:${id}`, at])),
      "school:urn": 0,
    };
    const live = liveFormulaColumns({
      table: { name: "Schools", headers },
      columnOf,
      framework: category,
      termDatesTable: "TermDates",
    });
    if (!live.ok) throw new Error(live.problems.map((p) => p.message).join("\n"));
    expect(live.columns[0].header).toBe("Category (live)");
    expect(live.columns[0]).toMatchObject({
      formula: expect.stringMatching(
        /^=TRUST\.TIER\("category",Schools\[\[#Headers\],\[Ofsted\]:\[.+\]\],Schools\[@\[Ofsted\]:\[.+\]\],TODAY\(\)\)$/
      ),
    });
    expect(live.columns[1]).toEqual({
      header: "Category next review (live)",
      formula: '=TRUST.NEXTREVIEW("category",Schools[@[Category (live)]],TODAY(),TermDates[#All])',
      numberFormat: "yyyy-mm-dd",
    });
  });

  it("refuses a next-review column sitting among the evidence (a circular reference)", () => {
    const inside = [...headers.slice(0, 9), "Category next review (live)", ...headers.slice(9)];
    const match = matchHeadersToCriteria(category, inside).columnOf;
    const live = liveFormulaColumns({
      table: { name: "Schools", headers: inside },
      columnOf: Object.fromEntries(
        Object.entries(match).map(([id, at]) => [`criterion:${id}`, at])
      ),
      framework: category,
    });
    expect(!live.ok && live.problems).toEqual([
      {
        code: "conflict",
        header: "Category next review (live)",
        message:
          'Column "Category next review (live)" sits among the evidence columns; a result the evidence formula reads back is a circular reference. Move it to the right of the evidence and try again.',
      },
    ]);
  });

  it("writes into the demo's Schools table through the port, touching nothing else", async () => {
    const port = await demoWorkbook();
    const before = await port.readTable("Schools");
    const sheets = (await port.describe()).sheets.length;
    const result = await classifyWithLiveColumn(port, {
      framework: category,
      choice: { kind: "builtin", id: "category" },
      asOf: ON,
    });
    expect(result.table).toBe("Schools");
    expect(result.headers).toEqual(["Category (live)", "Category next review (live)"]);
    const after = await port.readTable("Schools");
    expect(after.headers).toEqual([...before.headers, ...result.headers]);
    expect(after.rows.map((r) => r.slice(0, before.headers.length))).toEqual(before.rows);
    expect((await port.describe()).sheets.length).toBe(sheets);
    const sheet = port.sheet(after.sheet);
    const cell = sheet.cells.get(
      cellKey(after.origin.row + 1, after.origin.col + before.headers.length)
    );
    expect(cell?.formula).toBe(result.formula);
  });

  it.each(["support", "tiers", "category", "stages"])(
    "adds a %s column to the demo's Schools table with TrustTier's proposed mapping",
    async (id) => {
      const port = await demoWorkbook();
      const framework = getBuiltinFramework(id)!;
      const result = await classifyWithLiveColumn(port, {
        framework,
        choice: { kind: "builtin", id },
        asOf: ON,
      });
      expect(result.formula).toMatch(new RegExp(`^=TRUST\\.TIER\\("${id}",Schools\\[`));
    }
  );

  it("refuses schools on a sheet without a table, saying what to do", async () => {
    const port = new MemoryWorkbook("t.xlsx");
    await port.writeLayout(
      {
        name: "Data",
        cells: [
          { row: 0, col: 0, value: "URN" },
          { row: 1, col: 0, value: 100001 },
        ],
      },
      { mode: "create" }
    );
    await expect(
      classifyWithLiveColumn(port, {
        framework: category,
        choice: { kind: "builtin", id: "category" },
        asOf: ON,
      })
    ).rejects.toThrow(/Insert > Table/);
  });
});

describe("action plans from the pane", () => {
  it("offers every template generatePlan supports", () => {
    expect(templateOptions().map((t) => t.id)).toEqual([
      "strategic",
      "isap",
      "core",
      "adp",
      "rip",
      "statement",
    ]);
  });

  it("writes a plan, and a second one beside it as a new version", async () => {
    const port = await demoWorkbook();
    const academies = await listPlanAcademies(port);
    expect(academies).toHaveLength(14);
    const urn = academies[0].urn;
    const first = await generatePanePlan(port, { urn, template: "isap", asOf: ON });
    expect(first.sheet).toBe(`ISAP ${urn}`);
    expect(first.level).toMatch(/^Stage: /);
    const second = await generatePanePlan(port, { urn, template: "isap", asOf: ON });
    expect(second.sheet).toBe(`ISAP ${urn} v2`);
    expect(second.replaced).toBe(false);
  });

  it("stops before writing when the academy is not in the schools table", async () => {
    const port = await demoWorkbook();
    const sheets = (await port.describe()).sheets.length;
    await expect(generatePanePlan(port, { urn: 1, template: "rip", asOf: ON })).rejects.toThrow(
      "URN 1 is not in table Schools on sheet Schools. Choose another academy."
    );
    expect((await port.describe()).sheets.length).toBe(sheets);
  });

  it("refuses a plan meant for another level with a Problem at the school, writing nothing", async () => {
    const port = await demoWorkbook();
    const refusals = [];
    for (const { urn } of await listPlanAcademies(port)) {
      const sheets = (await port.describe()).sheets.length;
      try {
        await generatePanePlan(port, { urn, template: "rip", asOf: ON });
      } catch (error) {
        if (!isInputProblemsError(error)) throw error;
        expect((await port.describe()).sheets.length).toBe(sheets);
        refusals.push(...error.problems);
        break;
      }
    }
    expect(refusals).toEqual([
      expect.objectContaining({
        code: "not-allowed",
        urn: expect.any(Number),
        expected: "D Stabilise",
      }),
    ]);
    expect(refusals[0].message).toMatch(/Rapid Improvement Plan.* is for D Stabilise only/);
  });
});
