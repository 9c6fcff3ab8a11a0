/**
 * Page-side harness for the flows test: an in-memory workbook holding the real trust sample
 * (its CSV text is put on `TRUST_SAMPLE_CSV_GLOBAL` by the test before this runs) as table
 * Academies on sheet Data, plus a Notes sheet, offered to the pane through its test seam.
 */
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { parseCsv } from "../../../src/core/import/csv";
import { TEST_WORKBOOK_GLOBAL } from "../../../src/taskpane/shell/test-seam";
import { HARNESS_READY_GLOBAL, TRUST_SAMPLE_CSV_GLOBAL } from "../support/harness-globals";

const globals = globalThis as Record<string, unknown>;
const workbook = new MemoryWorkbook("Trust sample.xlsx");

async function fill(): Promise<void> {
  const parsed = parseCsv(String(globals[TRUST_SAMPLE_CSV_GLOBAL] ?? ""));
  if (!parsed.ok) throw new Error(parsed.message);
  const [headers = [], ...rows] = parsed.grid;
  await workbook.writeLayout(
    {
      name: "Data",
      cells: [],
      tables: [
        { name: "Academies", row: 0, col: 0, headers: headers.map((h) => String(h ?? "")), rows },
      ],
    },
    { mode: "create" }
  );
  await workbook.writeLayout(
    { name: "Notes", cells: [{ row: 0, col: 0, value: "Autumn term review" }] },
    { mode: "create" }
  );
}

globals[TEST_WORKBOOK_GLOBAL] = workbook;
globals[HARNESS_READY_GLOBAL] = fill();
