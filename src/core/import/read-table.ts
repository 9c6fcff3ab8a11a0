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

/** The names a column answers to: its header, its key and its aliases. */
const namesOf = (column: TableColumn): string[] => [
  column.header,
  column.key,
  ...(column.aliases ?? []),
];

/**
 * The definition's column a header names, or undefined. Headers are a person's words, compared
 * as labels (`normaliseText`: "Inspection_Date" is "Inspection date"); where two columns share a
 * name, the later one takes it, as the reader always has.
 */
export function columnNamedBy<Row>(
  definition: TableDefinition<Row>,
  header: string
): TableColumn | undefined {
  const text = normaliseText(header);
  if (text === "") return undefined;
  const named = definition.columns.filter((column) =>
    namesOf(column).some((name) => normaliseText(name) === text)
  );
  return named.at(-1);
}

/** Where each column of the definition sits among `headers`, and what else they hold. */
export interface ColumnsFound {
  /** 0-based position of each column found, by key (the first of repeated headers). */
  readonly at: ReadonlyMap<string, number>;
  /** Columns the definition does not name (evidence columns, inspection areas). */
  readonly extraColumns: Array<{ column: number; header: string }>;
  /** Repeated and missing required columns, on the header row. */
  readonly problems: ImportProblem[];
}

/**
 * Finds the definition's columns in a header row, by header or alias: the one matching every
 * reader, writer and formula uses, so a header variant is read, written and referred to alike.
 */
export function locateColumns<Row>(
  definition: TableDefinition<Row>,
  headerCells: readonly CellValue[],
  options: ReadTableOptions = {}
): ColumnsFound {
  const sheet = options.sheet ?? definition.name;
  const headerRow = options.headerRow ?? 1;
  const headers = headerCells.map(headerText);
  const problems: ImportProblem[] = [];
  const at = new Map<string, number>();
  const extraColumns: ColumnsFound["extraColumns"] = [];
  headers.forEach((header, index) => {
    if (header === "") return;
    const column = columnNamedBy(definition, header);
    if (!column) {
      extraColumns.push({ column: index, header });
      return;
    }
    const earlier = at.get(column.key);
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
    at.set(column.key, index);
  });
  for (const column of definition.columns) {
    if (column.required && !at.has(column.key)) {
      problems.push({
        sheet,
        row: headerRow,
        message: `no ${describeValue(column.header)} column; the header row has: ${headers.filter((h) => h !== "").join(", ") || "nothing"}`,
      });
    }
  }
  return { at, extraColumns, problems };
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
  const { at: columnOf, extraColumns, problems } = locateColumns(definition, headers, options);
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
