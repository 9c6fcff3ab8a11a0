import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(
  resolve(__dirname, "..", "..", "..", "node_modules", "axe-core", "axe.min.js"),
  "utf8"
);

/**
 * Runs axe-core on the page and returns its serious and critical violations as text. axe is
 * evaluated through the DevTools protocol rather than a script tag, which the pane's
 * Content-Security-Policy rightly refuses.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    }
    // Tabster's focus sentinels (Fluent's focus management): aria-hidden by design, and
    // redirect focus the moment they receive it, so never focused for a screen reader.
    const results = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] });
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes
            .slice(0, 3)
            .map((node) => JSON.stringify(node.target))
            .join(", ")}`
      );
  });
}
