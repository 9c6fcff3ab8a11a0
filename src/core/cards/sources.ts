import { columnLetter, sheetReference, structuredColumn } from "../layout/a1";

/**
 * Where a data table sits in the workbook, as the port describes it: the card's formulas point
 * at its columns. Positions are 0-based; data rows follow the header row.
 */
export interface TableRef {
  /** The Excel table's name: formulas then use structured references, which grow with it. */
  readonly name?: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly headers: readonly string[];
  /** Data rows below the header. */
  readonly rowCount: number;
}

/** The canonical tables a card reads; a missing table leaves its sections out. */
export interface CardSources {
  readonly schools: TableRef;
  readonly measures?: TableRef;
  readonly targets?: TableRef;
  readonly national?: TableRef;
  readonly inspections?: TableRef;
  readonly healthChecks?: TableRef;
  readonly curriculumTiers?: TableRef;
  /** MeetingHistory (URN, Framework, Agreed): the agreed level wins over the proposed one. */
  readonly meetingHistory?: TableRef;
}

/** A column of a table, found by any of its header names (compared without case or spaces). */
export interface ColumnRef {
  readonly table: TableRef;
  /** 0-based sheet column. */
  readonly col: number;
}

const norm = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, " ");

export function findColumn(
  table: TableRef | undefined,
  ...names: readonly string[]
): ColumnRef | undefined {
  if (!table) return undefined;
  const wanted = names.map(norm);
  const index = table.headers.findIndex((header) => wanted.includes(norm(header)));
  return index < 0 ? undefined : { table, col: table.firstCol + index };
}

/**
 * The column's data cells: `Measures[Value]` for an Excel table, so rows added later are read
 * without regenerating; else absolute, 'Measures'!$D$2:$D$843 (one row when empty).
 */
export function dataRange(column: ColumnRef): string {
  const { table } = column;
  if (table.name) {
    return structuredColumn(table.name, table.headers[column.col - table.firstCol]);
  }
  const letter = columnLetter(column.col);
  const first = table.headerRow + 2;
  const last = table.headerRow + 1 + Math.max(1, table.rowCount);
  return `${sheetReference(table.sheet)}!$${letter}$${first}:$${letter}$${last}`;
}

/** The whole column, for INDEX by sheet row (ROW() of a data cell): 'Measures'!$D:$D. */
export function wholeColumn(column: ColumnRef): string {
  const letter = columnLetter(column.col);
  return `${sheetReference(column.table.sheet)}!$${letter}:$${letter}`;
}
