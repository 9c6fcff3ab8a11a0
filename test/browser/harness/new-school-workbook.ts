/**
 * Page-side harness for the New school walk: a trust's in-memory workbook with a Targets table
 * (the trust's target for the school being baselined, of 2022/23) and nothing else, offered to
 * the pane through its test seam. Each `describe` waits `DESCRIBE_DELAY_GLOBAL` ms first, as
 * Excel takes a moment to answer, so the walk can cancel a baseline before it writes.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { tableSheetLayout } from "../../../src/core/layout/table-sheet";
import type { WorkbookPort } from "../../../src/port";
import { TEST_WORKBOOK_GLOBAL } from "../../../src/taskpane/shell/test-seam";
import { DESCRIBE_DELAY_GLOBAL, HARNESS_READY_GLOBAL } from "../support/harness-globals";

const globals = globalThis as Record<string, unknown>;
const memory = new MemoryWorkbook("Transform Trust.xlsx");

const pause = () =>
  new Promise<void>((resolve) => setTimeout(resolve, Number(globals[DESCRIBE_DELAY_GLOBAL] ?? 0)));

const slow: WorkbookPort = {
  describe: async () => (await pause(), memory.describe()),
  readTable: (name) => memory.readTable(name),
  readTables: (names) => memory.readTables(names),
  readUsedRange: (sheet) => memory.readUsedRange(sheet),
  readSheetContent: (sheet) => memory.readSheetContent(sheet),
  readSheetContents: (sheets) => memory.readSheetContents(sheets),
  writeSheets: (run, options) => memory.writeSheets(run, options),
  writeLayout: (layout, options) => memory.writeLayout(layout, options),
  deleteSheet: (name) => memory.deleteSheet(name),
  appendRows: (table, rows, options) => memory.appendRows(table, rows, options),
  setTableColumn: (table, column) => memory.setTableColumn(table, column),
  readSettings: () => memory.readSettings(),
  writeSettings: (changes) => memory.writeSettings(changes),
};

async function fill(): Promise<void> {
  await memory.writeLayout(
    tableSheetLayout({
      name: "Targets",
      grid: [
        ["URN", "Measure code", "Academic year", "Target"],
        [138776, "ks2-rwm-expected", "2022/23", 65],
      ],
      dateColumns: [],
    }),
    { mode: "create" }
  );
}

globals[TEST_WORKBOOK_GLOBAL] = slow;
globals[HARNESS_READY_GLOBAL] = fill();
