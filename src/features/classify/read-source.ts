import { sameSheetName } from "../../core/layout/sheet-names";
import type { CellGrid } from "../../core/values/cell";
import type { WorkbookPort } from "../../port";
import { InputProblemsError } from "../input-problems";
import type { SchoolsGrid } from "./classify-grid";

export type SourceChoice = { kind: "sheet"; name: string } | { kind: "table"; name: string };

export interface SchoolsSource extends SchoolsGrid {
  /** What was read, for messages and the output's About sheet: "table Schools on sheet Data". */
  description: string;
}

function problem(sheet: string, message: string): InputProblemsError {
  return new InputProblemsError(message, [{ sheet, message }]);
}

async function fromTable(port: WorkbookPort, name: string): Promise<SchoolsSource> {
  const table = await port.readTable(name);
  const grid: CellGrid = [[...table.headers], ...table.rows];
  return {
    sheet: table.sheet,
    headerRow: table.origin.row + 1,
    grid,
    description: `table ${table.name} on sheet ${table.sheet}`,
  };
}

async function fromSheet(port: WorkbookPort, name: string): Promise<SchoolsSource> {
  const used = await port.readUsedRange(name);
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
 * The schools table to classify: the one asked for, else the workbook's only table, else a
 * table or sheet called Schools, else its only visible sheet. Anything else is ambiguous and
 * stops with the tables and sheets the person can choose from.
 */
export async function readSchoolsSource(
  port: WorkbookPort,
  choice?: SourceChoice
): Promise<SchoolsSource> {
  if (choice?.kind === "table") return fromTable(port, choice.name);
  if (choice?.kind === "sheet") return fromSheet(port, choice.name);
  const workbook = await port.describe();
  const named = (name: string) => sameSheetName(name, "Schools");
  const tables = workbook.tables;
  if (tables.length === 1) return fromTable(port, tables[0].name);
  const schoolsTable = tables.find((table) => named(table.name));
  if (schoolsTable) return fromTable(port, schoolsTable.name);
  const visible = workbook.sheets.filter((sheet) => sheet.visibility === "visible");
  const schoolsSheet = visible.find((sheet) => named(sheet.name));
  if (schoolsSheet) return fromSheet(port, schoolsSheet.name);
  if (visible.length === 1) return fromSheet(port, visible[0].name);
  const options = [
    ...tables.map((table) => `--table "${table.name}"`),
    ...visible.map((sheet) => `--sheet "${sheet.name}"`),
  ];
  throw problem(
    workbook.name,
    `${workbook.name} has several tables or sheets and none is called Schools; choose one: ${options.join(", ")}`
  );
}
