import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import type { AcademyCard } from "../../src/core/cards";
import { getBuiltinFramework } from "../../src/core/frameworks/builtin";
import type { MeasureRow } from "../../src/core/import";
import type { CellGrid } from "../../src/core/values/cell";
import {
  generateCards,
  planCardLayouts,
  readCardTables,
  type CardTablesRead,
} from "../../src/features/cards";
import { buildDemoWorkbook, planDemoWorkbook } from "../../src/features/demo";
import { demoCardTables } from "../core/cards/demo-card-tables";
import { demoTables } from "../features/demo-fixtures";
import { errorCells, recalculatedSheets, sofficePath, throwAwayProfile } from "./recalculate";

const run = promisify(execFile);
const ON = "2026-07-17";
const tiers = getBuiltinFramework("tiers")!;

/** What a card cell must show for a Measures row: the number, the code as written, or blank. */
function expectedFigure(row: MeasureRow | undefined): string | number | null {
  if (!row?.figure) return null;
  return "value" in row.figure ? row.figure.value : row.figure.suppressed;
}

function shown(grid: CellGrid, row: number, col: number): string | number | null {
  const text = grid[row]?.[col];
  if (text === null || text === undefined || text === "") return null;
  const number = Number(text);
  return typeof text === "string" && text.trim() !== "" && Number.isFinite(number)
    ? number
    : String(text);
}

function cardsOf(read: CardTablesRead) {
  const layouts = planDemoWorkbook(demoTables()).layouts;
  return planCardLayouts({
    read,
    framework: tiers,
    generatedOn: ON,
    takenNames: layouts.map((l) => l.name),
  });
}

