import type { CellGrid } from "../../src/core/values/cell";
import { demoTables } from "../features/demo-fixtures";
import { SCHOOLS_GRID_GLOBAL } from "./support/harness-globals";
import { paneSuite } from "./support/pane-suite";
import { checkpoint, DATA_THEME, inWorkbook, THEMES } from "./support/walk";

/** The demo trust's schools, two of them with a QA visit written in the trust's own words. */
function schoolsWithOwnWords(): CellGrid {
  const [headers, ...rows] = demoTables().Schools;
  const qa = headers.map(String).indexOf("QA visits");
  rows[1][qa] = "Mostly fine";
  rows[2][qa] = "mostly  fine";
  return [headers, ...rows];
}

const suite = paneSuite("test/browser/harness/schools-workbook.ts", () => ({
  [SCHOOLS_GRID_GLOBAL]: JSON.stringify(schoolsWithOwnWords()),
}));

interface Table {
  headers: string[];
  rows: unknown[][];
}

describe.each(THEMES)("Connect: a trust's own word (%s theme)", (theme, options) => {
  it("asks once which level an unread value means, stores it as an alias and reads it from then on", async () => {
    const session = await suite.open(options);
    const { page } = session;
    const shot = (step: string) => checkpoint(page, "own-words", theme, step);
    await page.locator(`[data-theme='${DATA_THEME[theme]}']`).first().waitFor();

    // Connect, with the framework whose QA visits scale the value does not match.
    await page
      .getByRole("combobox", { name: "Schools table" })
      .filter({ hasText: "Table Schools" })
      .waitFor();
    await page.getByRole("combobox", { name: "Framework", exact: true }).click();
    await page.getByRole("option", { name: "Symphony category (built-in)" }).click();
    await page.getByRole("listbox").waitFor({ state: "hidden" });
    await page.getByText("2 values will not be read", { exact: true }).waitFor();
    const question = page.getByRole("combobox", {
      name: "QA visits: 'Mostly fine' (2 cells) means level…",
    });
    await question.waitFor();
    await shot("1-own-word-asked");

    // By keyboard: open the drop-down, move down to Category 2 (Fluent marks the active option), choose it.
    await question.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor();
    await page.keyboard.press("ArrowDown");
    await page
      .getByRole("option", { name: "Category 2", exact: true })
      .and(page.locator("[data-activedescendant-focusvisible]"))
      .waitFor();
    await shot("2-levels-listed");
    await page.keyboard.press("Enter");
    await page
      .getByText(/^'Mostly fine' now means Category 2: the alias is stored in Framework_category/)
      .waitFor();
    await question.waitFor({ state: "detached" });
    await expect(page.getByText("2 values will not be read").count()).resolves.toBe(0);
    await page
      .getByRole("combobox", { name: "Framework", exact: true })
      .filter({ hasText: "Framework_category (this workbook)" })
      .waitFor();
    await shot("3-alias-stored");

    // The alias is one row of the workbook's copy of the framework.
    const framework = await inWorkbook<Table>(page, "readTable", "Framework_category");
    const aliasRows = framework.rows.filter((row) => row.includes("Mostly fine"));
    expect(aliasRows).toHaveLength(1);
    expect(await session.problems()).toEqual([]);
  }, 120_000);
});
