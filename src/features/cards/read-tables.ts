import { CARD_TABLES, type CardTableKey } from "../../core/cards";
import { sameExcelName } from "../../core/layout/sheet-names";
import type { WorkbookDescription, WorkbookPort } from "../../port";
import type { CardTables, LocatedTable } from "./card-sources";
import { InputProblemsError } from "../input-problems";

/** The card tables the workbook has, read through the port in one round trip (Schools is required). */
export async function readCardTablesFromPort(
  port: WorkbookPort,
  description: WorkbookDescription
): Promise<CardTables> {
  const present = (Object.keys(CARD_TABLES) as CardTableKey[]).flatMap((key) => {
    const info = description.tables.find((t) => sameExcelName(t.name, CARD_TABLES[key].name));
    return info ? [{ key, info }] : [];
  });
  const read = await port.readTables(present.map(({ info }) => info.name));
  const found: Partial<Record<CardTableKey, LocatedTable>> = {};
  for (const [index, { key }] of present.entries()) {
    const table = read[index];
    found[key] = {
      ref: {
        name: table.name,
        sheet: table.sheet,
        headerRow: table.origin.row,
        firstCol: table.origin.col,
        headers: table.headers,
        rowCount: table.rowCount,
      },
      grid: [[...table.headers], ...table.rows],
    };
  }
  if (!found.schools) {
    throw new InputProblemsError("No cards were made.", [
      {
        code: "missing",
        message: "The workbook has no Schools table: cards need one row per academy.",
      },
    ]);
  }
  return found as CardTables;
}
