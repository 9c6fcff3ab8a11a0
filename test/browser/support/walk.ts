import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { TEST_WORKBOOK_GLOBAL } from "../../../src/taskpane/shell/test-seam";
import { seriousAxeViolations } from "./axe";
import { EXCEL_ON_THE_WEB } from "./office-stub";
import type { PaneSessionOptions } from "./pane-session";

export const SCREENSHOTS = resolve(__dirname, "..", "..", "..", "test-results", "browser");

/** Light, dark (Office's black theme) and a Windows contrast theme. */
export const THEMES: Array<[string, Omit<PaneSessionOptions, "harness">]> = [
  ["light", { office: EXCEL_ON_THE_WEB }],
  ["dark", { office: { ...EXCEL_ON_THE_WEB, bodyBackgroundColor: "#262626" } }],
  ["high-contrast", { office: EXCEL_ON_THE_WEB, forcedColors: true }],
];

export const DATA_THEME: Readonly<Record<string, string>> = {
  light: "light",
  dark: "dark",
  "high-contrast": "highContrast",
};

/** Screenshot (test-results/browser/<walk>-<theme>-<step>.png) and axe at one step. */
export async function checkpoint(
  page: Page,
  walk: string,
  theme: string,
  step: string
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `${walk}-${theme}-${step}.png`),
    fullPage: true,
    animations: "disabled",
  });
  expect({ step, theme, violations: await seriousAxeViolations(page) }).toEqual({
    step,
    theme,
    violations: [],
  });
}

/** Calls a WorkbookPort method, with arguments, on the workbook the pane is attached to. */
export function inWorkbook<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([global, name, values]) =>
      (
        globalThis as unknown as Record<
          string,
          Record<string, (...a: unknown[]) => Promise<unknown>>
        >
      )[global][name](...values) as Promise<never>,
    [TEST_WORKBOOK_GLOBAL, method, args] as const
  );
}
