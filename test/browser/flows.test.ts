import { readFileSync } from "node:fs";
import { REAL_TRUST_SAMPLE_CSV } from "../fixtures/paths";
import { TRUST_SAMPLE_CSV_GLOBAL } from "./support/harness-globals";
import { paneSuite } from "./support/pane-suite";
import { checkpoint, DATA_THEME, inWorkbook, THEMES } from "./support/walk";

const suite = paneSuite("test/browser/harness/trust-workbook.ts", () => ({
  [TRUST_SAMPLE_CSV_GLOBAL]: readFileSync(REAL_TRUST_SAMPLE_CSV, "utf8"),
}));

describe.each(THEMES)("the task pane's flows (%s theme)", (theme, options) => {
  it("connects the real trust sample, classifies it and copies a framework", async () => {
    const session = await suite.open(options);
    const { page } = session;
    await page.locator(`[data-theme='${DATA_THEME[theme]}']`).first().waitFor();

    // Connect: the table is proposed, the Ofsted columns disagree.
    await page.getByRole("tab", { name: "Connect" }).waitFor();
    await page
      .getByRole("combobox", { name: "Schools table" })
      .filter({ hasText: "Table Academies" })
      .waitFor();
    const question = page.getByRole("radiogroup", { name: /Which column holds/ });
    await question.waitFor();
    // The sample has one criterion (Ofsted): choose the framework that can classify on it.
    // By keyboard: open the drop-down with Enter, choose with Enter.
    await page.getByRole("combobox", { name: "Framework", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: /High support/ }).focus();
    await page.getByRole("option", { name: /High support/ }).click();
    await page.getByRole("listbox").waitFor({ state: "hidden" });
    await page
      .getByRole("combobox", { name: "Framework", exact: true })
      .filter({ hasText: "High support" })
      .waitFor();
    await question.waitFor();
    await checkpoint(page, "flows", theme, "1-connect-proposed");

    // Fix one mapping: the LA name column is not used.
    const la = page.getByRole("combobox", { name: "Column D: LA (name)" });
    await la.click();
    await page.getByRole("option", { name: "Not used", exact: true }).click();
    await page
      .getByRole("combobox", { name: "Column D: LA (name)" })
      .filter({ hasText: "Not used" })
      .waitFor();
    await page.getByRole("listbox").waitFor({ state: "hidden" });
    await checkpoint(page, "flows", theme, "2-connect-corrected");

    // Resolve the rating disagreement in favour of OFSTEDRATING.
    // By keyboard, as a keyboard-only user answers it.
    await question.getByRole("radio", { name: /OFSTEDRATING/ }).focus();
    await page.keyboard.press("Space");
    await question.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Save mapping" }).click();
    await page.getByText(/^Saved the mapping of \d+ columns/).waitFor();
    await checkpoint(page, "flows", theme, "3-connect-saved");
    const settings = await inWorkbook<{
      values: Record<string, { columns: Record<string, string> }>;
    }>(page, "readSettings");
    const columns = settings.values.mapping.columns;
    expect(Object.values(columns)).toContain("OFSTEDRATING");
    expect(Object.values(columns)).not.toContain("rating");
    expect(Object.values(columns)).not.toContain("LA (name)");

    // Classify: values only, then the distribution; the results sheets exist.
    await page.getByRole("tab", { name: "Classify" }).click();
    await page.getByRole("button", { name: "Classify (values only)" }).click();
    const distribution = page.getByRole("region", { name: "Distribution of proposed levels" });
    await distribution.waitFor({ timeout: 20_000 });
    await expect(distribution.textContent()).resolves.toMatch(/support: [1-9]\d* schools?/);
    await checkpoint(page, "flows", theme, "4-classified");
    const afterClassify = await inWorkbook<{ sheets: Array<{ name: string }> }>(page, "describe");
    expect(afterClassify.sheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["Data", "Summary", "Schools", "Mapping"])
    );

    // Frameworks: view one, copy it into the workbook.
    await page.getByRole("tab", { name: "Frameworks" }).click();
    await page.getByRole("heading", { name: "Levels" }).waitFor();
    await checkpoint(page, "flows", theme, "5-framework-viewed");
    await page.getByRole("button", { name: /^Copy into workbook as Framework_/ }).click();
    await page.getByText(/^Created sheet Framework_/).waitFor();
    await checkpoint(page, "flows", theme, "6-framework-copied");
    const afterCopy = await inWorkbook<{ sheets: Array<{ name: string }> }>(page, "describe");
    expect(
      afterCopy.sheets.map((sheet) => sheet.name).some((name) => /^Framework_/.test(name))
    ).toBe(true);

    // Copying again asks before replacing a copy the trust may have edited; keep it.
    await page.getByRole("button", { name: /^Copy into workbook as Framework_/ }).click();
    await page.getByText(/already has a sheet Framework_.*may hold your trust's edits/).waitFor();
    await checkpoint(page, "flows", theme, "7-framework-exists");
    await page.getByRole("button", { name: "Keep it" }).click();

    // Switch Connect and Classify to the workbook's own framework.
    await page.getByRole("button", { name: /^Use Framework_\w+ in Connect and Classify$/ }).click();
    await page.getByText("(used by Connect and Classify)").waitFor();
    await page.getByRole("tab", { name: "Classify" }).click();
    await page
      .getByText(/Framework_\w+ \(this workbook\)/)
      .first()
      .waitFor();
    await checkpoint(page, "flows", theme, "8-workbook-framework-in-use");

    expect(await session.problems()).toEqual([]);
  }, 120_000);
});
