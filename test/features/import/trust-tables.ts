import { tableSheetLayout } from "../../../src/core/layout/table-sheet";
import type { SheetLayout } from "../../../src/core/layout/types";
import type { CellGrid } from "../../../src/core/values/cell";

export const TRUST_SCHOOLS: CellGrid = [
  ["URN", "School name", "Phase", "Ofsted"],
  [138776, "Zaytouna Primary School", "Primary", "Good"],
  [139217, "Sneinton St Stephen's CofE Primary School", "Primary", "Good"],
];

/** One attendance figure a person typed for Zaytouna. */
export const TYPED_MEASURES: CellGrid = [
  ["URN", "Measure code", "Academic year", "Value"],
  [138776, "attendance", "2018/19", 95.1],
];

/** A trust's own Schools and Measures tables, as a person typed them, before any import. */
export function trustTableLayouts(
  schools: CellGrid = TRUST_SCHOOLS,
  measures: CellGrid = TYPED_MEASURES
): SheetLayout[] {
  return [
    tableSheetLayout({ name: "Schools", grid: schools, dateColumns: [] }),
    tableSheetLayout({ name: "Measures", grid: measures, dateColumns: [] }),
  ];
}
