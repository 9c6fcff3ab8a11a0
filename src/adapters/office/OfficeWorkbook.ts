import { cellAddress } from "../../core/layout/a1";
import {
  EMPTY_SETTINGS,
  SETTINGS_SHEET_NAME,
  type SettingsSnapshot,
} from "../../core/layout/settings-sheet";
import { asLiteralText } from "../../core/layout/text-safety";
import type { SheetLayout, SheetVisibility } from "../../core/layout/types";
import type { CellGrid } from "../../core/values/cell";
import { isDateFormat, shiftDateSerials } from "../../port/date-system";
import { WorkbookError } from "../../port/errors";
import {
  checkAppendRows,
  cellsNotEmpty,
  planTableColumn,
  sheetNotFound,
  tableNotFound,
  throwIfCancelled,
} from "../../port/guards";
import {
  readTableThrough,
  settingsFromUsedRange,
  writeLayoutThrough,
  writeSettingsThrough,
} from "../../port/settings-io";
import type {
  AppendOptions,
  AppendResult,
  CalculationMode,
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
import type { ContextApi, ExcelRunner, RangeApi, WorksheetApi } from "./api";
import { BLOCK_BUDGET_BYTES } from "./write-plan";
import { queueDateSystem } from "./date-system";
import { cellValue, readTablesInBlocks } from "./read-tables";
import { checkSheetProtection, queueWorkbookChecks } from "./write-checks";
import { writeRun } from "./write-run";

const CALCULATION: Record<string, CalculationMode> = {
  Automatic: "automatic",
  AutomaticExceptTables: "semiautomatic",
  Manual: "manual",
};

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/**
 * The workbook port over Office.js. Each operation is one `Excel.run` batch; writes build the
 * whole description first and sync once per block of rows plus a constant few, never per cell.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRunner,
    private readonly blockBudget = BLOCK_BUDGET_BYTES
  ) {}

  /** In the add-in: `OfficeWorkbook.inExcel()` runs against the open workbook. */
  static inExcel(): OfficeWorkbook {
    return new OfficeWorkbook((batch) => Excel.run((context) => batch(context)));
  }

  async describe(): Promise<WorkbookDescription> {
    return this.run(async (context) => {
      const workbook = context.workbook;
      workbook.load("name");
      workbook.worksheets.load("items/name,items/visibility");
      workbook.tables.load("items/name");
      // Read only: TrustTier never sets calculationMode (on desktop it applies to every open
      // workbook), it only tells the person when calculation is not automatic.
      workbook.application.load("calculationMode");
      await context.sync();
      const details = workbook.tables.items.map((table) => {
        const header = table.getHeaderRowRange();
        const body = table.getDataBodyRange();
        table.worksheet.load("name");
        header.load("values");
        body.load("rowCount");
        return { table, header, body };
      });
      await context.sync();
      return {
        name: workbook.name,
        sheets: workbook.worksheets.items.map((sheet) => ({
          name: sheet.name,
          visibility: VISIBILITY[sheet.visibility] ?? "visible",
        })),
        tables: details.map(({ table, header, body }) => ({
          name: table.name,
          sheet: table.worksheet.name,
          headers: header.values[0].map(String),
          rowCount: body.rowCount,
        })),
        calculation: CALCULATION[workbook.application.calculationMode] ?? "automatic",
      };
    });
  }

  readTable(name: string): Promise<TableData> {
    return readTableThrough(this, name);
  }

  /** Header and data body only, in blocks: see `readTablesInBlocks`. */
  async readTables(names: readonly string[]): Promise<TableData[]> {
    return this.run((context) => readTablesInBlocks(context, names, this.blockBudget));
  }

  private async sheetOrThrow(context: ContextApi, name: string): Promise<WorksheetApi> {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) throw sheetNotFound(name);
    return sheet;
  }

  /** Two syncs: the sheet (and the date system), then its used range. */
  async readUsedRange(name: string): Promise<UsedRange> {
    return this.run(async (context) => {
      const dateShift = queueDateSystem(context);
      const sheet = await this.sheetOrThrow(context, name);
      const shift = dateShift();
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(`values,rowIndex,columnIndex${shift ? ",numberFormat" : ""}`); // eslint-disable-line office-addins/no-empty-load -- names listed
      await context.sync();
      if (used.isNullObject) return { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [] };
      const values = shiftDateSerials(used.values, shift ? used.numberFormat : undefined, shift);
      return {
        sheet: sheet.name,
        origin: { row: used.rowIndex, col: used.columnIndex },
        values: values.map((row) => row.map(cellValue)),
      };
    });
  }

  async readSheetContent(name: string): Promise<SheetContent> {
    const [content] = await this.readSheetContents([name]);
    return content;
  }

  /** Two syncs whatever the count: resolve the sheets, then load every used range. */
  async readSheetContents(names: readonly string[]): Promise<SheetContent[]> {
    return this.run(async (context) => {
      const sheets = names.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name");
        return sheet;
      });
      const dateShift = queueDateSystem(context);
      await context.sync();
      const missing = names.find((_, i) => sheets[i].isNullObject);
      if (missing !== undefined) throw sheetNotFound(missing);
      const shift = dateShift();
      const ranges = sheets.map((sheet) => {
        const range = sheet.getUsedRangeOrNullObject(true);
        range.load(`values,formulas,rowIndex,columnIndex${shift ? ",numberFormat" : ""}`); // eslint-disable-line office-addins/no-empty-load -- names listed
        return range;
      });
      await context.sync();
      return sheets.map((sheet, i) => ({
        sheet: sheet.name,
        cells: contentCells(ranges[i].isNullObject ? null : ranges[i], shift),
      }));
    });
  }

  writeSheets(run: WriteRun, options: ProgressOptions = {}): Promise<WriteResult[]> {
    return this.run((context) => writeRun(context, run, options, this.blockBudget));
  }

  writeLayout(layout: SheetLayout, options: WriteOptions): Promise<WriteResult> {
    return writeLayoutThrough(this, layout, options);
  }

  async deleteSheet(name: string): Promise<void> {
    await this.run(async (context) => {
      const sheet = await this.sheetOrThrow(context, name);
      sheet.delete();
      await context.sync();
    });
  }

  /**
   * Three syncs and one per block: resolve the table and check what could refuse the write
   * (and ask the date system), size it, then `rows.add` per block (Excel adds above any
   * totals row).
   */
  async appendRows(name: string, rows: CellGrid, options?: AppendOptions): Promise<AppendResult> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      table.worksheet.load("name");
      table.autoFilter.load("isDataFiltered");
      const checks = queueWorkbookChecks(context);
      table.worksheet.protection.load("protected");
      const dateShift = queueDateSystem(context);
      await context.sync();
      if (table.isNullObject) throw tableNotFound(name);
      const shift = dateShift();
      const what = `rows for table ${table.name}`;
      checks.workbook(what, { structure: false });
      checkSheetProtection(table.worksheet.protection, table.worksheet.name, what);
      if (table.autoFilter.isDataFiltered && !options?.clearFilter) {
        throw new WorkbookError(
          "TableFiltered",
          `Table ${table.name} is filtered, and Excel adds no rows to a filtered table. Clear its filter (Data > Clear), then try again; nothing was changed.`
        );
      }
      const header = table.getHeaderRowRange();
      header.load("columnCount");
      const body = table.getDataBodyRange();
      body.load("rowCount");
      // On a 1904 workbook, the last row's formats stand for the column's (a TrustTier reading:
      // Excel carries them to the rows it adds), in this sync already made.
      const last = shift ? body.getLastRow() : undefined;
      last?.load("numberFormat");
      await context.sync();
      checkAppendRows(table.name, header.columnCount, rows);
      throwIfCancelled(options?.signal, what);
      // null stays null: it leaves the cell to the table (a person's calculated column fills
      // it), where "" would clear it. The typings omit null; Office.js documents it for 2-D
      // value arrays ("Blank and null values in Excel add-ins").
      const formats = last ? rows.map(() => last.numberFormat[0]) : undefined;
      const inputs = shiftDateSerials(rows, formats, -shift).map((row) =>
        row.map((value) => (typeof value === "string" ? asLiteralText(value) : value))
      ) as (string | number | boolean)[][];
      if (table.autoFilter.isDataFiltered) table.clearFilters();
      // One rows.add per block: Excel appends each block below the last, never rewriting rows.
      const perBlock = Math.max(
        1,
        Math.floor(this.blockBudget / Math.max(1, JSON.stringify(inputs[0] ?? []).length))
      );
      for (let start = 0; start < inputs.length; start += perBlock) {
        table.rows.add(undefined, inputs.slice(start, start + perBlock));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block
        await context.sync().catch((error: unknown) => {
          throw insertConflict(error, table.name, table.worksheet.name, start);
        });
        options?.onProgress?.({
          done: Math.min(inputs.length, start + perBlock),
          total: inputs.length,
          step: "rows",
        });
      }
      return { table: table.name, rowCount: body.rowCount + rows.length };
    });
  }

  async setTableColumn(name: string, column: TableColumnWrite): Promise<TableColumnResult> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      table.worksheet.load("name");
      const checks = queueWorkbookChecks(context);
      table.worksheet.protection.load("protected");
      const dateShift = queueDateSystem(context);
      await context.sync();
      if (table.isNullObject) throw tableNotFound(name);
      // The column's own format, when it is a date format, says its numbers are dates.
      const shift = isDateFormat(column.numberFormat) ? -dateShift() : 0;
      const what = `column ${JSON.stringify(column.header)} of table ${table.name}`;
      checks.workbook(what, { structure: false });
      checkSheetProtection(table.worksheet.protection, table.worksheet.name, what);
      const sheet = context.workbook.worksheets.getItemOrNullObject(table.worksheet.name);
      // The whole range (with any totals row) for the cells a new column takes; the data body
      // alone for what is written, so a totals row is never written over.
      const whole = table.getRange();
      whole.load("rowIndex,columnIndex,rowCount");
      const header = table.getHeaderRowRange();
      header.load("values");
      const body = table.getDataBodyRange();
      body.load("rowCount");
      await context.sync();
      const rowCount = body.rowCount;
      const plan = planTableColumn(table.name, header.values[0].map(String), rowCount, column);
      const col = whole.columnIndex + plan.index;
      const span = (first: number, last: number) =>
        `${cellAddress(first, col)}:${cellAddress(last, col)}`;
      if (plan.added) {
        const right = sheet.getRange(span(whole.rowIndex, whole.rowIndex + whole.rowCount - 1));
        right.load("values");
        await context.sync();
        const taken = right.values.findIndex((row) => cellValue(row[0]) !== null);
        if (taken >= 0) {
          throw cellsNotEmpty(
            table.name,
            `${table.worksheet.name}!${cellAddress(whole.rowIndex + taken, col)}`
          );
        }
        table.columns.add(undefined, undefined, column.header);
      }
      // null leaves a cell as it is ("Use null in 2-D arrays to leave specific cells unchanged",
      // "Blank and null values in Excel add-ins"): a row the caller leaves keeps its formula.
      const cells = plan.cells.map((cell) => {
        if ("formula" in cell) return cell.formula;
        const value = cell.value;
        if (value === undefined) return null;
        if (typeof value === "number") return value + shift;
        // TrustTier's own column: a blank value clears what an earlier run wrote there.
        return typeof value === "string" ? asLiteralText(value) : (value ?? "");
      });
      const format = column.numberFormat;
      const property = "formula" in column ? "formulas" : "values";
      // In blocks under the request budget (Excel on the web refuses a request over 5 MB);
      // a block of rows all left as they are is not sent.
      const blocks = columnBlocks(cells, format, this.blockBudget);
      for (const block of blocks) {
        const target = sheet.getRange(
          span(whole.rowIndex + 1 + block.start, whole.rowIndex + block.end)
        );
        const slice = cells.slice(block.start, block.end);
        target[property] = slice.map((cell) => [cell]);
        if (format) target.numberFormat = slice.map((cell) => [cell === null ? null : format]);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block
        await context.sync();
      }
      if (blocks.length === 0) await context.sync(); // the column added, with no cell to write
      return { table: table.name, index: plan.index, added: plan.added };
    });
  }

  /** Two syncs: the sheet and what could refuse the write, then the values. */
  async setCells(name: string, cells: readonly CellWrite[]): Promise<void> {
    await this.run(async (context) => {
      const checks = queueWorkbookChecks(context);
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("name");
      sheet.protection.load("protected");
      await context.sync();
      if (sheet.isNullObject) throw sheetNotFound(name);
      const what = `${cells.length} cell(s) of sheet ${sheet.name}`;
      checks.workbook(what, { structure: false });
      checkSheetProtection(sheet.protection, sheet.name, what);
      for (const cell of cells) {
        const value = typeof cell.value === "string" ? asLiteralText(cell.value) : cell.value;
        sheet.getRange(cellAddress(cell.row, cell.col)).values = [[value ?? ""]];
      }
      await context.sync();
    });
  }

  /** One sync: the settings sheet's used range, read as `readSettingsThrough` reads it. */
  async readSettings(): Promise<SettingsSnapshot> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values,rowIndex,columnIndex");
      await context.sync();
      if (sheet.isNullObject || used.isNullObject) return EMPTY_SETTINGS;
      return settingsFromUsedRange({
        origin: { row: used.rowIndex, col: used.columnIndex },
        values: used.values.map((row) => row.map(cellValue)),
      });
    });
  }

  writeSettings(changes: Readonly<Record<string, unknown>>): Promise<void> {
    return writeSettingsThrough(this, changes);
  }
}

