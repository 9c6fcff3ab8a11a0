import { mkdtempSync, rmSync } from "node:fs";
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
    const args = ["import", "--schools", F("gias/group_links.csv"), ...data, "--output", imported];
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
    expect(beside(card, "SEN (%)")).toEqual(["SEN (%)", "14.8", "14.2"]);
    expect(beside(card, "Whole School Attendance").slice(0, 3)).toEqual([
      "Whole School Attendance",
      "96.7",
      "96",
    ]);
    expect(beside(card, "KS2 reading progress score")).toEqual([
      "KS2 reading progress score",
      "-5.1",
    ]);
    expect(beside(card, "Outcome:")).toEqual(["Outcome:", "Remains good"]);
    const reportCard = sheets["Ashbrook Junior School"];
    expect(beside(reportCard, "Type:")).toEqual(["Type:", "report card"]);
  });
});
