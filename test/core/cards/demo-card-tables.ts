import { cardTableKey } from "../../../src/core/cards";
import type { SheetLayout } from "../../../src/core/layout/types";
import type { CardTables, LocatedTable } from "../../../src/features/cards";
import { planDemoWorkbook } from "../../../src/features/demo";
import { demoTables } from "../../features/demo-fixtures";

/** The demo workbook's data tables where the demo writes them (each at A1 of its sheet). */
export function demoCardTables(layouts?: readonly SheetLayout[]): CardTables {
  const found: Record<string, LocatedTable> = {};
  for (const layout of layouts ?? planDemoWorkbook(demoTables()).layouts) {
    const table = layout.tables?.[0];
    const key = table && cardTableKey(table.name);
    if (!table || !key) continue;
    found[key] = {
      ref: {
        name: table.name,
        sheet: layout.name,
        headerRow: table.row,
        firstCol: table.col,
        headers: table.headers,
        rowCount: table.rows.length,
      },
      grid: [[...table.headers], ...table.rows],
    };
  }
  return found as unknown as CardTables;
}
