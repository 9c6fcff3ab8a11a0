import type { CellGrid, CellValue } from "../core/values/cell";
import type { SheetLayout, SheetVisibility } from "../core/layout/types";
import type { ContentCell } from "../core/layout/content";
import type { SettingsSnapshot } from "../core/layout/settings-sheet";

/**
 * The one interface through which features touch a workbook. Implemented by the Office.js,
 * xlsx (ExcelJS) and in-memory adapters; one contract suite (test/adapters) runs against all.
 * Failures are thrown as `WorkbookError` (./errors) with a code and a message naming the
 * sheet, table or cell.
 */
export interface WorkbookPort {
  /** The workbook's name, its sheets (in tab order) and its tables. */
  describe(): Promise<WorkbookDescription>;

  /** A table's headers and data rows (values, not formulas). Names compare without case. */
  readTable(name: string): Promise<TableData>;

  /** Several tables in one round trip, in the order asked; `TableNotFound` for a missing one. */
  readTables(names: readonly string[]): Promise<TableData[]>;

  /** A sheet's used range, for "a range with a header row" in workbooks without tables. */
  readUsedRange(sheet: string): Promise<UsedRange>;

  /** Every non-empty cell of a sheet with its value and formula: input to `fingerprintSheet`. */
  readSheetContent(sheet: string): Promise<SheetContent>;

  /** `readSheetContent` for several sheets in one round trip, in the order asked. */
  readSheetContents(sheets: readonly string[]): Promise<SheetContent[]>;

  /**
   * One write run: whole sheets and settings changes written together.
   * - Every sheet named is created (empty, under its final name) before any content is
   *   written, so formulas between the run's sheets resolve.
   * - An existing sheet is rewritten in place: never deleted, renamed or converted, and its
   *   tables keep their names, so formulas, names and rules elsewhere that point at it stay
   *   valid. A direct reference into a row the new content no longer has becomes #REF!, as
   *   if a person had deleted that row.
   * - Content is staged and committed at the end: a failure or cancellation before the commit
   *   leaves every live sheet as it was. Settings change in place, in the same commit.
   * "create" fails with `SheetExists` if the name is taken.
   */
  writeSheets(run: WriteRun, options?: ProgressOptions): Promise<WriteResult[]>;

  /** `writeSheets` with one sheet and no settings. */
  writeLayout(layout: SheetLayout, options: WriteOptions): Promise<WriteResult>;

  /** Deletes a sheet; `SheetNotFound` if there is none by that name. */
  deleteSheet(name: string): Promise<void>;

  /**
   * Appends rows below a table's last row (above any totals row); existing rows are never
   * rewritten. Each row must be as wide as the table's headers. Strings are literal text; a
   * `null` cell is left as Excel fills it (a calculated column keeps its formula), not cleared.
   * Excel refuses to add rows to a filtered table: without `clearFilter` this stops with
   * `TableFiltered` before writing anything. A protected sheet or read-only workbook stops
   * with `Protected`. With no rows it only checks: a feature calls it so before its first write.
   */
  appendRows(table: string, rows: CellGrid, options?: AppendOptions): Promise<AppendResult>;

  /**
   * Sets one column of a table: adds it at the table's right-hand end when no column has that
   * header (compared without case), else rewrites that column's data rows. Other columns and
   * rows are untouched. Adding refuses (`CellsNotEmpty`) when the cells to the right of the
   * table hold anything, rather than moving them. An `undefined` value leaves its cell as it
   * is (value, formula and format), so a caller passes only the cells it changes: a value read
   * by `readTable` written back would turn a person's formula into its result.
   */
  setTableColumn(table: string, column: TableColumnWrite): Promise<TableColumnResult>;

  /**
   * Sets constant values in cells of an existing sheet, keeping each cell's format (a join
   * dating the proposal on a Baseline sheet). Strings are literal text; `null` clears the
   * value. Other cells are untouched. `SheetNotFound` for a missing sheet; a protected sheet or
   * read-only workbook stops with `Protected` before anything is written.
   */
  setCells(sheet: string, cells: readonly CellWrite[]): Promise<void>;

