import type { Page } from "playwright-core";
import { demoTables } from "../features/demo-fixtures";
import { DEMO_TABLES_GLOBAL } from "./support/harness-globals";
import { paneSuite } from "./support/pane-suite";
import { checkpoint, DATA_THEME, inWorkbook, THEMES } from "./support/walk";

const suite = paneSuite("test/browser/harness/meeting-workbook.ts", () => ({
  [DEMO_TABLES_GLOBAL]: JSON.stringify(demoTables()),
}));
const MEETING = "2026-11-04";

interface Table {
  headers: string[];
  rows: unknown[][];
}

const readTable = (page: Page, name: string) => inWorkbook<Table>(page, "readTable", name);

/** Opens a labelled drop-down and clicks the option whose name matches. */
async function choose(page: Page, combobox: string, option: string | RegExp): Promise<string> {
  await page.getByRole("combobox", { name: combobox, exact: true }).click();
  const item = page.getByRole("option", { name: option }).first();
  const text = (await item.textContent()) ?? "";
  await item.click();
  await page.getByRole("listbox").waitFor({ state: "hidden" });
  return text;
}

describe.each(THEMES)("the risk meeting (%s theme)", (theme, options) => {
  it("opens the register, refuses an override without a reason, reviews an action and records", async () => {
    const session = await suite.open(options);
    const { page } = session;
    const shot = (step: string) => checkpoint(page, "meeting", theme, step);
    await page.locator(`[data-theme='${DATA_THEME[theme]}']`).first().waitFor();

    // The framework (shared with Classify) and the meeting date.
    await page.getByRole("tab", { name: "Risk meeting" }).click();
    await choose(page, "Framework", "Symphony category (built-in)");
    const date = page.getByLabel("Meeting date");
    await expect(date.inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await date.fill(MEETING);
    await shot("1-framework-and-date");

    // Open the register: the three generated sheets are written; the history is only read.
    const history = await readTable(page, "MeetingHistory");
    const actions = await readTable(page, "Actions");
    await page.getByRole("button", { name: "Open the register" }).click();
    await page.getByText(`Register for ${MEETING}`, { exact: true }).waitFor();
    const summary = await page.getByText(/^\d+ schools under Symphony category;/).textContent();
    const schools = Number(/^(\d+) schools under/.exec(summary ?? "")?.[1]);
    expect(schools).toBeGreaterThan(5);
    expect(
      await page
        .getByRole("region", { name: "Sheets written" })
        .getByRole("listitem")
        .allTextContents()
    ).toEqual(["Register", "Register (projected)", "Meeting charts"]);
    expect((await readTable(page, "MeetingHistory")).rows).toEqual(history.rows);
    await shot("2-register-open");

    // Override one school with no reason: refused, naming the school and the field.
    const school = await choose(page, "School", /: Category [123]$/);
    const [, name, urn, computed] = /^(.*) \((\d+)\): (Category \d)$/.exec(school)!;
    await choose(page, "Agreed level", "Category 4");
    await page.getByLabel("Agreed by").fill("Harriet Oyelaran");
    await page.getByRole("button", { name: "Add decision" }).click();
    const refusal = `${name} (URN ${urn}): Reason: blank; agreeing Category 4 instead of the computed ${computed} needs a reason`;
    await page.getByText("The decision was not added", { exact: true }).waitFor();
    await page.getByRole("listitem").filter({ hasText: refusal }).waitFor();
    await shot("3-override-refused");

    // With a reason it is accepted.
    const reason = "Safeguarding concerns raised by the local authority in October";
    await page.getByLabel("Reason").fill(reason);
    await page.getByRole("button", { name: "Add decision" }).click();
    const decided = page.getByRole("region", { name: "Decisions to record" });
    await decided
      .getByText(`${name}: Category 4, agreed by Harriet Oyelaran. Reason: ${reason}`)
      .waitFor();
    await shot("4-override-added");

    // Last meeting's actions: owners and due dates; carry one forward.
    const open = page.getByRole("list", { name: "Open actions" }).getByRole("listitem");
    const openTexts = await open.allTextContents();
    expect(openTexts.length).toBeGreaterThanOrEqual(1);
    for (const text of openTexts) expect(text).toMatch(/\(owner [^,]+, due \d{4}-\d{2}-\d{2}/);
    await choose(page, "Action to review", /owner/);
    await page.getByLabel("Progress and impact").fill("Referral log complete; audit booked");
    await page.getByRole("radio", { name: "Carried forward to a new due date" }).check();
    await page.getByLabel("New due date", { exact: true }).fill("2026-12-16");
    await page.getByRole("button", { name: "Add review" }).click();
    await page
      .getByRole("region", { name: "Reviews to record" })
      .getByText(/carried forward, due 2026-12-16/)
      .waitFor();
    await shot("5-action-review");

    // Record: one row per school appended; earlier rows unchanged; the review appended.
    await page.getByRole("button", { name: "Record meeting" }).click();
    await page.getByText("Meeting recorded", { exact: true }).waitFor();
    await page
      .getByText(
        `${schools} rows appended to MeetingHistory (${schools} new, 0 corrected, 0 unchanged) and 2 rows to Actions.`,
        { exact: false }
      )
      .waitFor();
    await shot("6-recorded");
    const after = await readTable(page, "MeetingHistory");
    expect(after.rows).toHaveLength(history.rows.length + schools);
    expect(after.rows.slice(0, history.rows.length)).toEqual(history.rows);
    const column = (header: string) => after.headers.indexOf(header);
    const override = after.rows
      .slice(history.rows.length)
      .find((row) => String(row[column("URN")]) === urn)!;
    expect(override[column("Agreed")]).toBe("Category 4");
    expect(override[column("Computed")]).toBe(computed);
    expect(override[column("Reason")]).toBe(reason);
    expect(override[column("Agreed by")]).toBe("Harriet Oyelaran");
    const actionsAfter = await readTable(page, "Actions");
    expect(actionsAfter.rows.slice(0, actions.rows.length)).toEqual(actions.rows);
    expect(actionsAfter.rows).toHaveLength(actions.rows.length + 2);

    expect(await session.problems()).toEqual([]);
  }, 180_000);
});
