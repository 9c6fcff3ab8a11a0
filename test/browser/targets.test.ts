import type { Page } from "playwright-core";
import { demoTables } from "../features/demo-fixtures";
import { PROVISIONAL_YEAR, TARGET_YEAR, TYPED } from "./harness/targets-data";
import { DEMO_TABLES_GLOBAL, WRITE_DELAY_GLOBAL } from "./support/harness-globals";
import { paneSuite } from "./support/pane-suite";
import { checkpoint, DATA_THEME, inWorkbook, THEMES } from "./support/walk";

const suite = paneSuite("test/browser/harness/targets-workbook.ts", () => ({
  [DEMO_TABLES_GLOBAL]: JSON.stringify(demoTables()),
}));

const setWriteDelay = (page: Page, ms: number) =>
  page.evaluate(([name, value]) => ((globalThis as Record<string, unknown>)[name] = value), [
    WRITE_DELAY_GLOBAL,
    ms,
  ] as const);

interface Table {
  headers: string[];
  rows: unknown[][];
}

async function targets(page: Page): Promise<Array<Record<string, unknown>>> {
  const table = await inWorkbook<Table>(page, "readTable", "Targets");
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

async function sheetNames(page: Page): Promise<string[]> {
  const described = await inWorkbook<{ sheets: Array<{ name: string }> }>(page, "describe");
  return described.sheets.map((s) => s.name);
}

describe.each(THEMES)("the Set targets flow (%s theme)", (theme, options) => {
  it("proposes next year's targets, shows them before writing, keeps typed ones, cancels, then writes", async () => {
    const session = await suite.open(options);
    const { page } = session;
    const shot = (step: string) => checkpoint(page, "targets", theme, step);
    await page.locator(`[data-theme='${DATA_THEME[theme]}']`).first().waitFor();

    await page.getByRole("tab", { name: "Set targets" }).click();
    const flow = page.getByRole("region", { name: "Set targets" });
    const year = flow.getByRole("textbox", { name: "Academic year to set targets for" });
    await year.waitFor();
    await shot("1-start");
    const before = await targets(page);

    // By keyboard: a wrong year is refused; blank is the year after the latest in Measures.
    await year.focus();
    await page.keyboard.type("2026");
    await flow.getByText("2026 is not an academic year; type it as 2026/27").waitFor();
    const proposeButton = flow.getByRole("button", { name: "Propose targets" });
    await expect(proposeButton.isDisabled()).resolves.toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");

    // The proposals, by academy, before anything is written.
    const proposals = flow.getByRole("region", { name: "Proposed targets" });
    await proposals.waitFor();
    await flow
      .getByText(new RegExp(`^\\d+ targets proposed for ${TARGET_YEAR} by TrustTier proposal`))
      .waitFor();
    await flow
      .getByText(/^1 target for 2026\/27 typed, reviewed or agreed by people: kept as they are\.$/)
      .waitFor();
    await flow.getByText(/proposals rest on provisional data/).waitFor();
    await flow.getByText(/no TargetMethod table/).waitFor();
    await flow
      .getByText(
        /Reviewed by LGB, LGB date, Agreed by Trust Board and Board date columns are for people to fill/
      )
      .waitFor();
    const first = proposals.getByRole("button", {
      name: /^Alderbrook Primary School \(900101\): \d+ proposals, 1 kept$/,
    });
    await first.focus();
    await page.keyboard.press("Enter");
    const kept = proposals
      .getByRole("listitem")
      .filter({ hasText: "typed by a person: kept as it is" });
    await expect(kept.textContent()).resolves.toMatch(/^Whole School Attendance: 97\.5kept/);
    const ks2 = proposals.getByRole("listitem").filter({ hasText: "% Meeting Expected in RWM:" });
    const ks2Text = (await ks2.first().textContent()) ?? "";
    expect(ks2Text).toMatch(/provisional/);
    expect(ks2Text).toMatch(
      /TrustTier proposal · baseline [\d.]+ from .*2024\/25 \([\d., ]+\) · national [\d.]+ \(\d{4}\/\d{2}\) · cohort 30 · data .*2024\/25 provisional/
    );
    expect(ks2Text).toContain(PROVISIONAL_YEAR);
    await shot("2-proposals");
    expect(await targets(page)).toEqual(before);
    expect(await sheetNames(page)).not.toContain("TargetMethod");
    const writeButton = flow.getByRole("button", { name: /^Write \d+ targets$/ });
    const proposed = Number(/\d+/.exec((await writeButton.textContent()) ?? "")?.[0]);
    expect(proposed).toBeGreaterThan(100);

    // A person types another target meanwhile: nothing is written, the proposals are shown again.
    const headers = (await inWorkbook<Table>(page, "readTable", "Targets")).headers;
    const typedAgain = headers.map((h) =>
      h === "URN"
        ? 900102
        : h === "Measure code"
          ? "attendance"
          : h === "Academic year"
            ? TARGET_YEAR
            : h === "Target"
              ? 96
              : null
    );
    await inWorkbook(page, "appendRows", "Targets", [typedAgain]);
    await writeButton.click();
    await flow.getByText("The workbook changed", { exact: true }).waitFor();
    await flow.getByText(/^2 targets for 2026\/27 typed, reviewed or agreed by people/).waitFor();
    await shot("3-changed");
    const withTyped = await targets(page);
    expect(withTyped).toHaveLength(before.length + 1);

    // Cancel while the sheet is written: the Targets sheet holds what it held.
    await setWriteDelay(page, 1500);
    await flow.getByRole("button", { name: /^Write \d+ targets$/ }).click();
    const progress = page.getByTestId("task-progress");
    await progress.waitFor({ timeout: 1000 });
    await progress.getByRole("button", { name: "Cancel" }).click();
    await flow.getByText("Cancelled. The Targets sheet holds what it held before.").waitFor();
    await setWriteDelay(page, 0);
    await shot("4-cancelled");
    expect(await targets(page)).toEqual(withTyped);
    expect(await sheetNames(page)).not.toContain("TargetMethod");

    // Write: every proposal, the typed targets untouched, the method table beside.
    await flow.getByRole("button", { name: /^Write \d+ targets$/ }).click();
    await flow
      .getByText(`Targets for ${TARGET_YEAR} written to the Targets sheet`)
      .waitFor({ timeout: 20_000 });
    await shot("5-written");
    const after = await targets(page);
    const ofYear = after.filter((r) => r["Academic year"] === TARGET_YEAR);
    expect(ofYear.filter((r) => r.Method === "TrustTier proposal")).toHaveLength(proposed - 1);
    const typedRows = ofYear.filter((r) => r.Method === null);
    expect(typedRows.map((r) => [r.URN, r["Measure code"], r.Target])).toEqual([
      [TYPED.urn, TYPED.measure, TYPED.target],
      [900102, "attendance", 96],
    ]);
    expect(await sheetNames(page)).toContain("TargetMethod");
    expect(await session.problems()).toEqual([]);
  }, 120_000);
});