  /**
   * The settings stored in the very hidden settings sheet (`SETTINGS_SHEET_NAME`), one key per
   * row with a JSON value. A damaged row is reported in `problems`, never thrown. Validate each
   * value with `readSetting` (src/core/layout/settings.ts) and a zod schema.
   */
  readSettings(): Promise<SettingsSnapshot>;

  /**
   * Sets (or, with `undefined`, removes) the given keys in place: other keys and their rows
   * are kept, and the settings sheet is never deleted. `writeSheets` with no sheets.
   */
  writeSettings(changes: Readonly<Record<string, unknown>>): Promise<void>;
}

export interface WorkbookDescription {
  readonly name: string;
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly TableInfo[];
  /**
   * Excel's calculation mode, read and never set ("semiautomatic" is "Automatic except
   * tables"). Files and the memory workbook say "automatic". When it is "manual", formulas
   * TrustTier writes show stale results until the person recalculates (F9): say so.
   */
  readonly calculation: CalculationMode;
}

export type CalculationMode = "automatic" | "manual" | "semiautomatic";

export interface SheetInfo {
  readonly name: string;
  readonly visibility: SheetVisibility;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Data rows, not counting the header row. */
  readonly rowCount: number;
}

export interface TableData extends TableInfo {
  readonly rows: CellGrid;
  /** 0-based position of the header row's first cell. */
  readonly origin: { readonly row: number; readonly col: number };
}

export interface UsedRange {
  readonly sheet: string;
  /** 0-based position of `values[0][0]`; (0, 0) with no rows for an empty sheet. */
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: CellGrid;
}

export interface SheetContent {
  readonly sheet: string;
  /** Non-empty cells, row by row. */
  readonly cells: readonly ContentCell[];
}

/** Compatible with the DOM's AbortSignal: pass an `AbortController`'s signal. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
  /** What is being written, for a progress line ("values", "formats", "swap"...). */
  readonly step: string;
}

export interface ProgressOptions {
  readonly signal?: CancelSignal;
  readonly onProgress?: (progress: Progress) => void;
}

export interface AppendOptions extends ProgressOptions {
  /**
   * Clears the table's filter first (Excel refuses rows.add on a filtered table). Pass it only
   * once the person has agreed: their filtered view is lost.
   */
  readonly clearFilter?: boolean;
}

export type WriteMode = "create" | "replace";

export interface WriteOptions extends ProgressOptions {
  readonly mode: WriteMode;
}

export interface SheetWrite {
  readonly layout: SheetLayout;
  readonly mode: WriteMode;
}

export interface WriteRun {
  readonly sheets: readonly SheetWrite[];
  /** Settings keys to set (or, with `undefined`, remove) in the run's commit. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface WriteResult {
  readonly sheet: string;
  /** True when an existing sheet was replaced. */
  readonly replaced: boolean;
}

export interface AppendResult {
  readonly table: string;
  /** Data rows in the table after the append. */
  readonly rowCount: number;
}

/**
 * A table column's content: one `formula` for every data row (structured references to the
 * row, as Excel's calculated columns use: `=TRUST.TIER("tiers",Schools[[#Headers],[Ofsted]:[QA]],
 * Schools[@[Ofsted]:[QA]],TODAY())`), or one value per data row (strings are literal text;
 * `null` clears the cell; `undefined` leaves it as it is, as Office.js's `null` does).
 * `numberFormat` goes to the cells written, not to those left.
 */
export type TableColumnWrite = {
  readonly header: string;
  readonly numberFormat?: string;
} & ({ readonly formula: string } | { readonly values: ColumnValues });

/** One value per data row; `undefined` leaves that row's cell as it is. */
export type ColumnValues = ReadonlyArray<CellValue | undefined>;

/** One cell's new constant value (0-based row and column). */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
}

export interface TableColumnResult {
  readonly table: string;
  /** 0-based position of the column within the table. */
  readonly index: number;
  /** True when the column was added, false when an existing one was rewritten. */
  readonly added: boolean;
}

export type { ContentCell, SettingsSnapshot };
export type { SettingProblem } from "../core/layout/settings-sheet";
export { SETTINGS_SHEET_NAME } from "../core/layout/settings-sheet";