describe("academy cards in the demo workbook, recalculated by LibreOffice", () => {
  let dir: string;
  let sheets: Record<string, CellGrid>;
  let read: CardTablesRead;
  let cards: readonly AcademyCard[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "trusttier-lo-cards-"));
    const path = join(dir, "TrustTier-demo.xlsx");
    const workbook = XlsxWorkbook.create("TrustTier-demo.xlsx");
    await buildDemoWorkbook(workbook, demoTables());
    await generateCards(workbook, { generatedOn: ON });
    await workbook.saveAs(path);
    sheets = await recalculatedSheets(path);
    read = readCardTables(demoCardTables());
    cards = cardsOf(read).cards;
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has a card for every academy, the index, and no error value on any of them", () => {
    expect(cards).toHaveLength(14);
    for (const card of cards) expect(sheets[card.layout.name]).toBeDefined();
    const mine = Object.fromEntries(
      [...cards.map((c) => c.layout.name), "Cards"].map((name) => [name, sheets[name]])
    );
    expect(errorCells(mine)).toEqual([]);
  });

  it("shows, on every card, the data tables' figures (a blank stays blank, codes as written)", () => {
    let compared = 0;
    for (const card of cards) {
      const grid = sheets[card.layout.name];
      for (const row of card.measureRows) {
        for (const [year, col] of Object.entries(row.years)) {
          const data = read.data.measures.find(
            (m) => m.urn === card.urn && m.measure === row.code && m.year === year
          );
          expect([card.layout.name, row.code, year, shown(grid, row.row, col)]).toEqual([
            card.layout.name,
            row.code,
            year,
            expectedFigure(data),
          ]);
          compared++;
        }
        if (row.target) {
          const target = read.data.targets.find(
            (t) => t.urn === card.urn && t.measure === row.code && t.year === row.target!.year
          );
          expect(shown(grid, row.row, row.target.col)).toBe(target?.target ?? null);
        }
        if (row.national) {
          const national = read.data.national.find(
            (n) =>
              n.measure === row.code &&
              n.year === row.national!.year &&
              n.phase === row.national!.phase
          );
          expect(shown(grid, row.row, row.national.col)).toBe(national?.value ?? null);
        }
        // No warning on the demo's own figures; the row's notes (what it does not compare).
        expect(shown(grid, row.row, row.checkCol)).toBe(
          row.notes.length > 0 ? row.notes.join(" ") : null
        );
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  // Issue 14, items 6-8: a verdict only between a figure and a target / national figure of its
  // own year; otherwise the vs cell is blank (and the notes above say why).
  it("compares no figure with a target or national figure of another year", () => {
    let verdicts = 0;
    for (const card of cards) {
      const grid = sheets[card.layout.name];
      for (const row of card.measureRows) {
        const k = Object.keys(row.years).length;
        if (!row.target) continue;
        const vsTarget = shown(grid, row.row, k + 4);
        const vsNational = shown(grid, row.row, k + 5);
        if (!row.target.compared) expect([row.code, vsTarget]).toEqual([row.code, null]);
        if (row.national && !row.national.compared)
          expect([row.code, vsNational]).toEqual([row.code, null]);
        if (row.target.compared && vsTarget !== null) {
          expect(["✔ met", "✖ not met"]).toContain(vsTarget);
          verdicts++;
        }
      }
    }
    expect(verdicts).toBeGreaterThan(20);
  });

  it("shows the level from the Schools table on every card and in the index", () => {
    const schools = sheets.Schools;
    const level = schools[0].indexOf("Tier (proposed)");
    const levelOf = new Map(schools.slice(1).map((r) => [Number(r[0]), r[level]]));
    cards.forEach((card, i) => {
      expect(sheets[card.layout.name][2][1]).toBe(levelOf.get(card.urn));
      expect(sheets.Cards[2 + i][3]).toBe(levelOf.get(card.urn));
      expect(sheets.Cards[2 + i][4]).toBe(card.layout.name);
    });
  });

  it("reads rows added to a data table after generation (structured references grow with it)", async () => {
    const tables = demoTables();
    const at = tables.Measures.findIndex(
      (r) => r[0] === "900101" && r[1] === "attendance" && r[2] === "2024/25"
    );
    const [removed] = tables.Measures.splice(at, 1);
    const path = join(dir, "grown.xlsx");
    const workbook = XlsxWorkbook.create("grown.xlsx");
    await buildDemoWorkbook(workbook, tables);
    await generateCards(workbook, { generatedOn: ON, urns: [900101] });
    await workbook.appendRows("Measures", [[900101, "attendance", "2024/25", Number(removed[3])]]);
    await workbook.saveAs(path);
    const grid = (await recalculatedSheets(path))["Alderbrook Primary School"];
    const row = cards[0].measureRows.find((r) => r.code === "attendance")!;
    expect(shown(grid, row.row, row.years["2024/25"])).toBe(Number(removed[3]));
  }, 120_000);

  it("gives each card's outcome in words, the statutory latest date (31 July, SI 2005/2038 regs 2-3) and the expected window (issue 14, item 5)", () => {
    const [header, ...rows] = demoTables().Inspections;
    const at = (h: string) => header.indexOf(h);
    const usDate = (date: Date) => {
      // LibreOffice's CSV export writes dates as MM/DD/YYYY.
      const [ey, em, ed] = date.toISOString().slice(0, 10).split("-");
      return `${em}/${ed}/${ey}`;
    };
    const edate = (iso: string, months: number) => {
      const [y, m, d] = iso.split("-").map(Number);
      const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
      return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last)));
    };
    const outcomes: Record<string, string> = {};
    let checked = 0;
    for (const card of cards) {
      const grid = sheets[card.layout.name];
      const rowOf = (label: string) => grid.findIndex((r) => r[0] === label);
      const own = rows.filter((r) => Number(r[at("URN")]) === card.urn);
      if (own.length === 0) {
        expect(rowOf("Statutory latest:")).toBe(-1);
        continue;
      }
      const latest = own.reduce((a, b) =>
        String(b[at("Inspection date")]) > String(a[at("Inspection date")]) ? b : a
      );
      const date = String(latest[at("Inspection date")]);
      const [y, m] = date.split("-").map(Number);
      expect([card.layout.name, shown(grid, rowOf("Statutory latest:"), 1)]).toEqual([
        card.layout.name,
        usDate(new Date(Date.UTC(y + (m >= 8 ? 1 : 0) + 5, 6, 31))),
      ]);
      const outcome = String(grid[rowOf("Outcome:")][1] ?? "");
      outcomes[String(card.urn)] = outcome;
      expect([card.layout.name, outcome]).not.toEqual([card.layout.name, ""]);
      const window = rowOf("Expected window:");
      const published = String(latest[at("Publication date")] ?? "") || date;
      if (
        /category of concern|requires improvement/i.test(outcome) &&
        !/no category of concern|three months/.test(outcome)
      ) {
        expect([card.layout.name, shown(grid, window, 3)]).toEqual([
          card.layout.name,
          usDate(edate(published, 30)),
        ]);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    // Northgate: serious weaknesses written in the Category column, Overall "Not judged".
    expect(outcomes["900114"]).toBe("Serious weaknesses (published category of concern)");
    // Kingsmoor: 2024/25, quality of education inadequate, no category recorded.
    expect(outcomes["900111"]).toBe("Category of concern (type not recorded)");
    // Hollins Green: report card with urgent improvement, published RSI.
    expect(outcomes["900108"]).toBe(
      "Requires significant improvement (published category of concern)"
    );
    // A report card without a category says so in words.
    expect(outcomes["900105"]).toBe(
      "Report card, no category of concern; leadership and governance: Expected standard"
    );
    // A report card with no category: no earlier date than the statutory one.
    const elmstead = sheets[cards.find((card) => card.urn === 900105)!.layout.name];
    const elmsteadWindow = elmstead.findIndex((r) => r[0] === "Expected window:");
    expect(String(elmstead[elmsteadWindow][4])).toContain("no earlier date applies");
    // Alderbrook: ungraded, "next inspection will be a graded inspection": one to two years.
    const alderbrook = sheets[cards.find((card) => card.urn === 900101)!.layout.name];
    const window = alderbrook.findIndex((r) => r[0] === "Expected window:");
    expect(shown(alderbrook, window, 1)).toBe(usDate(edate("2023-05-17", 12)));
    expect(shown(alderbrook, window, 3)).toBe(usDate(edate("2023-05-17", 24)));
    expect(String(alderbrook[window][4])).toContain("one to two years");
  });

  it("shows the leaders' own security rating from the AES where Schools holds one", () => {
    const schools = sheets.Schools;
    const aes = schools[0].indexOf("AES security");
    expect(aes).toBeGreaterThan(0);
    for (const card of cards) {
      const grid = sheets[card.layout.name];
      const rating = schools.find((r) => Number(r[0]) === card.urn)![aes];
      expect([card.layout.name, grid[4][5], shown(grid, 4, 8)]).toEqual([
        card.layout.name,
        "Leaders' security (AES)",
        rating === "" || rating === null ? null : rating,
      ]);
    }
  });

  it("flags out-of-range figures on the card (120% attendance, the seed's national PA of 94.5%)", async () => {
    const tables = demoTables();
    const attendance = tables.Measures.findIndex(
      (r) => r[0] === "900101" && r[1] === "attendance" && r[2] === "2024/25"
    );
    tables.Measures[attendance][3] = "120";
    for (const row of tables.National) if (row[0] === "persistent-absence") row[3] = "94.5";
    const path = join(dir, "checks.xlsx");
    const workbook = XlsxWorkbook.create("checks.xlsx");
    await buildDemoWorkbook(workbook, tables);
    await generateCards(workbook, { generatedOn: ON, urns: [900101] });
    await workbook.saveAs(path);
    const grid = (await recalculatedSheets(path))["Alderbrook Primary School"];
    const card = cards[0];
    const checkOf = (code: string) => {
      const row = card.measureRows.find((r) => r.code === code)!;
      return String(grid[row.row][row.checkCol]);
    };
    expect(checkOf("attendance")).toMatch(/^⚠ figure outside 0–100%( |$)/);
    expect(checkOf("persistent-absence")).toMatch(
      /^⚠ National 94.5 unlikely \(normally 0–60%\)( |$)/
    );
  }, 120_000);

  it("prints one card on exactly one page (LibreOffice's PDF), rendered for the README", async () => {
    const layouts = planDemoWorkbook(demoTables()).layouts;
    const card = cards[0].layout;
    const workbook = XlsxWorkbook.create("card.xlsx");
    // The card first (the active sheet), the data it reads hidden: the PDF holds the card alone.
    await workbook.writeLayout(card, { mode: "create" });
    for (const layout of layouts) {
      await workbook.writeLayout({ ...layout, visibility: "hidden" }, { mode: "create" });
    }
    const xlsx = join(dir, "card.xlsx");
    await workbook.saveAs(xlsx);
    const profile = throwAwayProfile();
    try {
      await run(
        sofficePath(),
        [
          `-env:UserInstallation=${profile.url}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          xlsx,
        ],
        { timeout: 120_000 }
      );
    } finally {
      profile.remove();
    }
    const pdf = join(dir, "card.pdf");
    const info = (await run("pdfinfo", [pdf])).stdout;
    expect(info).toMatch(/^Pages:\s+1$/m);
    await run("pdftoppm", ["-png", "-r", "110", "-singlefile", pdf, join(dir, "academy-card")]);
    // The picture of what directors get; docs/images/academy-card.png is a reviewed copy of it.
    const results = join(__dirname, "../../test-results/libreoffice");
    mkdirSync(results, { recursive: true });
    copyFileSync(join(dir, "academy-card.png"), join(results, "academy-card.png"));
    expect(readdirSync(results)).toContain("academy-card.png");
  }, 120_000);
});
