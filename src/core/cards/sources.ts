import { columnLetter, sheetReference, structuredColumn } from "../layout/a1";
import { sameExcelName } from "../layout/sheet-names";
import { normaliseText } from "../values/text";

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

/** A column of a table where a card's formulas read it. */
export interface ColumnRef {
  readonly table: TableRef;
  /** 0-based sheet column. */
  readonly col: number;
}

function columnWhere(
  table: TableRef | undefined,
  matches: (header: string) => boolean
): ColumnRef | undefined {
  if (!table) return undefined;
  const index = table.headers.findIndex(matches);
  return index < 0 ? undefined : { table, col: table.firstCol + index };
}

/**
 * A column no table definition holds (an evidence column such as "Leadership", the AES
 * columns), found by any of the words a trust may head it with, compared as labels
 * (`normaliseText`). A definition's own columns are found by `cardColumn` (card-tables.ts).
 */
export function findColumn(
  table: TableRef | undefined,
  ...names: readonly string[]
): ColumnRef | undefined {
  const wanted = names.map(normaliseText);
  return columnWhere(table, (header) => wanted.includes(normaliseText(header)));
}

/** A column TrustTier headed itself ("Tier (proposed)"), found as Excel compares headers. */
export function columnHeaded(table: TableRef | undefined, header: string): ColumnRef | undefined {
  return columnWhere(table, (candidate) => sameExcelName(candidate, header));
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
