/**
 * Page-side harness for the cards-and-plans walk: the demo trust (its tables are put on
 * `DEMO_TABLES_GLOBAL` by the test), built and classified into an in-memory workbook as
 * `npm run demo` builds it but without cards or plans, offered to the pane through its test
 * seam. Each sheet the pane writes waits `WRITE_DELAY_GLOBAL` ms first, as Excel takes a
 * moment per sheet, so the walk can cancel a write half-way.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { CellGrid } from "../../../src/core/values/cell";
import { buildDemoWorkbook, type DemoTables } from "../../../src/features/demo";
import type { SheetLayout } from "../../../src/core/layout/types";
import type {
  ProgressOptions,
  TableColumnWrite,
  WorkbookPort,
  WriteOptions,
  WriteRun,
} from "../../../src/port";
import { TEST_WORKBOOK_GLOBAL } from "../../../src/taskpane/shell/test-seam";
import {
  DEMO_TABLES_GLOBAL,
  HARNESS_READY_GLOBAL,
  WRITE_DELAY_GLOBAL,
} from "../support/harness-globals";

const globals = globalThis as Record<string, unknown>;
const memory = new MemoryWorkbook("Kestrel Vale demo.xlsx");

const pause = () =>
  new Promise<void>((resolve) => setTimeout(resolve, Number(globals[WRITE_DELAY_GLOBAL] ?? 0)));

/** The in-memory workbook, every sheet write slowed down; everything else passed through. */
const slow: WorkbookPort = {
  describe: () => memory.describe(),
  readTable: (name) => memory.readTable(name),
  readTables: (names) => memory.readTables(names),
  readUsedRange: (sheet) => memory.readUsedRange(sheet),
  readSheetContent: (sheet) => memory.readSheetContent(sheet),
  readSheetContents: (sheets) => memory.readSheetContents(sheets),
  async writeSheets(run: WriteRun, options?: ProgressOptions) {
    for (let i = 0; i < run.sheets.length; i++) await pause();
    return memory.writeSheets(run, options);
  },
  async writeLayout(layout: SheetLayout, options: WriteOptions) {
    await pause();
    return memory.writeLayout(layout, options);
  },
  deleteSheet: (name) => memory.deleteSheet(name),
  appendRows: (table, rows: CellGrid, options) => memory.appendRows(table, rows, options),
  setTableColumn: (table, column: TableColumnWrite) => memory.setTableColumn(table, column),
  setCells: (sheet, cells) => memory.setCells(sheet, cells),
  readSettings: () => memory.readSettings(),
  writeSettings: (changes) => memory.writeSettings(changes),
};

async function fill(): Promise<void> {
  const tables = JSON.parse(String(globals[DEMO_TABLES_GLOBAL] ?? "{}")) as DemoTables;
  await buildDemoWorkbook(memory, tables);
}

globals[TEST_WORKBOOK_GLOBAL] = slow;
globals[HARNESS_READY_GLOBAL] = fill();
