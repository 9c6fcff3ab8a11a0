import type { WorkbookPort } from "../../port";

/**
 * The browser tests' seam. Playwright puts an in-memory workbook on this global (with
 * `page.addInitScript`, before any of the page's scripts run) and the pane then reads that
 * workbook instead of Excel's. Nothing in the add-in sets it; in Excel it is always absent.
 */
export const TEST_WORKBOOK_GLOBAL = "__trustTierTestWorkbook__";

export function injectedTestWorkbook(): WorkbookPort | undefined {
  const candidate = (globalThis as Record<string, unknown>)[TEST_WORKBOOK_GLOBAL];
  const looksLikePort =
    typeof candidate === "object" &&
    candidate !== null &&
    typeof (candidate as Partial<WorkbookPort>).describe === "function";
  return looksLikePort ? (candidate as WorkbookPort) : undefined;
}
