/**
 * Page-side harness for the risk meeting walk: the demo trust (its tables are put on
 * `DEMO_TABLES_GLOBAL` by the test), built and classified into an in-memory workbook with the
 * demo's three recorded meetings (MeetingHistory, Actions, Register, Register (projected) and
 * Meeting charts), as `npm run demo` writes them, offered to the pane through its test seam.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { buildDemoWorkbook, type DemoTables } from "../../../src/features/demo";
import { writeDemoMeetings } from "../../../src/features/demo/demo-meetings";
import { TEST_WORKBOOK_GLOBAL } from "../../../src/taskpane/shell/test-seam";
import { DEMO_TABLES_GLOBAL, HARNESS_READY_GLOBAL } from "../support/harness-globals";

const globals = globalThis as Record<string, unknown>;
const memory = new MemoryWorkbook("Kestrel Vale demo.xlsx");

async function fill(): Promise<void> {
  const tables = JSON.parse(String(globals[DEMO_TABLES_GLOBAL] ?? "{}")) as DemoTables;
  const { plan } = await buildDemoWorkbook(memory, tables);
  await writeDemoMeetings(memory, plan);
}

globals[TEST_WORKBOOK_GLOBAL] = memory;
globals[HARNESS_READY_GLOBAL] = fill();
