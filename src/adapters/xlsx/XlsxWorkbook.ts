import ExcelJS from "exceljs";
import { resolve } from "node:path";
import { cellAddress, parseRangeAddress } from "../../core/layout/a1";
import {
  SETTINGS_SHEET_NAME,
  settingsRowWrites,
  type SettingsSnapshot,
} from "../../core/layout/settings-sheet";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { SheetLayout } from "../../core/layout/types";
import type { CellGrid, CellValue } from "../../core/values/cell";
import { isDateFormat } from "../../port/date-system";
import { WorkbookError } from "../../port/errors";
import {
  checkAppendRows,
  checkWriteRun,
  cellsNotEmpty,
  planTableColumn,
  sheetNotFound,
  tableNotFound,
  temporarySheetName,
  throwIfCancelled,
} from "../../port/guards";
import {
  readSettingsThrough,
  readTableThrough,
  writeLayoutThrough,
  writeSettingsThrough,
} from "../../port/settings-io";
import type {
  AppendResult,
  CellWrite,
  ContentCell,
  ProgressOptions,
  SheetContent,
  TableColumnResult,
  TableColumnWrite,
  TableData,
  UsedRange,
  WorkbookDescription,
  WorkbookPort,
  WriteOptions,
  WriteResult,
  WriteRun,
} from "../../port/WorkbookPort";
import { readCellFormula, readCellValue, serialToDate } from "./cell-values";
import { writeSheet, writeSheetTables } from "./write-sheet";

/** ExcelJS keeps tab order and tables on fields its typings leave out. */
type SheetInternals = ExcelJS.Worksheet & {
  orderNo: number;
  tables: Record<string, { model: TableModel }>;
};
const internals = (sheet: ExcelJS.Worksheet) => sheet as SheetInternals;

interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  /** ExcelJS: the table's last row (inside `tableRef`) is a totals row. */
  totalsRow?: boolean;
  columns: { name: string }[];
}

/** Data rows of a table: its range less the header row and any totals row. */
const dataRows = (model: TableModel, rows: number) => rows - 1 - (model.totalsRow ? 1 : 0);

/**
 * The workbook port over an xlsx file (ExcelJS). Reads from a file or buffer, changes the copy
 * in memory, and saves to a new file: it never re-saves its input, because ExcelJS drops what
 * it does not model (a trust's charts, pivot tables, slicers).
 */
