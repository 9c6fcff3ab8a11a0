import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { FIXTURES } from "../core/published/fixture-files";
import { DESCRIBE_DELAY_GLOBAL } from "./support/harness-globals";
import { paneSuite } from "./support/pane-suite";
import { checkpoint, DATA_THEME, inWorkbook, THEMES } from "./support/walk";

const suite = paneSuite("test/browser/harness/import-workbook.ts");

/** Real extracts of the publishers' files (and one synthetic Ofsted file, Windows-1252). */
const DATA_FILES = [
  "dfe-2018-19/england_ks2final.csv",
  "dfe-2018-19/england_abs.csv",
  "dfe-2018-19/england_census.csv",
  "synthetic/ofsted_mi_eif_2023-08-31.csv",
  "gias/links.csv",
].map((path) => join(FIXTURES, path));
const SCHOOL_LIST = join(FIXTURES, "gias/group_links.csv");

/** Ofsted's management information in its two-sheet OpenDocument form (synthetic). */
const OFSTED_ODS = "ofsted_mi_eif_2023-08-31.ods";

/**
 * A folder as a trust keeps its downloads: named for the year, holding real extracts, Ofsted's
 * .ods, one CSV TrustTier does not recognise (DfE's LA code list) and a text file.
 */
function yearFolder(): { root: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), "trusttier-import-"));
  const folder = join(root, "2018-2019");
  mkdirSync(folder);
  for (const path of [
    "dfe-2018-19/england_ks2final.csv",
    "dfe-2018-19/england_abs.csv",
    "dfe-2018-19/england_census.csv",
    "dfe-2018-19/la_and_region_codes_meta.csv",
    `synthetic/${OFSTED_ODS}`,
  ])
    copyFileSync(join(FIXTURES, path), join(folder, basename(path)));
  writeFileSync(join(folder, "README.txt"), "Downloaded from the performance tables site.\n");
  return { root, folder };
}

const setDescribeDelay = (page: Page, ms: number) =>
  page.evaluate(([name, value]) => ((globalThis as Record<string, unknown>)[name] = value), [
    DESCRIBE_DELAY_GLOBAL,
    ms,
  ] as const);

interface Described {
  sheets: Array<{ name: string }>;
  tables: Array<{ name: string; rowCount: number }>;
}

