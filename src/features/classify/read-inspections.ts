import { readInspections } from "../../core/import/tables/inspections";
import type { InspectionRecord } from "../../core/inspections/types";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { WorkbookPort } from "../../port";
import { InputProblemsError } from "../input-problems";

/**
 * Inspection histories by URN from the workbook's Inspections table or sheet, when it has
 * one; undefined when it has none. A present but unreadable table stops the run.
 */
export async function readInspectionHistories(
  port: WorkbookPort
): Promise<Map<number, InspectionRecord[]> | undefined> {
  const workbook = await port.describe();
  const table = workbook.tables.find((candidate) => sameSheetName(candidate.name, "Inspections"));
  const sheet = workbook.sheets.find((candidate) => sameSheetName(candidate.name, "Inspections"));
  let grid;
  let sheetName: string;
  let headerRow: number;
  if (table) {
    const data = await port.readTable(table.name);
    grid = [[...data.headers], ...data.rows];
    sheetName = data.sheet;
    headerRow = data.origin.row + 1;
  } else if (sheet) {
    const used = await port.readUsedRange(sheet.name);
    grid = used.values;
    sheetName = used.sheet;
    headerRow = used.origin.row + 1;
  } else return undefined;
  const read = readInspections(grid, { sheet: sheetName, headerRow });
  if (read.problems.length > 0) {
    throw new InputProblemsError(
      `${sheetName}: the Inspections table cannot be read:`,
      read.problems
    );
  }
  const byUrn = new Map<number, InspectionRecord[]>();
  for (const { value } of read.rows)
    byUrn.set(value.urn, [...(byUrn.get(value.urn) ?? []), value.record]);
  return byUrn;
}
