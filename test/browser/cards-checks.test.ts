import { demoTables } from "../features/demo-fixtures";
import { DEMO_TABLES_GLOBAL } from "./support/harness-globals";
import { paneSuite } from "./support/pane-suite";
import { checkpoint, THEMES } from "./support/walk";

/** The demo trust with one academic year written "2024-25": its figure would show blank. */
function tablesWithOddYear() {
  const tables = demoTables();
  const at = tables.Measures.findIndex((r) => r[0] === "900101" && r[2] === "2024/25");
  tables.Measures[at][2] = "2024-25";
  // As formatProblem places a cell: address, then its column and row.
  return { tables, cell: `Measures!C${at + 1} (column C 'Academic year', row ${at + 1})` };
}

const { tables, cell } = tablesWithOddYear();
const suite = paneSuite("test/browser/harness/demo-workbook.ts", () => ({
  [DEMO_TABLES_GLOBAL]: JSON.stringify(tables),
}));

describe("academy cards: data the cards could not show", () => {
  it("names each year cell written in another form before anything is written", async () => {
    const [theme, options] = THEMES[0];
    const { page, problems } = await suite.open(options);
    await page.getByRole("tab", { name: "Academy cards" }).click();
    await page.getByRole("button", { name: /^Check \d+ cards?$/ }).click();
    await page.getByText("Figures the cards would show blank").waitFor();
    await page
      .getByText(`${cell}: academic year "2024-25" reads as 2024/25`, { exact: false })
      .waitFor();
    await checkpoint(page, "cards-checks", theme, "1-year-written-otherwise");
    expect(await problems()).toEqual([]);
  }, 120_000);
});
