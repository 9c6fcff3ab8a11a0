import { MemoryWorkbook } from "../../../src/adapters/memory";
import { cellKey } from "../../../src/adapters/memory/model";
import { fingerprintContent } from "../../../src/core/layout/fingerprint";
import { formatProblem } from "../../../src/core/problems";
import { validateSheetName } from "../../../src/core/layout/sheet-names";
import {
  CARDS_SETTING,
  cardsSettingSchema,
  generateCards,
  CARDS_PER_RUN,
  prepareCards,
} from "../../../src/features/cards";
import { buildDemoWorkbook } from "../../../src/features/demo";
import {
  isInputProblemsError,
  type InputProblemsError,
} from "../../../src/features/input-problems";
import { tableSheetLayout } from "../../../src/core/layout/table-sheet";
import { demoTables } from "../demo-fixtures";

const ON = "2026-07-17";

async function demoWorkbook(edit?: (tables: ReturnType<typeof demoTables>) => void) {
  const tables = demoTables();
  edit?.(tables);
  const port = new MemoryWorkbook("demo.xlsx");
  await buildDemoWorkbook(port, tables);
  return port;
}

async function stored(port: MemoryWorkbook) {
  return cardsSettingSchema.parse((await port.readSettings()).values[CARDS_SETTING]);
}

describe("generating academy cards through the port", () => {
  it("asks first: the plan counts sheets to create, and nothing is written if not confirmed", async () => {
    const port = await demoWorkbook();
    const before = (await port.describe()).sheets.length;
    const result = await generateCards(port, { generatedOn: ON }, { confirm: () => false });
    expect(result).toBeUndefined();
    expect((await port.describe()).sheets.length).toBe(before);
    const prepared = await prepareCards(port, { generatedOn: ON });
    expect(prepared.plan.counts).toEqual({ create: 15, update: 0, skip: 0 });
    expect(prepared.plan.summary).toBe("15 sheets will be created, 0 updated.");
  });

  it("names each year cell the cards would not match as written, and finds none in the demo", async () => {
    expect((await prepareCards(await demoWorkbook(), { generatedOn: ON })).cellProblems).toEqual(
      []
    );
    let at = -1;
    const port = await demoWorkbook((tables) => {
      at = tables.Measures.findIndex((r) => r[0] === "900101" && r[2] === "2024/25");
      tables.Measures[at][2] = "2024-25";
    });
    const prepared = await prepareCards(port, { generatedOn: ON });
    expect(prepared.cellProblems.map(formatProblem)).toEqual([
      `Measures!C${at + 1} (column C 'Academic year', row ${at + 1}): academic year "2024-25" reads as 2024/25, but the cards match years as written; write it 2024/25 for its figures to show.`,
    ]);
  });

  it("names the settings row of a damaged record of its cards, rebuilds it, and writes again", async () => {
    const port = await demoWorkbook();
    expect((await prepareCards(port, { generatedOn: ON })).settingProblems).toEqual([]);
    await port.writeSettings({ [CARDS_SETTING]: { version: 2, framework: "tiers", cards: {} } });
    const prepared = await prepareCards(port, { generatedOn: ON });
    expect(prepared.settingProblems).toEqual([
      expect.objectContaining({ code: "invalid", sheet: "TrustTier_Settings", field: "cards" }),
    ]);
    expect(formatProblem(prepared.settingProblems[0])).toMatch(
      /^sheet 'TrustTier_Settings': setting "cards" is not valid: version: /
    );
    expect(prepared.plan.counts.create).toBe(15);
    await generateCards(port, { generatedOn: ON });
    expect(Object.keys((await stored(port)).cards)).toHaveLength(14);
    expect((await prepareCards(port, { generatedOn: ON })).settingProblems).toEqual([]);
  });

  it("writes a card per academy and the index, storing each sheet's fingerprint", async () => {
    const port = await demoWorkbook();
    const result = await generateCards(port, { generatedOn: ON });
    expect(result?.written).toHaveLength(15);
    const setting = await stored(port);
    expect(Object.keys(setting.cards)).toHaveLength(14);
    for (const record of [...Object.values(setting.cards), setting.index!]) {
      const content = await port.readSheetContent(record.sheet);
      expect(fingerprintContent(content.cells)).toBe(record.fingerprint);
      expect(validateSheetName(record.sheet)).toBeNull();
    }
  });

  it("regenerates idempotently: the same sheets, updated in place, same content", async () => {
    const port = await demoWorkbook();
    await generateCards(port, { generatedOn: ON });
    const sheets = (await port.describe()).sheets.map((s) => s.name);
    const first = await stored(port);
    const again = await generateCards(port, { generatedOn: ON });
    expect(again?.prepared.plan.counts).toEqual({ create: 0, update: 15, skip: 0 });
    expect((await port.describe()).sheets.map((s) => s.name)).toEqual(sheets);
    expect(await stored(port)).toEqual(first);
  });

  it("does not overwrite a card a person edited, unless explicitly told to", async () => {
    const port = await demoWorkbook();
    await generateCards(port, { generatedOn: ON });
    const sheet = (await stored(port)).cards["900101"].sheet;
    port.sheet(sheet).cells.set(cellKey(40, 0), { value: "Our own note" });
    const prepared = await prepareCards(port, { generatedOn: ON });
    expect(prepared.plan.counts).toEqual({ create: 0, update: 14, skip: 1 });
    expect(prepared.plan.summary).toMatch(/; 1 edited sheet kept as it is\.$/);
    const kept = await generateCards(port, { generatedOn: ON });
    expect(kept?.skipped).toEqual([sheet]);
    expect(port.sheet(sheet).cells.get(cellKey(40, 0))?.value).toBe("Our own note");

    const forced = await generateCards(port, { generatedOn: ON, overwriteEdited: true });
    expect(forced?.written).toContain(sheet);
    expect(port.sheet(sheet).cells.get(cellKey(40, 0))?.value).not.toBe("Our own note");
  });

  it("builds one academy or a selection, and the index still lists every card", async () => {
    const port = await demoWorkbook();
    const one = await generateCards(port, { generatedOn: ON, urns: [900101] });
    expect(one?.written).toEqual(["Alderbrook Primary School", "Cards"]);
    await generateCards(port, { generatedOn: ON, urns: [900110, 900111] });
    const index = await port.readSheetContent("Cards");
    const links = index.cells.filter((c) => c.formula?.startsWith("=HYPERLINK"));
    expect(links).toHaveLength(3);
  });

  it("stops between write runs when cancelled; written cards are recorded, nothing half-written", async () => {
    const port = await demoWorkbook();
    const controller = new AbortController();
    await expect(
      generateCards(
        port,
        { generatedOn: ON },
        {
          signal: controller.signal,
          onProgress: (p) => {
            if (p.done === CARDS_PER_RUN) controller.abort(); // before the second run
          },
        }
      )
    ).rejects.toThrow(/Cancelled/);
    expect(Object.keys((await stored(port)).cards)).toHaveLength(CARDS_PER_RUN);
    const rerun = await prepareCards(port, { generatedOn: ON });
    expect(rerun.plan.counts).toEqual({
      create: 15 - CARDS_PER_RUN,
      update: CARDS_PER_RUN,
      skip: 0,
    });
  });

  it("writes names that look like formulas as text, and they read back as text", async () => {
    const port = await demoWorkbook((tables) => {
      tables.Schools[1][1] = '=HYPERLINK("x")';
      tables.Schools[2][1] = "+SUM(1)";
    });
    const result = await generateCards(port, { generatedOn: ON, urns: [900101, 900102] });
    const [first, second] = result!.written;
    for (const [sheet, name] of [
      [first, '=HYPERLINK("x")'],
      [second, "+SUM(1)"],
    ]) {
      expect(validateSheetName(sheet)).toBeNull();
      const title = (await port.readSheetContent(sheet)).cells.find(
        (c) => c.row === 0 && c.col === 0
      );
      expect(title).toEqual({ row: 0, col: 0, value: name });
    }
    const index = (await port.readSheetContent("Cards")).cells.filter(
      (c) => c.col === 1 && c.row >= 2
    );
    expect(index.map((c) => [c.value, c.formula])).toEqual([
      ['=HYPERLINK("x")', undefined],
      ["+SUM(1)", undefined],
    ]);
  });

  it("makes sheet names safe and unique (reserved, too long, clashing after truncation)", async () => {
    const long = "Saint Bartholomew's Church of England Primary";
    const port = await demoWorkbook((tables) => {
      tables.Schools[1][1] = "History";
      tables.Schools[2][1] = `${long} A`;
      tables.Schools[3][1] = `${long} B`;
      tables.Schools[4][1] = "Measures";
    });
    const result = await generateCards(port, {
      generatedOn: ON,
      urns: [900101, 900102, 900103, 900104],
    });
    const names = result!.written.slice(0, 4);
    expect(names[0]).toBe("History (2)");
    expect(names[1]).toHaveLength(31);
    expect(names[2]).not.toBe(names[1]);
    expect(names[3]).toBe("Measures (2)");
    for (const name of names) expect(validateSheetName(name)).toBeNull();
  });
});