describe.each(THEMES)("the Import data flow (%s theme)", (theme, options) => {
  it("reads the trust's published files in the pane, shows them, asks the year, cancels, then imports", async () => {
    const session = await suite.open(options);
    const { page } = session;
    const shot = (step: string) => checkpoint(page, "import", theme, step);
    await page.locator(`[data-theme='${DATA_THEME[theme]}']`).first().waitFor();

    await page.getByRole("tab", { name: "Import data" }).click();
    const flow = page.getByRole("region", { name: "Import data" });
    await flow.getByRole("button", { name: "Choose data files…" }).waitFor();
    const picker = flow.locator("input[type=file][aria-label='Choose data files…']");
    await expect(picker.getAttribute("accept")).resolves.toMatch(/^\.csv,.*\.ods\b/);
    await picker.setInputFiles(DATA_FILES);
    await flow
      .locator("input[type=file][aria-label='Choose the school list…']")
      .setInputFiles(SCHOOL_LIST);
    await flow.getByText("england_ks2final.csv", { exact: false }).first().waitFor();
    await flow.getByText(/^group_links\.csv \(\d+ KB\)$/).waitFor();
    await shot("1-files-chosen");

    // Check: nothing written yet; the year the 2018/19 files do not state is asked for.
    await flow.getByRole("button", { name: "Check the files" }).click();
    const preview = flow.getByRole("region", { name: "What the files hold" });
    await preview.waitFor();
    const year = flow.getByRole("textbox", {
      name: "Academic year of the files that do not state one",
    });
    await year.waitFor();
    const importButton = flow.getByRole("button", { name: "Import into the workbook" });
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await expect(preview.textContent()).resolves.toMatch(/The trust's schools \(19\)/);
    await shot("2-preview-asks-year");
    expect((await inWorkbook<Described>(page, "describe")).tables).toEqual([]);

    // By keyboard: a wrong year is refused, then 2018/19 is used.
    await year.focus();
    await page.keyboard.type("2019");
    await flow.getByText("2019 is not an academic year; type it as 2018/19").waitFor();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2018/19");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await year.waitFor({ state: "detached" });
    await expect(importButton.isEnabled()).resolves.toBe(true);

    // Each file's family, year, encoding and rows; open one by keyboard for its columns and codes.
    const ks2 = preview.getByRole("button", { name: /^england_ks2final\.csv: .*2018\/19/ });
    await expect(ks2.textContent()).resolves.toMatch(/16 rows matched to the trust/);
    await expect(
      preview
        .getByRole("button", { name: /^ofsted_mi_eif_2023-08-31\.csv: .*windows-1252/ })
        .count()
    ).resolves.toBe(1);
    await expect(
      preview.getByRole("button", { name: /^england_abs\.csv: .*utf-8 with BOM/ }).count()
    ).resolves.toBe(1);
    await ks2.focus();
    await page.keyboard.press("Enter");
    await preview.getByText(/^Columns recognised: .*READPROG/).waitFor();
    await preview.getByText(/^Trust schools not in the file: /).waitFor();
    const changes = flow.getByRole("region", { name: "Changes to the tables" });
    await expect(changes.textContent()).resolves.toMatch(/Schools \(new table\): 19 rows to add/);
    await shot("3-preview");

    // Cancel while the import reads the workbook: nothing is written.
    await setDescribeDelay(page, 1500);
    await importButton.click();
    const progress = page.getByTestId("task-progress");
    await progress.waitFor({ timeout: 1000 });
    await progress.getByRole("button", { name: "Cancel" }).click();
    await flow.getByText("Cancelled. The tables hold what they held before.").waitFor();
    await setDescribeDelay(page, 0);
    await shot("4-cancelled");
    const afterCancel = await inWorkbook<Described>(page, "describe");
    expect(afterCancel.tables).toEqual([]);
    expect(afterCancel.sheets.map((s) => s.name)).toEqual(["Notes"]);

    // Import: the four tables, for the trust's schools only.
    await importButton.click();
    await flow.getByText("Data imported", { exact: true }).waitFor({ timeout: 20_000 });
    await shot("5-imported");
    const tables = Object.fromEntries(
      (await inWorkbook<Described>(page, "describe")).tables.map((t) => [t.name, t.rowCount])
    );
    expect(Object.keys(tables).sort()).toEqual(["Inspections", "Measures", "National", "Schools"]);
    expect(tables.Schools).toBe(19);
    expect(tables.Measures).toBeGreaterThan(100);
    expect(tables.Inspections).toBeGreaterThanOrEqual(16);
    const measures = await inWorkbook<{ headers: string[]; rows: unknown[][] }>(
      page,
      "readTable",
      "Measures"
    );
    const yearAt = measures.headers.indexOf("Academic year");
    expect(new Set(measures.rows.map((row) => row[yearAt]))).toEqual(new Set(["2018/19"]));
    expect(await session.problems()).toEqual([]);
  }, 120_000);
});

describe.each(THEMES)("the Import data flow, choosing a folder (%s theme)", (theme, options) => {
  const made = yearFolder();
  afterAll(() => rmSync(made.root, { recursive: true, force: true }));

  it("reads the recognised CSV and .ods files of a folder named for its year, passing over the rest with a note", async () => {
    const session = await suite.open(options);
    const { page } = session;
    const shot = (step: string) => checkpoint(page, "import-folder", theme, step);
    await page.locator(`[data-theme='${DATA_THEME[theme]}']`).first().waitFor();

    await page.getByRole("tab", { name: "Import data" }).click();
    const flow = page.getByRole("region", { name: "Import data" });
    await flow.getByRole("button", { name: "Choose a folder…" }).waitFor();
    await flow
      .locator("input[type=file][aria-label='Choose a folder…']")
      .setInputFiles(made.folder);
    await flow
      .locator("input[type=file][aria-label='Choose the school list…']")
      .setInputFiles(SCHOOL_LIST);
    await flow.getByText(/^2018-2019\/england_ks2final\.csv \(\d+ KB\)$/).waitFor();
    await flow.getByText(/^2018-2019\/README\.txt \(\d+ KB\)$/).waitFor();
    await flow.getByText(/^2018-2019\/ofsted_mi_eif_2023-08-31\.ods \(\d+ KB\)$/).waitFor();
    await shot("1-folder-chosen");

    // Check: the folder's name gives the year, so none is asked; the rest is passed over.
    await flow.getByRole("button", { name: "Check the files" }).click();
    const preview = flow.getByRole("region", { name: "What the files hold" });
    await preview.waitFor();
    await flow.getByText("Not read from the folder: 2 files", { exact: true }).waitFor();
    await flow.getByText("2018-2019/README.txt: not a CSV or .ods file").waitFor();
    await flow
      .getByText(/^2018-2019\/la_and_region_codes_meta\.csv: not a file TrustTier recognises/)
      .waitFor();
    await expect(
      flow
        .getByRole("textbox", { name: "Academic year of the files that do not state one" })
        .count()
    ).resolves.toBe(0);
    for (const name of ["england_ks2final", "england_abs", "england_census"])
      await expect(
        preview
          .getByRole("button", { name: new RegExp(`^2018-2019/${name}\\.csv: .*2018/19`) })
          .count()
      ).resolves.toBe(1);
    // The .ods is unzipped in the pane (DecompressionStream) and read from its data sheet.
    await expect(
      preview
        .getByRole("button", {
          name: /^2018-2019\/ofsted_mi_eif_2023-08-31\.ods \(sheet 'Latest inspections', headers on row 2\): .*OpenDocument: 17 rows matched to the trust/,
        })
        .count()
    ).resolves.toBe(1);
    const importButton = flow.getByRole("button", { name: "Import into the workbook" });
    await expect(importButton.isEnabled()).resolves.toBe(true);
    await shot("2-preview");

    await importButton.click();
    await flow.getByText("Data imported", { exact: true }).waitFor({ timeout: 20_000 });
    await shot("3-imported");
    const measures = await inWorkbook<{ headers: string[]; rows: unknown[][] }>(
      page,
      "readTable",
      "Measures"
    );
    expect(measures.rows.length).toBeGreaterThan(100);
    const yearAt = measures.headers.indexOf("Academic year");
    expect(new Set(measures.rows.map((row) => row[yearAt]))).toEqual(new Set(["2018/19"]));
    const inspections = await inWorkbook<{ rows: unknown[][] }>(page, "readTable", "Inspections");
    expect(inspections.rows).toHaveLength(23);
    expect(await session.problems()).toEqual([]);
  }, 120_000);
});
