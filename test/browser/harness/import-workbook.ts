/**
 * Page-side harness for the Import data walk: a workbook with no data tables yet (only a Notes
 * sheet), as a trust starts before its first import; slow to describe, so the walk can cancel
 * an import while it reads the workbook, before it writes.
 */
import { offerSlowWorkbook } from "./slow-workbook";

offerSlowWorkbook("Transform Trust.xlsx", [
  { name: "Notes", cells: [{ row: 0, col: 0, value: "Trust data, autumn 2019" }] },
]);