describe("a header variant of a card table (issue 15)", () => {
  const ofstedCards = (prepared: Awaited<ReturnType<typeof prepareCards>>) =>
    prepared.plan.steps.filter(
      (step) =>
        step.urn !== undefined &&
        step.layout.cells.some((cell) => cell.value === "Ofsted Next Steps")
    ).length;

  it("gives every card its Ofsted section when 'Inspection date' is headed 'Inspection_Date'", async () => {
    const asWritten = await prepareCards(await demoWorkbook(), { generatedOn: ON });
    const port = await demoWorkbook((tables) => {
      expect(tables.Inspections[0][1]).toBe("Inspection date");
      tables.Inspections[0][1] = "Inspection_Date";
    });
    const prepared = await prepareCards(port, { generatedOn: ON });
    expect(ofstedCards(asWritten)).toBe(14);
    expect(ofstedCards(prepared)).toBe(14);
    // The formulas name the column as it stands in the workbook.
    const formulas = prepared.plan.steps.flatMap((step) =>
      step.layout.cells.flatMap((cell) => (cell.formula ? [cell.formula] : []))
    );
    expect(formulas.some((f) => f.includes("Inspections[Inspection_Date]"))).toBe(true);
    expect(formulas.some((f) => f.includes("Inspections[Inspection date]"))).toBe(false);
  });

  it("stops, naming the sheet and the column, when a card table lacks a column it needs", async () => {
    const port = await demoWorkbook();
    const inspections = await port.readTable("Inspections");
    const headers = inspections.headers.map((h) =>
      h === "Inspection date" ? "When inspected" : h
    );
    await port.writeLayout(
      tableSheetLayout({
        name: "Inspections",
        grid: [headers, ...inspections.rows],
        dateColumns: [],
      }),
      { mode: "replace" }
    );
    const failure = await prepareCards(port, { generatedOn: ON }).catch((error: unknown) => error);
    expect(isInputProblemsError(failure)).toBe(true);
    const problems = (failure as InputProblemsError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: "Inspections", row: 1 });
    expect(problems[0].message).toMatch(
      /^no 'Inspection date' column; the header row has: URN, When inspected/
    );
  });
});