/**
 * Row spans of a column write, each under `budget` bytes as sent (a cell's JSON and its
 * format), leaving out spans whose every cell is null (left as it is).
 */
function columnBlocks(
  cells: readonly (string | number | boolean | null)[],
  format: string | undefined,
  budget: number
): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  const formatBytes = format ? JSON.stringify(format).length + 4 : 0;
  let start = 0;
  let bytes = 0;
  let written = false;
  const close = (end: number) => {
    if (written && end > start) blocks.push({ start, end });
    start = end;
    bytes = 0;
    written = false;
  };
  cells.forEach((cell, r) => {
    const size = cell === null ? 7 : JSON.stringify(cell).length + 4 + formatBytes;
    if (bytes + size > budget && r > start) close(r);
    bytes += size;
    if (cell !== null) written = true;
  });
  close(cells.length);
  return blocks;
}

/**
 * Excel's InsertDeleteConflict on rows.add (the filter is checked before): what lies below the
 * table reaches outside its columns, and Excel would have to move part of it.
 */
function insertConflict(error: unknown, table: string, sheet: string, added: number): unknown {
  if ((error as { code?: unknown } | null)?.code !== "InsertDeleteConflict") return error;
  return new WorkbookError(
    "InsertConflict",
    `Excel cannot add rows to table ${table} on sheet ${sheet}: below it, another table or merged cells reach beyond the table's columns, and Excel will not move part of them. Move them away from below the table (or leave its columns clear down to them), then try again; ${added === 0 ? "no rows were added" : `${added} rows were added before this`}.`,
    { cause: error }
  );
}

/** A used range's non-empty cells with their formulas: input to `fingerprintSheet`. */
function contentCells(range: RangeApi | null, dateShift: number): ContentCell[] {
  const cells: ContentCell[] = [];
  if (!range) return cells;
  const values = shiftDateSerials(
    range.values,
    dateShift ? range.numberFormat : undefined,
    dateShift
  );
  range.formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      const value = cellValue(values[r][c]);
      const at = { row: range.rowIndex + r, col: range.columnIndex + c, value };
      // A formula cell reads back as "=..." in `formulas` and its result in `values`.
      const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
      if (isFormula) cells.push({ ...at, formula });
      else if (value !== null) cells.push(at);
    })
  );
  return cells;
}
