import * as z from "zod/mini";
import { isBlank } from "../values/blank";
import type { CellGrid, CellValue } from "../values/cell";
import { describeValue } from "../values/parsed";
import { normaliseText } from "../values/text";
import type { ImportProblem } from "./location";

export interface TableColumn {
  /** The row object's property. */
  key: string;
  /** The header the demo writes and messages name. */
  header: string;
  aliases?: readonly string[];
  /** The column must be present (its cells may still be blank if the row schema allows). */
  required: boolean;
}

export interface TableDefinition<Row> {
  name: string;
  columns: readonly TableColumn[];
  /** Validates one row's cells, keyed by column key, into a typed row. */
  row: z.core.$ZodType<Row>;
}

export interface ReadRow<Row> {
  /** Sheet row number (1-based). */
  row: number;
  value: Row;
  /** Cells of columns the definition does not name, by header. */
  extras: Record<string, CellValue>;
}

export interface TableRead<Row> {
  rows: Array<ReadRow<Row>>;
  problems: ImportProblem[];
  /** Columns the definition does not name (evidence columns, inspection areas). */
  extraColumns: Array<{ column: number; header: string }>;
}

export interface ReadTableOptions {
  /** The sheet name used in problems; the definition's name by default. */
  sheet?: string;
  /** The sheet row number of the grid's first (header) row; 1 by default. */
  headerRow?: number;
}

function headerText(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * Reads a canonical table from a grid whose first row is the header: finds each column by its
 * header or an alias, validates every row with the definition's zod schema, and names each
 * problem by sheet, column and row. Rows that are entirely blank are skipped.
 */
export function readCanonicalTable<Row>(
  definition: TableDefinition<Row>,
  grid: CellGrid,
  options: ReadTableOptions = {}
): TableRead<Row> {
  const sheet = options.sheet ?? definition.name;
  const headerRow = options.headerRow ?? 1;
  const headers = (grid[0] ?? []).map(headerText);
  const problems: ImportProblem[] = [];
  const keyOf = new Map<string, TableColumn>();
  for (const column of definition.columns) {
    for (const name of [column.header, column.key, ...(column.aliases ?? [])]) {
      keyOf.set(normaliseText(name), column);
    }
  }

  const columnOf = new Map<string, number>();
  const extraColumns: TableRead<Row>["extraColumns"] = [];
  headers.forEach((header, index) => {
    if (header === "") return;
    const column = keyOf.get(normaliseText(header));
    if (!column) {
      extraColumns.push({ column: index, header });
      return;
    }
    const earlier = columnOf.get(column.key);
    if (earlier !== undefined) {
      problems.push({
        sheet,
        column: index,
        header,
        row: headerRow,
        message: `${describeValue(header)} repeats the ${column.header} column (already column ${earlier + 1}); keep one`,
      });
      return;
    }
    columnOf.set(column.key, index);
  });
  for (const column of definition.columns) {
    if (column.required && !columnOf.has(column.key)) {
      problems.push({
        sheet,
        row: headerRow,
        message: `no ${describeValue(column.header)} column; the header row has: ${headers.filter((h) => h !== "").join(", ") || "nothing"}`,
      });
    }
  }
  if (problems.length > 0) return { rows: [], problems, extraColumns };

  const rows: Array<ReadRow<Row>> = [];
  grid.slice(1).forEach((cells, offset) => {
    if (cells.every((cell) => isBlank(cell))) return;
    const row = headerRow + 1 + offset;
    const record: Record<string, CellValue | undefined> = {};
    for (const column of definition.columns) {
      const index = columnOf.get(column.key);
      record[column.key] = index === undefined ? undefined : cells[index];
    }
    const result = z.safeParse(definition.row, record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? "");
        const index = columnOf.get(key);
        const column = definition.columns.find((candidate) => candidate.key === key);
        problems.push({
          sheet,
          row,
          ...(index !== undefined ? { column: index, header: headers[index] } : {}),
          ...(index !== undefined ? { value: cells[index] ?? null } : {}),
          message:
            index === undefined && column ? `${column.header}: ${issue.message}` : issue.message,
        });
      }
      return;
    }
    const extras: Record<string, CellValue> = {};
    for (const extra of extraColumns) extras[extra.header] = cells[extra.column] ?? null;
    rows.push({ row, value: result.data, extras });
  });
  return { rows, problems, extraColumns };
}
