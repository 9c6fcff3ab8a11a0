/**
 * Page-side harness for the New school walk: a trust's workbook with a Targets table (the
 * trust's target for the school being baselined, of 2022/23) and nothing else; slow to
 * describe, so the walk can cancel a baseline before it writes.
 */
import { tableSheetLayout } from "../../../src/core/layout/table-sheet";
import { offerSlowWorkbook } from "./slow-workbook";

offerSlowWorkbook("Transform Trust.xlsx", [
  tableSheetLayout({
    name: "Targets",
    grid: [
      ["URN", "Measure code", "Academic year", "Target"],
      [138776, "ks2-rwm-expected", "2022/23", 65],
    ],
    dateColumns: [],
  }),
]);