export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly name: string,
    private readonly inputPath?: string
  ) {}

  static create(name = "TrustTier.xlsx"): XlsxWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "TrustTier";
    return new XlsxWorkbook(workbook, name);
  }

  static async open(source: string | Buffer, name?: string): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    try {
      if (typeof source === "string") await workbook.xlsx.readFile(source);
      else await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
    } catch (error) {
      const what = typeof source === "string" ? source : "the workbook";
      throw new WorkbookError(
        "WriteFailed",
        `Could not read ${what} as an xlsx workbook: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error }
      );
    }
    const fileName = typeof source === "string" ? source.split(/[\\/]/).pop() : undefined;
    return new XlsxWorkbook(
      workbook,
      name ?? fileName ?? "Workbook.xlsx",
      typeof source === "string" ? resolve(source) : undefined
    );
  }

  /** Saves to `path`, which must not be the file this workbook was read from. */
  async saveAs(path: string): Promise<void> {
    if (this.inputPath !== undefined && resolve(path) === this.inputPath) {
      throw new WorkbookError(
        "WriteFailed",
        `Refusing to overwrite the input workbook ${path}: write the results to a new file.`
      );
    }
    this.prepareForSave();
    await this.workbook.xlsx.writeFile(path);
  }

  async toBuffer(): Promise<Buffer> {
    this.prepareForSave();
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  /** Formulas are written without cached results: ask Excel to calculate on opening. */
  private prepareForSave(): void {
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
  }

  private worksheets(): ExcelJS.Worksheet[] {
    return [...this.workbook.worksheets].sort(
      (a, b) => internals(a).orderNo - internals(b).orderNo
    );
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const sheet = this.worksheets().find((s) => sameSheetName(s.name, name));
    if (!sheet) throw sheetNotFound(name);
    return sheet;
  }

  private tables(): { sheet: ExcelJS.Worksheet; model: TableModel }[] {
    return this.worksheets().flatMap((sheet) =>
      Object.values(internals(sheet).tables).map((table) => ({ sheet, model: table.model }))
    );
  }

  private table(name: string): { sheet: ExcelJS.Worksheet; model: TableModel } {
    const found = this.tables().find((t) => t.model.name.toUpperCase() === name.toUpperCase());
    if (!found) throw tableNotFound(name);
    return found;
  }

  private static tableBounds(model: TableModel) {
    const range = parseRangeAddress(model.tableRef);
    if (!range) {
      throw new WorkbookError("TableNotFound", `Table ${model.name} has an unreadable range.`);
    }
    return range;
  }

  private static valueAt(sheet: ExcelJS.Worksheet, row: number, col: number): CellValue {
    return readCellValue(sheet.findCell(row + 1, col + 1)?.value ?? null);
  }

  async describe(): Promise<WorkbookDescription> {
    return {
      name: this.name,
      sheets: this.worksheets().map((sheet) => ({ name: sheet.name, visibility: sheet.state })),
      tables: this.tables().map(({ sheet, model }) => {
        const range = XlsxWorkbook.tableBounds(model);
        return {
          name: model.name,
          sheet: sheet.name,
          headers: this.headers(sheet, model),
          rowCount: dataRows(model, range.rows),
        };
      }),
      calculation: "automatic",
    };
  }

  private headers(sheet: ExcelJS.Worksheet, model: TableModel): string[] {
    const range = XlsxWorkbook.tableBounds(model);
    return Array.from({ length: range.cols }, (_, c) =>
      String(XlsxWorkbook.valueAt(sheet, range.row, range.col + c) ?? model.columns[c]?.name ?? "")
    );
  }

  readTable(name: string): Promise<TableData> {
    return readTableThrough(this, name);
  }

  async readTables(names: readonly string[]): Promise<TableData[]> {
    return names.map((name) => this.tableData(name));
  }

  private tableData(name: string): TableData {
    const { sheet, model } = this.table(name);
    const range = XlsxWorkbook.tableBounds(model);
    const rows = Array.from({ length: dataRows(model, range.rows) }, (_, r) =>
      Array.from({ length: range.cols }, (_, c) =>
        XlsxWorkbook.valueAt(sheet, range.row + 1 + r, range.col + c)
      )
    );
    return {
      name: model.name,
      sheet: sheet.name,
      headers: this.headers(sheet, model),
      rowCount: rows.length,
      rows,
      origin: { row: range.row, col: range.col },
    };
  }

  private nonEmptyCells(sheet: ExcelJS.Worksheet): ContentCell[] {
    const cells: ContentCell[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const formula = readCellFormula(cell);
        const value = readCellValue(cell.value);
        if (formula === undefined && value === null) return;
        // A merged cell's followers repeat the master's value in ExcelJS; Excel holds it once.
        if (cell.isMerged && cell.master !== cell) return;
        const at = { row: rowNumber - 1, col: colNumber - 1, value };
        cells.push(formula === undefined ? at : { ...at, formula });
      });
    });
    return cells;
  }

  async readUsedRange(sheetName: string): Promise<UsedRange> {
    const sheet = this.worksheet(sheetName);
    const cells = this.nonEmptyCells(sheet);
    if (cells.length === 0) return { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [] };
    // A loop, not Math.min(...cells): a sheet can hold more cells than a call takes arguments.
    let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const { row, col } of cells) {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    const values: CellGrid = Array.from({ length: bottom - top + 1 }, () =>
      Array.from({ length: right - left + 1 }, (): CellValue => null)
    );
    for (const cell of cells) values[cell.row - top][cell.col - left] = cell.value;
    return { sheet: sheet.name, origin: { row: top, col: left }, values };
  }

  async readSheetContents(names: readonly string[]): Promise<SheetContent[]> {
    return Promise.all(names.map((name) => this.readSheetContent(name)));
  }

  async readSheetContent(sheetName: string): Promise<SheetContent> {
    const sheet = this.worksheet(sheetName);
    return { sheet: sheet.name, cells: this.nonEmptyCells(sheet) };
  }

  writeLayout(layout: SheetLayout, options: WriteOptions): Promise<WriteResult> {
    return writeLayoutThrough(this, layout, options);
  }

  /**
   * A file's formulas are text that names sheets, so swapping a rewritten sheet for a new one
   * at the same tab position keeps every reference to it: nothing in a file turns to #REF!.
   * Every sheet is staged under a temporary name first (one progress step each, cancellation
   * checked between them); the commit then swaps them in and updates the settings.
   */
  /**
   * The workbook counts days from 1904 (Excel for Mac's old default): the same date has a
   * serial 1,462 lower. The port speaks 1900-system serials; ExcelJS converts a Date with the
   * workbook's system on read and on save, so dates cross as Dates here.
   */
  private get date1904(): boolean {
    return this.workbook.properties.date1904 === true;
  }

  async writeSheets(run: WriteRun, options: ProgressOptions = {}): Promise<WriteResult[]> {
    const checked = checkWriteRun(
      run,
      this.worksheets().map((s) => s.name),
      this.tables().map(({ sheet, model }) => ({ name: model.name, sheet: sheet.name }))
    );
    const staged: ExcelJS.Worksheet[] = [];
    try {
      for (const [index, { layout }] of checked.entries()) {
        options.onProgress?.({ done: index, total: checked.length, step: layout.name });
        throwIfCancelled(options.signal, "the sheets");
        const names = this.worksheets().map((s) => s.name);
        const sheet = this.workbook.addWorksheet(temporarySheetName(names));
        staged.push(sheet);
        writeSheet(sheet, { ...layout, tables: [] });
      }
      throwIfCancelled(options.signal, "the sheets");
    } catch (error) {
      for (const sheet of staged) this.workbook.removeWorksheet(sheet.id);
      throw error;
    }
    const results = checked.map(({ layout, existing }, index) => {
      const sheet = staged[index];
      const old = existing === undefined ? undefined : this.worksheet(existing);
      if (old) {
        // Table names are workbook-wide: the staged sheet gets its tables once the old one is gone.
        const position = internals(old).orderNo;
        this.workbook.removeWorksheet(old.id);
        internals(sheet).orderNo = position;
      }
      sheet.name = old?.name ?? layout.name;
      writeSheetTables(sheet, layout);
      if (this.date1904) datesForDateSystem(sheet);
      return { sheet: sheet.name, replaced: old !== undefined };
    });
    if (run.settings) this.updateSettings(run.settings);
    return results;
  }

  private updateSettings(changes: Readonly<Record<string, unknown>>): void {
    const found = this.worksheets().find((s) => sameSheetName(s.name, SETTINGS_SHEET_NAME));
    const sheet = found ?? this.workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
    const cells = this.nonEmptyCells(sheet);
    const rows = cells.reduce((most, c) => Math.max(most, c.row + 1), 0);
    const cols = cells.reduce((most, c) => Math.max(most, c.col + 1), 0);
    const grid: CellGrid = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, (): CellValue => null)
    );
    for (const cell of cells) grid[cell.row][cell.col] = cell.value;
    for (const write of settingsRowWrites(grid, changes)) {
      write.cells.forEach((text, col) => {
        const cell = sheet.getCell(write.row + 1, col + 1);
        cell.numFmt = "@";
        cell.value = text === "" ? null : text;
      });
    }
  }

  async deleteSheet(name: string): Promise<void> {
    this.workbook.removeWorksheet(this.worksheet(name).id);
  }

  async appendRows(name: string, rows: CellGrid, options?: ProgressOptions): Promise<AppendResult> {
    const { sheet, model } = this.table(name);
    const range = XlsxWorkbook.tableBounds(model);
    checkAppendRows(model.name, range.cols, rows);
    throwIfCancelled(options?.signal, `rows for table ${model.name}`);
    const first = range.row + 1 + dataRows(model, range.rows);
    if (model.totalsRow) moveRow(sheet, first, first + rows.length, range.col, range.cols);
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value === null) return; // left to the table (as in Excel), never cleared
        sheet.getCell(first + r + 1, range.col + c + 1).value = value === "" ? null : value;
      })
    );
    const grown = { ...range, rows: range.rows + rows.length };
    const ref = `${cellAddress(grown.row, grown.col)}:${cellAddress(grown.row + grown.rows - 1, grown.col + grown.cols - 1)}`;
    model.tableRef = ref;
    model.autoFilterRef = ref;
    options?.onProgress?.({ done: rows.length, total: rows.length, step: "rows" });
    return { table: model.name, rowCount: dataRows(model, grown.rows) };
  }

  async setTableColumn(name: string, column: TableColumnWrite): Promise<TableColumnResult> {
    const { sheet, model } = this.table(name);
    const range = XlsxWorkbook.tableBounds(model);
    if ("formula" in column) {
      // A file's formulas spell the row as [#This Row], and TRUST functions only run in Excel
      // with the add-in: a file gets computed values with the formula beside them as text.
      throw new WorkbookError(
        "NotSupported",
        `A live formula column cannot be written to a file (table ${model.name}); write its values instead.`
      );
    }
    const plan = planTableColumn(
      model.name,
      this.headers(sheet, model),
      dataRows(model, range.rows),
      column
    );
    const col = range.col + plan.index;
    if (plan.added) {
      for (let r = 0; r < range.rows; r++) {
        if (XlsxWorkbook.valueAt(sheet, range.row + r, col) !== null) {
          throw cellsNotEmpty(model.name, `${sheet.name}!${cellAddress(range.row + r, col)}`);
        }
      }
      sheet.getCell(range.row + 1, col + 1).value = column.header;
      model.columns.push({ name: column.header });
      const ref = `${cellAddress(range.row, range.col)}:${cellAddress(range.row + range.rows - 1, col)}`;
      model.tableRef = ref;
      model.autoFilterRef = ref;
    }
    const asDate = this.date1904 && isDateFormat(column.numberFormat);
    plan.cells.forEach((cell, r) => {
      const value = "value" in cell ? cell.value : null;
      if (value === undefined) return; // left as it is
      const target = sheet.getCell(range.row + 2 + r, col + 1);
      target.value =
        value === "" ? null : asDate && typeof value === "number" ? serialToDate(value) : value;
      if (column.numberFormat) target.numFmt = column.numberFormat;
    });
    return { table: model.name, index: plan.index, added: plan.added };
  }

  async setCells(name: string, cells: readonly CellWrite[]): Promise<void> {
    const sheet = this.worksheet(name);
    for (const cell of cells) {
      // A string is set as a string value, never parsed: ExcelJS writes it as text.
      sheet.getCell(cell.row + 1, cell.col + 1).value = cell.value === "" ? null : cell.value;
    }
  }

  readSettings(): Promise<SettingsSnapshot> {
    return readSettingsThrough(this);
  }

  writeSettings(changes: Readonly<Record<string, unknown>>): Promise<void> {
    return writeSettingsThrough(this, changes);
  }
}

/** Moves one table row's cells (value and style), e.g. a totals row below appended rows. */
/** A new sheet's date-formatted numbers (1900-system serials) as Dates, for a 1904 workbook. */
function datesForDateSystem(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "number" && isDateFormat(cell.numFmt)) {
        cell.value = serialToDate(cell.value);
      }
    })
  );
}

// ExcelJS cells, not Office.js proxies: nothing to sync.
/* eslint-disable office-addins/call-sync-before-read */
function moveRow(sheet: ExcelJS.Worksheet, from: number, to: number, col: number, cols: number) {
  for (let c = 0; c < cols; c++) {
    const moving = sheet.getCell(from + 1, col + c + 1);
    const target = sheet.getCell(to + 1, col + c + 1);
    target.value = moving.value;
    target.style = moving.style;
    moving.value = null;
  }
}
/* eslint-enable office-addins/call-sync-before-read */
