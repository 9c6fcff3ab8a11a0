import { sameSheetName } from "../../core/layout/sheet-names";
import type { CellGrid } from "../../core/values/cell";
import type { TableData, UsedRange, WorkbookDescription, WorkbookPort } from "../../port";
import { InputProblemsError } from "../input-problems";
import type { SchoolsGrid } from "./classify-grid";

export type SourceChoice = { kind: "sheet"; name: string } | { kind: "table"; name: string };

export interface SchoolsSource extends SchoolsGrid {
  /** What was read, for messages and the output's About sheet: "table Schools on sheet Data". */
  description: string;
  /** The Excel table's name when the schools are in one. */
  table?: string;
}

function problem(sheet: string, message: string): InputProblemsError {
  return new InputProblemsError(message, [{ sheet, message }]);
}

/** A table as read, as the schools source. Pure. */
export function sourceOfTable(table: TableData): SchoolsSource {
  const grid: CellGrid = [[...table.headers], ...table.rows];
  return {
    sheet: table.sheet,
    headerRow: table.origin.row + 1,
    grid,
    description: `table ${table.name} on sheet ${table.sheet}`,
    table: table.name,
  };
}

/** A sheet's used range as read, as the schools source; a sheet without data rows stops. Pure. */
export function sourceOfSheet(name: string, used: UsedRange): SchoolsSource {
  if (used.values.length < 2) {
    throw problem(used.sheet, `sheet ${name} has no rows below a header row`);
  }
  return {
    sheet: used.sheet,
    headerRow: used.origin.row + 1,
    grid: used.values,
    description: `sheet ${used.sheet}`,
  };
}

/**
 * Where the schools are: the table or sheet asked for, else the workbook's only table, else a
 * table or sheet called Schools, else its only visible sheet. Anything else is ambiguous and
 * stops with the tables and sheets the person can choose from. Pure.
 */
export function locateSchoolsSource(
  workbook: WorkbookDescription,
  choice?: SourceChoice
): SourceChoice {
  if (choice) return choice;
  const named = (name: string) => sameSheetName(name, "Schools");
  const tables = workbook.tables;
  if (tables.length === 1) return { kind: "table", name: tables[0].name };
  const schoolsTable = tables.find((table) => named(table.name));
  if (schoolsTable) return { kind: "table", name: schoolsTable.name };
  const visible = workbook.sheets.filter((sheet) => sheet.visibility === "visible");
  const schoolsSheet = visible.find((sheet) => named(sheet.name));
  if (schoolsSheet) return { kind: "sheet", name: schoolsSheet.name };
  if (visible.length === 1) return { kind: "sheet", name: visible[0].name };
  const options = [
    ...tables.map((table) => `--table "${table.name}"`),
    ...visible.map((sheet) => `--sheet "${sheet.name}"`),
  ];
  throw problem(
    workbook.name,
    `${workbook.name} has several tables or sheets and none is called Schools; choose one: ${options.join(", ")}`
  );
}

/** The schools table to classify or connect (see `locateSchoolsSource`), read on its own. */
export async function readSchoolsSource(
  port: WorkbookPort,
  choice?: SourceChoice
): Promise<SchoolsSource> {
  const located = choice ?? locateSchoolsSource(await port.describe());
  if (located.kind === "table") return sourceOfTable(await port.readTable(located.name));
  return sourceOfSheet(located.name, await port.readUsedRange(located.name));
}
