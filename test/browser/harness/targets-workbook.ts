/**
 * Page-side harness for the Set targets walk: the demo trust (tables on `DEMO_TABLES_GLOBAL`)
 * as `npm run demo` builds it, then as an October import leaves it: the latest KS2 figures
 * provisional with their cohorts, and one target for next year a person has already typed.
 * Each sheet the pane writes waits `WRITE_DELAY_GLOBAL` ms first, so the walk can cancel.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { CellValue } from "../../../src/core/values/cell";
import { buildDemoWorkbook, type DemoTables } from "../../../src/features/demo";
import type { WorkbookPort } from "../../../src/port";
import { TEST_WORKBOOK_GLOBAL } from "../../../src/taskpane/shell/test-seam";
import {
  DEMO_TABLES_GLOBAL,
  HARNESS_READY_GLOBAL,
  WRITE_DELAY_GLOBAL,
} from "../support/harness-globals";
import { PROVISIONAL_YEAR, TYPED } from "./targets-data";

const globals = globalThis as Record<string, unknown>;
const memory = new MemoryWorkbook("Kestrel Vale targets.xlsx");

const pause = () =>
  new Promise<void>((resolve) => setTimeout(resolve, Number(globals[WRITE_DELAY_GLOBAL] ?? 0)));

const slow: WorkbookPort = {
  describe: () => memory.describe(),
  readTable: (name) => memory.readTable(name),
  readTables: (names) => memory.readTables(names),
  readUsedRange: (sheet) => memory.readUsedRange(sheet),
  readSheetContent: (sheet) => memory.readSheetContent(sheet),
  readSheetContents: (sheets) => memory.readSheetContents(sheets),
  async writeSheets(run, options) {
    for (let i = 0; i < run.sheets.length; i++) await pause();
    return memory.writeSheets(run, options);
  },
  async writeLayout(layout, options) {
    await pause();
    return memory.writeLayout(layout, options);
  },
  deleteSheet: (name) => memory.deleteSheet(name),
  appendRows: (table, rows, options) => memory.appendRows(table, rows, options),
  setTableColumn: (table, column) => memory.setTableColumn(table, column),
  setCells: (sheet, cells) => memory.setCells(sheet, cells),
  readSettings: () => memory.readSettings(),
  writeSettings: (changes) => memory.writeSettings(changes),
};

async function fill(): Promise<void> {
  const tables = JSON.parse(String(globals[DEMO_TABLES_GLOBAL] ?? "{}")) as DemoTables;
  await buildDemoWorkbook(memory, tables);
  const measures = await memory.readTable("Measures");
  const at = (h: string) => measures.headers.indexOf(h);
  const ks2Latest = (row: readonly CellValue[]) =>
    String(row[at("Measure code")]).startsWith("ks2-") &&
    row[at("Academic year")] === PROVISIONAL_YEAR;
  await memory.setTableColumn("Measures", {
    header: "Cohort",
    values: measures.rows.map((row) =>
      String(row[at("Measure code")]).startsWith("ks2-") ? 30 : null
    ),
  });
  await memory.setTableColumn("Measures", {
    header: "Status",
    values: measures.rows.map((row) => (ks2Latest(row) ? "provisional" : "final")),
  });
  await memory.appendRows("Targets", [[TYPED.urn, TYPED.measure, TYPED.year, TYPED.target]]);
}

globals[TEST_WORKBOOK_GLOBAL] = slow;
globals[HARNESS_READY_GLOBAL] = fill();
