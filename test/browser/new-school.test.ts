import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { FIXTURES } from "../core/published/fixture-files";
import { DESCRIBE_DELAY_GLOBAL } from "./support/harness-globals";
import { paneSuite } from "./support/pane-suite";
import { checkpoint, DATA_THEME, inWorkbook, THEMES } from "./support/walk";

const suite = paneSuite("test/browser/harness/new-school-workbook.ts");

/** The files that cover Zaytouna Primary School (URN 138776) among the fixture extracts. */
const FILES = [
  "dfe-2018-19/england_abs.csv",
  "synthetic/ofsted_mi_eif_2023-08-31.csv",
  "synthetic/england_ks2_2022-2023_meta.csv",
  "synthetic/england_ks2_2022-2023_revised.csv",
].map((path) => join(FIXTURES, path));

const setDescribeDelay = (page: Page, ms: number) =>
  page.evaluate(([name, value]) => ((globalThis as Record<string, unknown>)[name] = value), [
    DESCRIBE_DELAY_GLOBAL,
    ms,
  ] as const);

interface Described {
  sheets: Array<{ name: string }>;
  tables: Array<{ name: string; rowCount: number }>;
}

const sheetNames = async (page: Page) =>
  (await inWorkbook<Described>(page, "describe")).sheets.map((s) => s.name);

describe.each(THEMES)("the New school flow (%s theme)", (theme, options) => {
  it("baselines a school by URN from files read in the pane, cancels, writes, then joins it to the trust", async () => {
    const session = await suite.open(options);
    const { page } = session;
    const shot = (step: string) => checkpoint(page, "new-school", theme, step);
    await page.locator(`[data-theme='${DATA_THEME[theme]}']`).first().waitFor();

    await page.getByRole("tab", { name: "New school" }).click();
    const flow = page.getByRole("region", { name: "New school" });
    const urn = flow.getByRole("textbox", { name: "URN of the school" });
    await urn.waitFor();
    await shot("1-start");

    // By keyboard: five digits are refused, six accepted.
    await urn.focus();
    await page.keyboard.type("13877");
    await flow
      .getByText("'13877' is not a URN: a URN is six digits, as GIAS gives it (138776).")
      .waitFor();
    await page.keyboard.type("6");
    await flow.getByText(/is not a URN/).waitFor({ state: "detached" });
    await flow
      .locator(`input[type=file][aria-label="Choose the school's files…"]`)
      .setInputFiles(FILES);
    await flow.getByText(/^england_ks2_2022-2023_revised\.csv \(\d+ KB\)$/).waitFor();
    const before = await sheetNames(page);

    // Check: a file whose year only its folder gave (the picker gives names only) is named,
    // and nothing can be written until the year is given.
    const checkButton = flow.getByRole("button", { name: "Check the baseline" });
    await checkButton.click();
    await flow.getByText("URN 138776 cannot be baselined from these files as they are").waitFor();
    await flow.getByText(/england_abs\.csv does not say its academic year/).waitFor();
    await expect(
      flow.getByRole("button", { name: "Write the Baseline sheet" }).isDisabled()
    ).resolves.toBe(true);
    await shot("2-asks-year");
    await flow
      .getByRole("textbox", { name: "Academic year of files that do not state one" })
      .focus();
    await page.keyboard.type("2018/19");

    // Check again: the Baseline sheet's sections, shown before anything is written.
    await checkButton.click();
    const preview = flow.getByRole("region", { name: "What the Baseline sheet will show" });
    await preview.waitFor();
    await preview.getByRole("button", { name: "Zaytouna Primary School (URN 138776)" }).waitFor();
    await preview.getByText("Written to a new sheet: Baseline 138776").waitFor();
    await preview.getByText(/^No proposal yet: /).waitFor();
    await preview.getByText(/^To gather: Practice observed/).waitFor();
    const figures = preview.getByRole("button", { name: /^Published figures \(\d+\)$/ });
    await figures.focus();
    await page.keyboard.press("Enter");
    await preview
      .getByText("% Meeting Expected in RWM, 2022/23: 58; cohort 30; national 60 (primary)", {
        exact: false,
      })
      .waitFor();
    const changes = flow.getByRole("region", { name: "Changes to the tables" });
    await expect(changes.textContent()).resolves.toMatch(/Measures \(new table\): \d+ rows to add/);
    await shot("3-preview");
    expect(await sheetNames(page)).toEqual(before);

    // Cancel while the baseline reads the workbook: nothing is written.
    await setDescribeDelay(page, 1500);
    const writeButton = flow.getByRole("button", { name: "Write the Baseline sheet" });
    await writeButton.click();
    const progress = page.getByTestId("task-progress");
    await progress.waitFor({ timeout: 1000 });
    await progress.getByRole("button", { name: "Cancel" }).click();
    await flow.getByText("Cancelled. The workbook holds what it held before.").waitFor();
    await setDescribeDelay(page, 0);
    await shot("4-cancelled");
    expect(await sheetNames(page)).toEqual(before);

    // Write: the Baseline sheet, and the school's rows in Inspections, Measures and National.
    await writeButton.click();
    await flow.getByText("Baseline written to sheet Baseline 138776").waitFor({ timeout: 20_000 });
    await shot("5-written");
    const written = await inWorkbook<Described>(page, "describe");
    expect(written.sheets.map((s) => s.name)).toContain("Baseline 138776");
    expect(written.tables.map((t) => t.name).sort()).toEqual(
      ["Inspections", "Measures", "National", "Targets"].sort()
    );
    const sheet = await inWorkbook<{ cells: Array<{ row: number; col: number; value: unknown }> }>(
      page,
      "readSheetContent",
      "Baseline 138776"
    );
    expect(sheet.cells.some((c) => c.value === "% Meeting Expected in RWM")).toBe(true);

    // Join offered at once; and later (the pane opened again), the school is listed to join.
    await flow.getByRole("region", { name: "Join the trust" }).waitFor();
    await page.getByRole("tab", { name: "Set targets" }).click();
    await page.getByRole("tab", { name: "New school" }).click();
    await flow.getByRole("combobox", { name: "School baselined earlier" }).click();
    await page
      .getByRole("option", { name: /^Zaytouna Primary School \(URN 138776\), baselined / })
      .click();

    // Join the trust as a converter with a new URN: shown, then written.
    const joinRegion = flow.getByRole("region", { name: "Join the trust" });
    const newUrn = joinRegion.getByRole("textbox", { name: "URN as the trust's academy" });
    await expect(newUrn.inputValue()).resolves.toBe("138776");
    await newUrn.fill("15000");
    await joinRegion.getByText(/is not a URN/).waitFor();
    await newUrn.fill("150001");
    await joinRegion.getByLabel("Joined date").fill("2026-09-01");
    await joinRegion.getByRole("button", { name: "Check the join" }).click();
    const joinPreview = joinRegion.getByRole("region", { name: "What joining will do" });
    await joinPreview
      .getByText("Zaytouna Primary School joins as URN 150001 on 2026-09-01.")
      .waitFor();
    await joinPreview.getByText(/^No first plan yet: /).waitFor();
    await shot("6-join-preview");
    await joinRegion.getByRole("button", { name: "Join the trust" }).click();
    await flow.getByText("The school joined the trust as URN 150001").waitFor();
    await shot("7-joined");
    const schools = await inWorkbook<{ headers: string[]; rows: unknown[][] }>(
      page,
      "readTable",
      "Schools"
    );
    expect(schools.rows.map((r) => r[schools.headers.indexOf("URN")])).toEqual([150001]);
    expect(schools.rows[0][schools.headers.indexOf("Predecessor URN")]).toBe(138776);
    expect(await session.problems()).toEqual([]);
  }, 120_000);
});

