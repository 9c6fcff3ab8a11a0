import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { runCli } from "../../src/cli/run";
import { xlsxFiles } from "../../src/cli/xlsx-files";
import { getBuiltinFramework } from "../../src/core/frameworks/builtin";
import type { Framework } from "../../src/core/frameworks/types";
import type { CellGrid } from "../../src/core/values/cell";
import { previewBaseline } from "../../src/features/baseline";
import { fixture, FIXTURES } from "../core/published/fixture-files";
import { errorCells, recalculatedSheets, sofficePath, throwAwayProfile } from "./recalculate";

const run = promisify(execFile);

/**
 * Pairs of words printed over each other, from `pdftotext -bbox` output: boxes that overlap
 * across and by over 30% of the smaller word's height. A word's box spans the font's ascent and
 * descent, so words on adjacent lines of one wrapped paragraph touch (about 15% measured); an
 * overprinted line lies across another's.
 */
function overlappingWords(html: string): string[] {
  const words = [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    ),
  ].map((m) => ({ box: m.slice(1, 5).map(Number), text: m[5] }));
  const overlaps: string[] = [];
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      const x = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
      const y = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
      const height = Math.min(a.box[3] - a.box[1], b.box[3] - b.box[1]);
      if (x > 0.5 && y > 0.3 * height) overlaps.push(`${a.text} / ${b.text}`);
    }
  });
  return overlaps;
}
const FILES = [
  "dfe-2018-19/england_ks2final.csv",
  "dfe-2018-19/england_abs.csv",
  "dfe-2018-19/england_census.csv",
  "gias/links.csv",
  "gias/group_links.csv",
  "synthetic/ofsted_mi_eif_2023-08-31.csv",
  "synthetic/england_ks2_2022-2023_meta.csv",
  "synthetic/england_ks2_2022-2023_revised.csv",
];
const quiet = { out: () => undefined, err: () => undefined };

describe("a school's due-diligence baseline, in LibreOffice", () => {
  let dir: string;
  let sheets: Record<string, CellGrid>;
  beforeAll(async () => {
    sofficePath();
    dir = mkdtempSync(join(tmpdir(), "trusttier-baseline-lo-"));
    const output = join(dir, "baseline.xlsx");
    const data = FILES.flatMap((path) => ["--data", join(FIXTURES, path)]);
    const args = [
      "baseline",
      "--urn",
      "140017",
      ...data,
      "--framework",
      "category",
      "--as-of",
      "2026-11-30",
      "--output",
      output,
    ];
    expect(await runCli(args, xlsxFiles, quiet)).toBe(0);
    sheets = await recalculatedSheets(output);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("recalculates with no error value, and computes each difference from national", () => {
    expect(Object.keys(sheets).sort()).toEqual([
      "Baseline 140017",
      "Inspections",
      "Measures",
      "National",
      "TrustTier_Settings",
    ]);
    expect(errorCells(sheets)).toEqual([]);
    const grid = sheets["Baseline 140017"];
    const row = grid.find(
      (cells) => cells[0] === "% Meeting Expected in RWM" && cells[1] === "2022/23"
    );
    // england_ks2_2022-2023_revised.csv: Highbank PTRWM_EXP 61%, TELIG 41; national 60%.
    expect(row?.slice(2, 6).map(Number)).toEqual([61, 41, 60, 1]);
    const missing = grid.find(
      (cells) => cells[0] === "KS2 reading progress score" && cells[1] === "2018/19"
    );
    expect(missing?.[5] ?? "").toBe("");
  });

  it("prints the Baseline sheet on exactly one page", async () => {
    const workbook = XlsxWorkbook.create("one.xlsx");
    const preview = await previewBaseline(workbook, {
      urn: 140017,
      files: FILES.map(fixture),
      framework: getBuiltinFramework("category") as Framework,
      asOf: "2026-11-30",
    });
    await workbook.writeLayout(preview.sheet!.layout, { mode: "create" });
    const xlsx = join(dir, "one.xlsx");
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
    const info = (await run("pdfinfo", [join(dir, "one.pdf")])).stdout;
    expect(info).toMatch(/^Pages:\s+1$/m);
    // Nothing prints over anything else: no two words' boxes on the page overlap (a wrapped
    // label in a row too short for it, such as A20's "% disadvantaged pupils Meeting Expected in
    // RWM", ran into the next row's).
    const boxes = (await run("pdftotext", ["-bbox", join(dir, "one.pdf"), "-"])).stdout;
    expect(overlappingWords(boxes)).toEqual([]);
  }, 120_000);
});
