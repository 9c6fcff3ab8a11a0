/**
 * Page-side harness for the own-words walk: an in-memory workbook holding one schools table
 * (its grid is put on `SCHOOLS_GRID_GLOBAL` by the test) as table Schools on sheet Data, not
 * classified (a value the framework cannot read would stop the demo's build), offered to the
 * pane through its test seam.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { CellGrid } from "../../../src/core/values/cell";
import { TEST_WORKBOOK_GLOBAL } from "../../../src/taskpane/shell/test-seam";
import { HARNESS_READY_GLOBAL, SCHOOLS_GRID_GLOBAL } from "../support/harness-globals";

const globals = globalThis as Record<string, unknown>;
const workbook = new MemoryWorkbook("Kestrel Vale schools.xlsx");

async function fill(): Promise<void> {
  const [headers = [], ...rows] = JSON.parse(
    String(globals[SCHOOLS_GRID_GLOBAL] ?? "[]")
  ) as CellGrid;
  await workbook.writeLayout(
    {
      name: "Data",
      cells: [],
      tables: [
        { name: "Schools", row: 0, col: 0, headers: headers.map((h) => String(h ?? "")), rows },
      ],
    },
    { mode: "create" }
  );
}

globals[TEST_WORKBOOK_GLOBAL] = workbook;
globals[HARNESS_READY_GLOBAL] = fill();
