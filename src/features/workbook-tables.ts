import type { HalfTerm } from "../core/dates/half-terms";
import { halfTermOf, readCanonicalTable, termDatesTable } from "../core/import";
import { sameSheetName } from "../core/layout/sheet-names";
import type { CellGrid } from "../core/values/cell";
import type { TableData, WorkbookPort } from "../port";
import { InputProblemsError } from "./input-problems";

/** A table of the workbook by name (without case), header row first; undefined when absent. */
export async function tableGrid(port: WorkbookPort, name: string): Promise<CellGrid | undefined> {
  const info = (await port.describe()).tables.find((t) => sameSheetName(t.name, name));
  if (!info) return undefined;
  const table = await port.readTable(info.name);
  return [[...table.headers], ...table.rows];
}

/**
 * The trust's half terms from its TermDates table as read (classifySchools reads it beside the
 * schools, so the register, plans and cards get the same ones). A cell that cannot be read
 * stops, named, as in TRUST.NEXTREVIEW: a row left out would move a next review.
 */
export function termDatesOfTable(table: TableData): HalfTerm[] {
  const read = readCanonicalTable(termDatesTable, [[...table.headers], ...table.rows], {
    sheet: table.sheet,
    headerRow: table.origin.row + 1,
  });
  if (read.problems.length > 0)
    throw new InputProblemsError(
      `${table.sheet}: the TermDates table cannot be read:`,
      read.problems
    );
  return read.rows.map(({ value }) => halfTermOf(value));
}

/** The trust's half terms, read on their own (a join writing a plan); none without a TermDates table. */
export async function readTermDates(port: WorkbookPort): Promise<HalfTerm[]> {
  const info = (await port.describe()).tables.find((t) => sameSheetName(t.name, "TermDates"));
  return info ? termDatesOfTable(await port.readTable(info.name)) : [];
}
