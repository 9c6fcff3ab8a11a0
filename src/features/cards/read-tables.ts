import type { TableRef } from "../../core/cards";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { WorkbookPort } from "../../port";
import { CARD_TABLE_NAMES, type CardTables, type LocatedTable } from "./card-sources";

/** The card tables the workbook has, read through the port (Schools is required). */
export async function readCardTablesFromPort(port: WorkbookPort): Promise<CardTables> {
  const description = await port.describe();
  const found: Partial<Record<(typeof CARD_TABLE_NAMES)[number], LocatedTable>> = {};
  for (const name of CARD_TABLE_NAMES) {
    const info = description.tables.find((t) => sameSheetName(t.name, name));
    if (!info) continue;
    const table = await port.readTable(info.name);
    const ref: TableRef = {
      name: table.name,
      sheet: table.sheet,
      headerRow: table.origin.row,
      firstCol: table.origin.col,
      headers: table.headers,
      rowCount: table.rowCount,
    };
    found[name] = { ref, grid: [[...table.headers], ...table.rows] };
  }
  if (!found.Schools) {
    throw new Error("The workbook has no Schools table: cards need one row per academy.");
  }
  return found as CardTables;
}
