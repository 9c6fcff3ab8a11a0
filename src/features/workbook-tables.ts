import type { HalfTerm } from "../core/dates/half-terms";
import { halfTermOf, readCanonicalTable, termDatesTable } from "../core/import";
import { sameSheetName } from "../core/layout/sheet-names";
import type { CellGrid } from "../core/values/cell";
import type { WorkbookPort } from "../port";

/** A table of the workbook by name (without case), header row first; undefined when absent. */
export async function tableGrid(port: WorkbookPort, name: string): Promise<CellGrid | undefined> {
  const info = (await port.describe()).tables.find((t) => sameSheetName(t.name, name));
  if (!info) return undefined;
  const table = await port.readTable(info.name);
  return [[...table.headers], ...table.rows];
}

/** The trust's half terms from a TermDates table; none (TrustTier's defaults) without one. */
export async function readTermDates(port: WorkbookPort): Promise<HalfTerm[]> {
  const grid = await tableGrid(port, "TermDates");
  if (!grid) return [];
  return readCanonicalTable(termDatesTable, grid).rows.map(({ value }) => halfTermOf(value));
}
