import type { Page } from "playwright-core";
import { SETTINGS_SHEET_NAME } from "../../src/port";
import { demoTables } from "../features/demo-fixtures";
import { DEMO_TABLES_GLOBAL, WRITE_DELAY_GLOBAL } from "./support/harness-globals";
import { paneSuite } from "./support/pane-suite";
import { checkpoint, DATA_THEME, inWorkbook, THEMES } from "./support/walk";

const suite = paneSuite("test/browser/harness/demo-workbook.ts", () => ({
  [DEMO_TABLES_GLOBAL]: JSON.stringify(demoTables()),
}));

const setWriteDelay = (page: Page, ms: number) =>
  page.evaluate(([name, value]) => ((globalThis as Record<string, unknown>)[name] = value), [
    WRITE_DELAY_GLOBAL,
    ms,
  ] as const);

async function sheetNames(page: Page): Promise<string[]> {
  const described = await inWorkbook<{ sheets: Array<{ name: string }> }>(page, "describe");
  return described.sheets.map((s) => s.name).filter((name) => name !== SETTINGS_SHEET_NAME);
}

async function listed(page: Page, region: string): Promise<string[]> {
  return page.getByRole("region", { name: region }).getByRole("listitem").allTextContents();
}

describe.each(THEMES)("cards, plans and the live column (%s theme)", (theme, options) => {
  it("adds a live column, generates cards (cancelling one run half-way) and writes plans", async () => {
    const session = await suite.open(options);
    const { page } = session;
    const shot = (step: string) => checkpoint(page, "cards-plans", theme, step);
    await page.locator(`[data-theme='${DATA_THEME[theme]}']`).first().waitFor();

    // Classify: the live formula column, beside "values only".
    await page.getByRole("tab", { name: "Classify" }).click();
    await page.getByRole("radio", { name: /^Live formula column/ }).check();
    await page.getByRole("button", { name: "Add live formula column" }).click();
    await page
      .getByText(/now has the columns Tier \(live\) and Tier next review \(live\)/)
      .waitFor();
    await shot("1-live-column");
    const schools = await inWorkbook<{ headers: string[] }>(page, "readTable", "Schools");
    expect(schools.headers.slice(-2)).toEqual(["Tier (live)", "Tier next review (live)"]);

    // Academy cards by proposed level: every level that has academies.
    await page.getByRole("tab", { name: "Academy cards" }).click();
    await page.getByRole("radio", { name: "By proposed level" }).check();
    const boxes = page.getByRole("group", { name: "Proposed levels" }).getByRole("checkbox");
    // Every level that has academies but the first: a real subset of the trust.
    const enabled = [];
    for (const box of await boxes.all()) if (await box.isEnabled()) enabled.push(box);
    for (const box of enabled.slice(1)) await box.check();
    const checkButton = page.getByRole("button", { name: /^Check \d+ cards?$/ });
    const cards = Number(/\d+/.exec((await checkButton.textContent()) ?? "")?.[0]);
    expect(cards).toBeGreaterThanOrEqual(6);
    await shot("2-cards-by-level");
    const before = await sheetNames(page);
    await checkButton.click();
    await page.getByRole("region", { name: "Check before generating" }).waitFor();
    await page.getByText(`${cards + 1} sheets will be created, 0 updated.`).waitFor();
    await shot("3-cards-confirm");

    // Generate, slowed to 400 ms a sheet; progress shows; cancel half-way.
    await setWriteDelay(page, 400);
    await page.getByRole("button", { name: `Generate ${cards + 1} sheets` }).click();
    const progress = page.getByTestId("task-progress");
    await progress.waitFor({ timeout: 250 });
    // Polled on a timer: the pane repaints the step each 400 ms, between animation frames.
    await page.waitForFunction(
      () =>
        /Sheet ([3-9]|1\d) of/.test(
          document.querySelector("[data-testid=task-progress]")?.textContent ?? ""
        ),
      undefined,
      { polling: 50, timeout: 10_000 }
    );
    await shot("4-cards-progress");
    await progress.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Cancelled", { exact: true }).waitFor();
    await setWriteDelay(page, 0);
    await shot("5-cards-cancelled");
    const completed = await listed(page, "Finished before the cancel");
    expect(completed.length).toBeGreaterThanOrEqual(2);
    expect(completed.length).toBeLessThan(cards);
    const after = await sheetNames(page);
    // What it held before, plus the cards completed: nothing else, no temporary sheets.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).sort()).toEqual([...completed].sort());
    const settings = await inWorkbook<{
      values: { cards: { cards: Record<string, { sheet: string }>; index?: unknown } };
    }>(page, "readSettings");
    const recorded = Object.values(settings.values.cards.cards).map((c) => c.sheet);
    expect(recorded.sort()).toEqual([...completed].sort());
    expect(settings.values.cards.index).toBeUndefined();

    // A person edits one of the finished cards.
    const edited = completed[0];
    await inWorkbook(
      page,
      "writeLayout",
      { name: edited, cells: [{ row: 0, col: 0, value: "A director's own notes" }] },
      { mode: "replace" }
    );

    // Then every academy: the edited card is kept unless chosen, the others updated or created.
    await page.getByRole("radio", { name: /^All academies/ }).check();
    await page.getByRole("button", { name: "Check 14 cards" }).click();
    const c = completed.length;
    await page
      .getByText(
        `${15 - c} sheets will be created, ${c - 1} updated; 1 edited sheet kept as it is.`
      )
      .waitFor();
    const replaceAll = page.getByRole("switch", { name: "Replace edited cards" });
    const replaceOne = page.getByRole("checkbox", { name: edited });
    await replaceAll.check();
    await expect(replaceOne.isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Generate 15 sheets" }).waitFor();
    await shot("6-cards-confirm-replace");
    await expect(replaceAll.isChecked()).resolves.toBe(true);
    await replaceOne.uncheck();
    await expect(replaceAll.isChecked()).resolves.toBe(false);
    await page.getByRole("button", { name: "Generate 14 sheets" }).click();
    await page.getByText("Cards written", { exact: true }).waitFor({ timeout: 20_000 });
    await shot("7-cards-written");
    const written = await listed(page, "Sheets written");
    expect(written).toHaveLength(14);
    expect(written).toContain("Cards");
    expect(await listed(page, "Kept as a person edited them")).toEqual([edited]);
    const kept = await inWorkbook<{ values: unknown[][] }>(page, "readUsedRange", edited);
    expect(kept.values).toEqual([["A director's own notes"]]);
    const withCards = await sheetNames(page);
    expect(withCards).toEqual(expect.arrayContaining([...before, ...written, edited]));
    expect(withCards).toHaveLength(before.length + 15);

    // Action plans: an academy and a template (by keyboard), then a second version.
    await page.getByRole("tab", { name: "Action plans" }).click();
    const academy = page.getByRole("combobox", { name: "Academy" });
    await academy.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("Enter");
    await academy.filter({ hasText: /\(\d+\)$/ }).waitFor();
    const template = page.getByRole("combobox", { name: "Template" });
    await template.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: "Academy Development Plan (ADP)" }).waitFor();
    // From the selected ISAP: Core Plan, then ADP.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await template.filter({ hasText: "Academy Development Plan (ADP)" }).waitFor();
    await shot("8-plan-chosen");
    await page.getByRole("button", { name: "Generate plan" }).click();
    const title = page.getByText(/^Plan written to sheet ADP \d+$/);
    await title.waitFor();
    const sheet = ((await title.textContent()) ?? "").replace("Plan written to sheet ", "");
    await shot("9-plan-written");
    await page.getByRole("button", { name: "Generate plan" }).click();
    await page.getByText(`Plan written to sheet ${sheet} v2`, { exact: true }).waitFor();
    await page.getByText(/this is a new version beside it/).waitFor();
    await shot("10-plan-version");
    expect(await sheetNames(page)).toEqual(expect.arrayContaining([sheet, `${sheet} v2`]));

    expect(await session.problems()).toEqual([]);
  }, 180_000);
});
