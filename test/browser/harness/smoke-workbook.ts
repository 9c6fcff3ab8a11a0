/**
 * Page-side harness for the smoke test, bundled by support/build-harness.ts and run before
 * the pane's scripts: an in-memory workbook with two visible sheets, one table and
 * TrustTier's very hidden settings sheet, offered to the pane through its test seam.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { TEST_WORKBOOK_GLOBAL } from "../../../src/taskpane/shell/test-seam";
import { HARNESS_READY_GLOBAL } from "../support/harness-globals";
import { SMOKE_SCHOOLS_HEADERS, SMOKE_SCHOOLS_ROWS, SMOKE_WORKBOOK_NAME } from "./smoke-data";

const workbook = new MemoryWorkbook(SMOKE_WORKBOOK_NAME);

async function fill(): Promise<void> {
  await workbook.writeLayout(
    {
      name: "Schools",
      cells: [],
      tables: [
        {
          name: "Schools",
          row: 0,
          col: 0,
          headers: SMOKE_SCHOOLS_HEADERS,
          rows: SMOKE_SCHOOLS_ROWS,
        },
      ],
    },
    { mode: "create" }
  );
  await workbook.writeLayout(
    { name: "Notes", cells: [{ row: 0, col: 0, value: "Autumn term review" }] },
    { mode: "create" }
  );
  await workbook.writeSettings({ framework: "tiers" });
}

const globals = globalThis as Record<string, unknown>;
globals[TEST_WORKBOOK_GLOBAL] = workbook;
globals[HARNESS_READY_GLOBAL] = fill();
