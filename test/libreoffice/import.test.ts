import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";
import { xlsxFiles } from "../../src/cli/xlsx-files";
import type { CellGrid } from "../../src/core/values/cell";
import { FIXTURES } from "../core/published/fixture-files";
import { errorCells, recalculatedSheets, sofficePath } from "./recalculate";

const F = (path: string) => join(FIXTURES, path);
const quiet = { out: () => undefined, err: () => undefined };

/** The text beside a label on a card, as LibreOffice computed it. */
function beside(grid: CellGrid, label: string): string[] {
  const row = grid.find((cells) => cells.some((cell) => String(cell ?? "").trim() === label));
  return (row ?? []).filter((cell) => cell !== null && cell !== "").map(String);
}

/** The row under a label's row, cell by cell up to the card's Target column ("" where blank). */
function under(grid: CellGrid, label: string, cells: number): string[] {
  const at = grid.findIndex((row) => String(row[0] ?? "").trim() === label);
  return (grid[at + 1] ?? []).slice(0, cells).map((cell) => String(cell ?? ""));
}

describe("the fixture trust's published data, imported and carded, in LibreOffice", () => {
  let dir: string;
  let sheets: Record<string, CellGrid>;
  beforeAll(async () => {
    sofficePath();
    dir = mkdtempSync(join(tmpdir(), "trusttier-import-lo-"));
    const imported = join(dir, "trust.xlsx");
    const data = [
      "dfe-2018-19/england_ks2final.csv",
      "dfe-2018-19/england_abs.csv",
      "dfe-2018-19/england_census.csv",
      "gias/links.csv",
      "synthetic/ofsted_mi_eif_2023-08-31.csv",
      "synthetic/ofsted_mi_2024-25_2025-03-31.csv",
      "synthetic/ofsted_mi_report_cards_2026-02-28.csv",
    ].flatMap((path) => ["--data", F(path)]);
    // An earlier edition's reading progress for Highbank with no band column: a score without a band.
    mkdirSync(join(dir, "2017-2018"));
    const earlier = join(dir, "2017-2018", "england_ks2final.csv");
    writeFileSync(earlier, "RECTYPE,URN,READPROG\n1,140017,-1.2\n");
    const args = [
      "import",
      "--schools",
      F("gias/group_links.csv"),
      ...data,
      "--data",
      earlier,
      "--output",
      imported,
    ];
    expect(await runCli(args, xlsxFiles, quiet)).toBe(0);
    const cards = join(dir, "cards.xlsx");
    const cardArgs = ["cards", "--input", imported, "--as-of", "2026-11-30", "--output", cards];
    expect(await runCli(cardArgs, xlsxFiles, quiet)).toBe(0);
    sheets = await recalculatedSheets(cards);
  }, 120000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("recalculates with no error value on any sheet", () => {
    expect(Object.keys(sheets)).toHaveLength(4 + 19 + 2);
    expect(errorCells(sheets)).toEqual([]);
  });

  it("shows the imported figures, national figures and Ofsted outcome on a card", () => {
    const card = sheets["Zaytouna Primary School"];
    expect(beside(card, "Total on Roll")).toEqual(["Total on Roll", "257"]);
    // Derived figures say so, live from Measures' Note, as the Baseline sheet does.
    expect(beside(card, "SEN (%)")).toEqual([
      "SEN (%)",
      "14.8",
      "14.2",
      "derived: PSENELSE + PSENELK (EHC plan or statement + SEN support)",
    ]);
    expect(beside(card, "Pupil Premium (%)").at(-1)).toMatch(/^derived: FSM6 proxy \(PNUMFSMEVER/);
    expect(beside(card, "Whole School Attendance")).toContain(
      "derived: 100 - PERCTOT (overall absence)"
    );
    // The reason for the proposed level, under the header.
    expect(beside(card, "Reason (proposed)")[1]).toMatch(/^not enough evidence \(/);
    expect(beside(card, "Whole School Attendance").slice(0, 3)).toEqual([
      "Whole School Attendance",
      "96.7",
      "96",
    ]);
    // vs National follows DfE's band (5, well below average), not the score against 0.
    expect(beside(card, "KS2 reading progress score")).toEqual([
      "KS2 reading progress score",
      "-5.1",
      "✖ below (DfE band)",
    ]);
    // READPROG_DESCR 5 for 2018/19, in DfE's words beneath the score.
    expect(under(card, "KS2 reading progress score", 2)).toEqual([
      "Progress band (DfE)",
      "Well below average",
    ]);
    expect(under(card, "KS2 maths progress score", 2)).toEqual([
      "Progress band (DfE)",
      "Well below average",
    ]);
    expect(beside(card, "Outcome:")).toEqual(["Outcome:", "Remains good"]);
    // Highbank: 2017/18 has a score and no band (blank, never 0); 2018/19 READPROG_DESCR 3.
    const highbank = sheets["Highbank Primary and Nursery Sc"];
    expect(beside(highbank, "KS2 reading progress score").slice(0, 3)).toEqual([
      "KS2 reading progress score",
      "-1.2",
      "0.2",
    ]);
    expect(under(highbank, "KS2 reading progress score", 3)).toEqual([
      "Progress band (DfE)",
      "",
      "Average",
    ]);
    // 0.2 with DfE's band "Average": in line with national.
    expect(beside(highbank, "KS2 reading progress score")).toContain("► in line (DfE band)");
    // Highbank's only inspection is its predecessor's (Predecessor URN 122713), and says so.
    expect(beside(highbank, "Type:")).toEqual([
      "Type:",
      "graded",
      "predecessor school (URN 122713): inspected before the academy opened, not the academy's own inspection",
    ]);
    // Its statutory latest date (31 Jul 2024) had passed when the cards were made: the card says
    // to look for a newer report; Ashbrook's (a 2026 report card) had not.
    expect(beside(highbank, "Statutory latest:")[2]).toMatch(
      /^passed before this card was generated/
    );
    const reportCard = sheets["Ashbrook Junior School"];
    expect(beside(reportCard, "Statutory latest:")[2]).toMatch(/SI 2005\/2038/);
    expect(beside(reportCard, "Type:")).toEqual(["Type:", "report card"]);
  });
});
