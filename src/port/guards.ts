import { layoutProblems } from "../core/layout/validate-layout";
import { sameSheetName, validateSheetName } from "../core/layout/sheet-names";
import type { SheetLayout } from "../core/layout/types";
import type { CellGrid, CellValue } from "../core/values/cell";
import { WorkbookError } from "./errors";
import type { CancelSignal, TableColumnWrite, WriteMode, WriteRun } from "./WorkbookPort";

/** Throws `Cancelled` once the caller has aborted; adapters call it between steps. */
export function throwIfCancelled(signal: CancelSignal | undefined, what: string): void {
  if (signal?.aborted) throw new WorkbookError("Cancelled", `Cancelled: ${what} was not written.`);
}

/**
 * The checks every adapter makes before writing a layout, so all refuse the same things:
 * a layout Excel would reject, a name Excel would reject, and "create" over an existing sheet.
 * Returns the existing sheet's name (as the workbook spells it) when "replace" will swap it.
 */
export function checkLayoutWrite(
  layout: SheetLayout,
  mode: WriteMode,
  existingNames: readonly string[]
): string | undefined {
  const nameProblem = validateSheetName(layout.name);
  if (nameProblem) throw new WorkbookError("InvalidSheetName", nameProblem);
  const problems = layoutProblems(layout);
  if (problems.length > 0) throw new WorkbookError("InvalidLayout", problems.join("\n"));
  const existing = existingNames.find((name) => sameSheetName(name, layout.name));
  if (existing !== undefined && mode === "create") {
    throw new WorkbookError(
      "SheetExists",
      `Sheet ${JSON.stringify(existing)} already exists; choose "replace" to overwrite it.`
    );
  }
  return existing;
}

/** A name for staging a sheet that clashes with none of `existingNames`. */
export function temporarySheetName(existingNames: readonly string[]): string {
  for (let n = 1; ; n++) {
    const candidate = `TrustTier_tmp${n}`;
    if (!existingNames.some((name) => sameSheetName(name, candidate))) return candidate;
  }
}

/** Refuses rows whose width differs from the table's, naming the first such row. */
export function checkAppendRows(table: string, width: number, rows: CellGrid): void {
  const bad = rows.findIndex((row) => row.length !== width);
  if (bad >= 0) {
    throw new WorkbookError(
      "RowWidthMismatch",
      `Row ${bad + 1} to append to table ${table} has ${rows[bad].length} cells; the table has ${width} columns.`
    );
  }
}

/** The plan for a table column: where it goes and what each data row gets. */
export interface ColumnPlan {
  readonly index: number;
  readonly added: boolean;
  /** One cell per data row: a formula, or a value (`undefined`: leave the cell as it is). */
  readonly cells: readonly ({ formula: string } | { value: CellValue | undefined })[];
}

/**
 * Finds the column by header (without case) or plans it at the end, and checks `values` has
 * one value per data row. Shared by the adapters so they agree on every refusal.
 */
export function planTableColumn(
  table: string,
  headers: readonly string[],
  rowCount: number,
  column: TableColumnWrite
): ColumnPlan {
  const wanted = column.header.trim().toLocaleUpperCase("en-GB");
  const found = headers.findIndex((h) => h.trim().toLocaleUpperCase("en-GB") === wanted);
  if (column.header.trim() === "") {
    throw new WorkbookError("InvalidLayout", `A column for table ${table} needs a header.`);
  }
  if ("values" in column && column.values.length !== rowCount) {
    throw new WorkbookError(
      "RowWidthMismatch",
      `Column ${column.header} for table ${table} has ${column.values.length} values; the table has ${rowCount} rows.`
    );
  }
  const cells = Array.from({ length: rowCount }, (_, r) =>
    "formula" in column ? { formula: column.formula } : { value: column.values[r] }
  );
  return { index: found >= 0 ? found : headers.length, added: found < 0, cells };
}

export function cellsNotEmpty(table: string, where: string): WorkbookError {
  return new WorkbookError(
    "CellsNotEmpty",
    `Table ${table} cannot grow a column: ${where} is not empty. Move what is there, or insert an empty column to the right of the table, and try again.`
  );
}

export function sheetNotFound(name: string): WorkbookError {
  return new WorkbookError("SheetNotFound", `There is no sheet named ${JSON.stringify(name)}.`);
}

export function tableNotFound(name: string): WorkbookError {
  return new WorkbookError("TableNotFound", `There is no table named ${JSON.stringify(name)}.`);
}

/**
 * Table names are unique across a workbook: refuses a layout table whose name is taken by a
 * table on another sheet (`replacing`, the sheet being swapped out, is ignored).
 */
export function checkTableNamesFree(
  layout: SheetLayout,
  tables: readonly { name: string; sheet: string }[],
  replacing: string | undefined
): void {
  for (const table of layout.tables ?? []) {
    const clash = tables.find(
      (t) =>
        t.name.toUpperCase() === table.name.toUpperCase() &&
        !(replacing !== undefined && sameSheetName(t.sheet, replacing))
    );
    if (clash) {
      throw new WorkbookError(
        "InvalidLayout",
        `Table name ${table.name} is already used on sheet ${JSON.stringify(clash.sheet)}.`
      );
    }
  }
}

/** One sheet of a checked run: its layout and the live sheet it rewrites, if any. */
export interface CheckedSheetWrite {
  readonly layout: SheetLayout;
  /** The existing sheet's name as the workbook spells it; undefined when it is created. */
  readonly existing: string | undefined;
}

/**
 * The checks every adapter makes before a write run, so all refuse the same things before
 * anything is written: each layout as `checkLayoutWrite` checks it, a sheet named twice in one
 * run, and a table name taken by a table on a sheet the run does not rewrite.
 */
export function checkWriteRun(
  run: WriteRun,
  existingNames: readonly string[],
  tables: readonly { name: string; sheet: string }[]
): CheckedSheetWrite[] {
  const checked = run.sheets.map(({ layout, mode }) => ({
    layout,
    existing: checkLayoutWrite(layout, mode, existingNames),
  }));
  checked.forEach(({ layout }, index) => {
    if (checked.slice(0, index).some((other) => sameSheetName(other.layout.name, layout.name))) {
      throw new WorkbookError(
        "InvalidLayout",
        `Sheet ${JSON.stringify(layout.name)} is written twice in one run.`
      );
    }
  });
  const rewritten = (sheet: string) =>
    checked.some((c) => c.existing !== undefined && sameSheetName(c.existing, sheet));
  const others = tables.filter((t) => !rewritten(t.sheet));
  for (const { layout } of checked) checkTableNamesFree(layout, others, undefined);
  return checked;
}
