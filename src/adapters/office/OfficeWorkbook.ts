import { cellAddress } from "../../core/layout/a1";
import type { SettingsSnapshot } from "../../core/layout/settings-sheet";
import { asLiteralText } from "../../core/layout/text-safety";
import type { SheetLayout, SheetVisibility } from "../../core/layout/types";
import type { CellGrid, CellValue } from "../../core/values/cell";
import {
  checkAppendRows,
  checkLayoutWrite,
  cellsNotEmpty,
  checkTableNamesFree,
  planTableColumn,
  sheetNotFound,
  tableNotFound,
  temporarySheetName,
  throwIfCancelled,
} from "../../port/guards";
import { readSettingsThrough, writeSettingsThrough } from "../../port/settings-io";
import type {
  AppendResult,
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
} from "../../port/WorkbookPort";
import type { ContextApi, ExcelRunner, RangeApi, WorksheetApi } from "./api";
import { officeVisibility, queueFormats } from "./queue-formats";
import { BLOCK_BUDGET_BYTES, cellBlocks } from "./write-plan";

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** Office returns "" for an empty cell; the port says null. */
const cellValue = (value: unknown): CellValue =>
  value === "" || value === undefined ? null : (value as CellValue);

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
      await context.sync();
      const details = workbook.tables.items.map((table) => {
        const header = table.getHeaderRowRange();
        const body = table.getRange();
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
          rowCount: body.rowCount - 1,
        })),
      };
    });
  }

  async readTable(name: string): Promise<TableData> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      await context.sync();
      if (table.isNullObject) throw tableNotFound(name);
      const whole = table.getRange();
      whole.load("values,rowIndex,columnIndex,rowCount");
      table.worksheet.load("name");
      await context.sync();
      const [headers, ...rows] = whole.values;
      return {
        name: table.name,
        sheet: table.worksheet.name,
        headers: headers.map(String),
        rowCount: rows.length,
        rows: rows.map((row) => row.map(cellValue)),
        origin: { row: whole.rowIndex, col: whole.columnIndex },
      };
    });
  }

  private async sheetOrThrow(context: ContextApi, name: string): Promise<WorksheetApi> {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) throw sheetNotFound(name);
    return sheet;
  }

  private async usedRange(
    context: ContextApi,
    name: string,
    properties: string
  ): Promise<{ sheet: WorksheetApi; range: RangeApi | null }> {
    const sheet = await this.sheetOrThrow(context, name);
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load(properties); // eslint-disable-line office-addins/no-empty-load -- names passed in
    await context.sync();
    return { sheet, range: range.isNullObject ? null : range };
  }

  async readUsedRange(name: string): Promise<UsedRange> {
    return this.run(async (context) => {
      const { sheet, range } = await this.usedRange(context, name, "values,rowIndex,columnIndex");
      if (!range) return { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [] };
      return {
        sheet: sheet.name,
        origin: { row: range.rowIndex, col: range.columnIndex },
        values: range.values.map((row) => row.map(cellValue)),
      };
    });
  }

  async readSheetContent(name: string): Promise<SheetContent> {
    return this.run(async (context) => {
      const { sheet, range } = await this.usedRange(
        context,
        name,
        "values,formulas,rowIndex,columnIndex"
      );
      const cells: ContentCell[] = [];
      range?.formulas.forEach((line, r) =>
        line.forEach((formula, c) => {
          const value = cellValue(range.values[r][c]);
          const at = { row: range.rowIndex + r, col: range.columnIndex + c, value };
          // A formula cell reads back as "=..." in `formulas` and its result in `values`.
          const isFormula =
            typeof formula === "string" && formula.startsWith("=") && formula !== value;
          if (isFormula) cells.push({ ...at, formula });
          else if (value !== null) cells.push(at);
        })
      );
      return { sheet: sheet.name, cells };
    });
  }

  async writeLayout(layout: SheetLayout, options: WriteOptions): Promise<WriteResult> {
    return this.run(async (context) => {
      const { worksheets, tables, application } = context.workbook;
      worksheets.load("items/name,items/position");
      tables.load("items/name");
      application.load("calculationMode");
      await context.sync();
      const tableSheets = tables.items.map((table) => {
        table.worksheet.load("name");
        return table;
      });
      if (tableSheets.length > 0) await context.sync();
      const names = worksheets.items.map((sheet) => sheet.name);
      const existing = checkLayoutWrite(layout, options.mode, names);
      checkTableNamesFree(
        layout,
        tableSheets.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
        existing
      );
      throwIfCancelled(options.signal, `sheet ${layout.name}`);
      const old = worksheets.items.find((sheet) => sheet.name === existing);
      const userMode = application.calculationMode;
      let staged: WorksheetApi | undefined;
      try {
        application.calculationMode = "Manual";
        staged = worksheets.add(old ? temporarySheetName(names) : layout.name);
        const blocks = cellBlocks(layout, this.blockBudget);
        const total = blocks.length + 2;
        for (const [index, block] of blocks.entries()) {
          const range = staged.getRange(block.address);
          if (block.numberFormats) range.numberFormat = block.numberFormats;
          range.formulas = block.formulas;
          // One sync per block of rows (kept under the request-size budget), by design.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          options.onProgress?.({ done: index + 1, total, step: "cells" });
          throwIfCancelled(options.signal, `sheet ${layout.name}`);
        }
        const stagedTables = new Map<string, string>();
        queueFormats(staged, layout, (name) => {
          if (!old) return name;
          const temporary = `${name}_TrustTierNew`;
          stagedTables.set(temporary, name);
          return temporary;
        });
        await context.sync();
        options.onProgress?.({ done: total - 1, total, step: "formats" });
        throwIfCancelled(options.signal, `sheet ${layout.name}`);
        if (old) {
          const position = old.position;
          old.delete();
          staged.name = layout.name;
          staged.position = position;
          for (const [temporary, final] of stagedTables) {
            staged.tables.getItemOrNullObject(temporary).name = final;
          }
        }
        staged.visibility = officeVisibility(layout);
        await context.sync();
        staged = undefined;
        options.onProgress?.({ done: total, total, step: "swap" });
        return { sheet: layout.name, replaced: old !== undefined };
      } catch (error) {
        if (staged) await discard(context, staged);
        throw error;
      } finally {
        application.calculationMode = userMode;
        await context.sync();
      }
    });
  }

  async deleteSheet(name: string): Promise<void> {
    await this.run(async (context) => {
      const sheet = await this.sheetOrThrow(context, name);
      sheet.delete();
      await context.sync();
    });
  }

  async appendRows(name: string, rows: CellGrid, options?: ProgressOptions): Promise<AppendResult> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      await context.sync();
      if (table.isNullObject) throw tableNotFound(name);
      const whole = table.getRange();
      whole.load("columnCount,rowCount");
      await context.sync();
      checkAppendRows(table.name, whole.columnCount, rows);
      throwIfCancelled(options?.signal, `rows for table ${table.name}`);
      const inputs = rows.map((row) =>
        row.map((value) => (typeof value === "string" ? asLiteralText(value) : (value ?? "")))
      );
      // One rows.add per block: Excel appends each block below the last, never rewriting rows.
      const perBlock = Math.max(
        1,
        Math.floor(this.blockBudget / Math.max(1, JSON.stringify(inputs[0] ?? []).length))
      );
      for (let start = 0; start < inputs.length; start += perBlock) {
        table.rows.add(undefined, inputs.slice(start, start + perBlock));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block
        await context.sync();
        options?.onProgress?.({
          done: Math.min(inputs.length, start + perBlock),
          total: inputs.length,
          step: "rows",
        });
      }
      return { table: table.name, rowCount: whole.rowCount - 1 + rows.length };
    });
  }

  async setTableColumn(name: string, column: TableColumnWrite): Promise<TableColumnResult> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      table.worksheet.load("name");
      await context.sync();
      if (table.isNullObject) throw tableNotFound(name);
      const sheet = context.workbook.worksheets.getItemOrNullObject(table.worksheet.name);
      const whole = table.getRange();
      whole.load("values,rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      const [headers, ...rows] = whole.values;
      const plan = planTableColumn(table.name, headers.map(String), rows.length, column);
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
      if (rows.length > 0) {
        const body = sheet.getRange(span(whole.rowIndex + 1, whole.rowIndex + rows.length));
        if ("formula" in column) body.formulas = plan.cells.map(() => [column.formula]);
        else {
          body.values = plan.cells.map((cell) => {
            const value = "value" in cell ? cell.value : null;
            return [typeof value === "string" ? asLiteralText(value) : (value ?? "")];
          });
        }
        if (column.numberFormat) body.numberFormat = plan.cells.map(() => [column.numberFormat]);
      }
      await context.sync();
      return { table: table.name, index: plan.index, added: plan.added };
    });
  }

  readSettings(): Promise<SettingsSnapshot> {
    return readSettingsThrough(this);
  }

  writeSettings(changes: Readonly<Record<string, unknown>>): Promise<void> {
    return writeSettingsThrough(this, changes);
  }
}

/** Removes a half-written staging sheet; a failure here must not hide the original error. */
async function discard(context: ContextApi, staged: WorksheetApi): Promise<void> {
  try {
    staged.delete();
    await context.sync();
  } catch {
    // The original error is the one to report; the staging sheet is named TrustTier_tmp*.
  }
}
