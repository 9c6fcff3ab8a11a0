import type { TableRef } from "../../core/cards";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { WorkbookDescription, WorkbookPort } from "../../port";
import { CARD_TABLE_NAMES, type CardTables, type LocatedTable } from "./card-sources";
import { InputProblemsError } from "../input-problems";

/** The card tables the workbook has, read through the port (Schools is required). */
export async function readCardTablesFromPort(
  port: WorkbookPort,
  description: WorkbookDescription
): Promise<CardTables> {
  const found: Partial<Record<(typeof CARD_TABLE_NAMES)[number], LocatedTable>> = {};
  const present = CARD_TABLE_NAMES.flatMap((name) => {
    const info = description.tables.find((t) => sameSheetName(t.name, name));
    return info ? [{ name, info }] : [];
  });
  const read = await port.readTables(present.map(({ info }) => info.name));
  for (const [index, { name }] of present.entries()) {
    const table = read[index];
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
    throw new InputProblemsError("No cards were made.", [
      {
        code: "missing",
        message: "The workbook has no Schools table: cards need one row per academy.",
      },
    ]);
  }
  return found as CardTables;
}