/** The same files in a folder named for its year, with a file TrustTier does not read. */
function yearFolder(): { root: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), "trusttier-new-school-"));
  const folder = join(root, "2018-2019");
  mkdirSync(folder);
  for (const file of FILES) copyFileSync(file, join(folder, basename(file)));
  writeFileSync(join(folder, "README.txt"), "Downloaded from the performance tables site.\n");
  return { root, folder };
}

describe("the New school flow, choosing a folder", () => {
  const made = yearFolder();
  afterAll(() => rmSync(made.root, { recursive: true, force: true }));

  it("takes the year of a file that does not state one from its folder's name", async () => {
    const [theme, options] = THEMES[0];
    const session = await suite.open(options);
    const { page } = session;
    await page.locator(`[data-theme='${DATA_THEME[theme]}']`).first().waitFor();
    await page.getByRole("tab", { name: "New school" }).click();
    const flow = page.getByRole("region", { name: "New school" });
    await flow.getByRole("textbox", { name: "URN of the school" }).fill("138776");
    await flow
      .locator("input[type=file][aria-label='Choose a folder…']")
      .setInputFiles(made.folder);
    await flow.getByText(/^2018-2019\/england_abs\.csv \(\d+ KB\)$/).waitFor();

    await flow.getByRole("button", { name: "Check the baseline" }).click();
    await flow.getByRole("region", { name: "What the Baseline sheet will show" }).waitFor();
    await flow.getByText("Not read from the folder: 1 file", { exact: true }).waitFor();
    await flow.getByText("2018-2019/README.txt: not a CSV or .ods file").waitFor();
    await expect(flow.getByText(/does not say its academic year/).count()).resolves.toBe(0);
    await expect(
      flow.getByRole("button", { name: "Write the Baseline sheet" }).isEnabled()
    ).resolves.toBe(true);
    expect(await session.problems()).toEqual([]);
  }, 120_000);
});
