import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { SheetLayout } from "../../../src/core/layout/types";
import type { WorkbookPort } from "../../../src/port";
import { TEST_WORKBOOK_GLOBAL } from "../../../src/taskpane/shell/test-seam";
import { DESCRIBE_DELAY_GLOBAL, HARNESS_READY_GLOBAL } from "../support/harness-globals";

/**
 * Offers the pane an in-memory workbook holding `sheets`, through its test seam. Each `describe`
 * waits `DESCRIBE_DELAY_GLOBAL` ms first, as Excel takes a moment to answer, so a walk can
 * cancel while the workbook is read, before anything is written.
 */
export function offerSlowWorkbook(name: string, sheets: readonly SheetLayout[]): void {
  const globals = globalThis as Record<string, unknown>;
  const memory = new MemoryWorkbook(name);
  const pause = () =>
    new Promise<void>((resolve) =>
      setTimeout(resolve, Number(globals[DESCRIBE_DELAY_GLOBAL] ?? 0))
    );
  const slow: WorkbookPort = {
    describe: async () => (await pause(), memory.describe()),
    readTable: (table) => memory.readTable(table),
    readTables: (names) => memory.readTables(names),
    readUsedRange: (sheet) => memory.readUsedRange(sheet),
    readSheetContent: (sheet) => memory.readSheetContent(sheet),
    readSheetContents: (names) => memory.readSheetContents(names),
    writeSheets: (run, options) => memory.writeSheets(run, options),
    writeLayout: (layout, options) => memory.writeLayout(layout, options),
    deleteSheet: (sheet) => memory.deleteSheet(sheet),
    appendRows: (table, rows, options) => memory.appendRows(table, rows, options),
    setTableColumn: (table, column) => memory.setTableColumn(table, column),
    setCells: (sheet, cells) => memory.setCells(sheet, cells),
    readSettings: () => memory.readSettings(),
    writeSettings: (changes) => memory.writeSettings(changes),
  };
  const fill = async () => {
    for (const layout of sheets) await memory.writeLayout(layout, { mode: "create" });
  };
  globals[TEST_WORKBOOK_GLOBAL] = slow;
  globals[HARNESS_READY_GLOBAL] = fill();
}
