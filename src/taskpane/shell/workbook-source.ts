import { OfficeWorkbook } from "../../adapters/office";
import type { WorkbookPort } from "../../port";
import type { HostDescription } from "./host";
import { injectedTestWorkbook } from "./test-seam";

/** The workbook the pane works on: Excel's open workbook, or the browser tests' in-memory one. */
export function connectWorkbook(host: HostDescription): WorkbookPort | undefined {
  const injected = injectedTestWorkbook();
  if (injected) return injected;
  return host.isExcel ? OfficeWorkbook.inExcel() : undefined;
}
