import { cellAddress } from "../../core/layout/a1";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { SheetLayout } from "../../core/layout/types";
import type { CellGrid, CellValue } from "../../core/values/cell";
import {
  SETTINGS_SHEET_NAME,
  settingsRowWrites,
  type SettingsSnapshot,
} from "../../core/layout/settings-sheet";
import {
  checkAppendRows,
  checkWriteRun,
  cellsNotEmpty,
  planTableColumn,
  sheetNotFound,
  tableNotFound,
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
import {
  emptySheet,
  sheetFromLayout,
  usedBounds,
  type MemorySheet,
  type MemoryTable,
  type MemoryWorkbookModel,
} from "./model";

/**
 * The workbook port over plain objects: for tests, the browser harness and anything that
 * needs a workbook without Excel or a file. `model` is public so tests can inspect formats.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly model: MemoryWorkbookModel;

  constructor(name = "Book1.xlsx", sheets: MemorySheet[] = []) {
    this.model = { name, sheets };
  }

  /** A workbook holding these layouts, written in order (mode "create"). */
  static async from(name: string, layouts: readonly SheetLayout[]): Promise<MemoryWorkbook> {
    const workbook = new MemoryWorkbook(name);
    for (const layout of layouts) await workbook.writeLayout(layout, { mode: "create" });
    return workbook;
  }

  sheet(name: string): MemorySheet {
    const sheet = this.model.sheets.find((s) => sameSheetName(s.name, name));
    if (!sheet) throw sheetNotFound(name);
    return sheet;
  }

  private table(name: string): { sheet: MemorySheet; table: MemoryTable } {
    for (const sheet of this.model.sheets) {
      const table = sheet.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
      if (table) return { sheet, table };
    }
    throw tableNotFound(name);
  }

  private value(sheet: MemorySheet, row: number, col: number): CellValue {
    return sheet.cells.at(row, col)?.value ?? null;
  }

  private tableHeaders(sheet: MemorySheet, table: MemoryTable): string[] {
    return Array.from({ length: table.width }, (_, c) =>
      String(this.value(sheet, table.row, table.col + c) ?? "")
    );
  }

  async describe(): Promise<WorkbookDescription> {
    return {
      name: this.model.name,
      sheets: this.model.sheets.map(({ name, visibility }) => ({ name, visibility })),
      tables: this.model.sheets.flatMap((sheet) =>
        sheet.tables.map((table) => ({
          name: table.name,
          sheet: sheet.name,
          headers: this.tableHeaders(sheet, table),
          rowCount: table.rowCount,
        }))
      ),
      calculation: "automatic",
    };
  }

  readTable(name: string): Promise<TableData> {
    return readTableThrough(this, name);
  }

  async readTables(names: readonly string[]): Promise<TableData[]> {
    return names.map((name) => this.tableData(name));
  }

  private tableData(name: string): TableData {
    const { sheet, table } = this.table(name);
    const rows: CellGrid = [];
    for (let r = 0; r < table.rowCount; r++) {
      const row: CellValue[] = new Array<CellValue>(table.width);
      for (let c = 0; c < table.width; c++) {
        row[c] = this.value(sheet, table.row + 1 + r, table.col + c);
      }
      rows.push(row);
    }
    return {
      name: table.name,
      sheet: sheet.name,
      headers: this.tableHeaders(sheet, table),
      rowCount: table.rowCount,
      rows,
      origin: { row: table.row, col: table.col },
    };
  }

  async readUsedRange(sheetName: string): Promise<UsedRange> {
    const sheet = this.sheet(sheetName);
    const bounds = usedBounds(sheet);
    if (!bounds) return { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [] };
    const values: CellGrid = Array.from({ length: bounds.rows }, (_, r) =>
      Array.from({ length: bounds.cols }, (_, c) =>
        this.value(sheet, bounds.row + r, bounds.col + c)
      )
    );
    return { sheet: sheet.name, origin: { row: bounds.row, col: bounds.col }, values };
  }

  async readSheetContents(names: readonly string[]): Promise<SheetContent[]> {
    return Promise.all(names.map((name) => this.readSheetContent(name)));
  }

  async readSheetContent(sheetName: string): Promise<SheetContent> {
    const sheet = this.sheet(sheetName);
    const cells: ContentCell[] = [];
    for (const [row, col, cell] of sheet.cells.positioned()) {
      if (cell.value === null && cell.formula === undefined) continue;
      cells.push(
        cell.formula !== undefined
          ? { row, col, value: cell.value, formula: cell.formula }
          : { row, col, value: cell.value }
      );
    }
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    return { sheet: sheet.name, cells };
  }

  writeLayout(layout: SheetLayout, options: WriteOptions): Promise<WriteResult> {
    return writeLayoutThrough(this, layout, options);
  }

  /**
   * Every sheet is built apart first (the staging: one progress step each, cancellation
   * checked between them), then put in place of the live one.
   */
  async writeSheets(run: WriteRun, options: ProgressOptions = {}): Promise<WriteResult[]> {
    const checked = checkWriteRun(
      run,
      this.model.sheets.map((s) => s.name),
      this.model.sheets.flatMap((sheet) =>
        sheet.tables.map((t) => ({ name: t.name, sheet: sheet.name }))
      )
    );
    const staged = checked.map(({ layout }, index) => {
      options.onProgress?.({ done: index, total: checked.length, step: layout.name });
      throwIfCancelled(options.signal, "the sheets");
      return sheetFromLayout(layout);
    });
    throwIfCancelled(options.signal, "the sheets");
    const results = checked.map(({ layout, existing }, index) => {
      if (existing === undefined) {
        this.model.sheets.push(staged[index]);
        return { sheet: layout.name, replaced: false };
      }
      // In place: same tab, same name (as the workbook spells it), the staged content.
      const position = this.model.sheets.indexOf(this.sheet(existing));
      this.model.sheets[position] = { ...staged[index], name: existing };
      return { sheet: existing, replaced: true };
    });
    if (run.settings) this.updateSettings(run.settings);
    return results;
  }

  private updateSettings(changes: Readonly<Record<string, unknown>>): void {
    let sheet = this.model.sheets.find((s) => sameSheetName(s.name, SETTINGS_SHEET_NAME));
    if (!sheet) {
      sheet = { ...emptySheet(SETTINGS_SHEET_NAME), visibility: "veryHidden" };
      this.model.sheets.push(sheet);
    }
    const bounds = usedBounds(sheet);
    const grid: CellGrid = Array.from({ length: bounds ? bounds.row + bounds.rows : 0 }, (_, r) =>
      Array.from({ length: bounds ? bounds.col + bounds.cols : 0 }, (_, c) =>
        this.value(sheet, r, c)
      )
    );
    for (const write of settingsRowWrites(grid, changes)) {
      write.cells.forEach((text, col) =>
        sheet.cells.put(write.row, col, {
          value: text === "" ? null : text,
          numberFormat: "@",
        })
      );
    }
  }

  async deleteSheet(name: string): Promise<void> {
    const sheet = this.sheet(name);
    this.model.sheets = this.model.sheets.filter((s) => s !== sheet);
  }

  async appendRows(name: string, rows: CellGrid, options?: ProgressOptions): Promise<AppendResult> {
    const { sheet, table } = this.table(name);
    checkAppendRows(table.name, table.width, rows);
    throwIfCancelled(options?.signal, `rows for table ${table.name}`);
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        sheet.cells.put(table.row + 1 + table.rowCount + r, table.col + c, {
          value: value === "" ? null : value,
        });
      })
    );
    table.rowCount += rows.length;
    options?.onProgress?.({ done: rows.length, total: rows.length, step: "rows" });
    return { table: table.name, rowCount: table.rowCount };
  }

  async setTableColumn(name: string, column: TableColumnWrite): Promise<TableColumnResult> {
    const { sheet, table } = this.table(name);
    const plan = planTableColumn(
      table.name,
      this.tableHeaders(sheet, table),
      table.rowCount,
      column
    );
    const col = table.col + plan.index;
    if (plan.added) {
      for (let r = 0; r <= table.rowCount; r++) {
        if (this.value(sheet, table.row + r, col) !== null) {
          throw cellsNotEmpty(table.name, `${sheet.name}!${cellAddress(table.row + r, col)}`);
        }
      }
      sheet.cells.put(table.row, col, { value: column.header });
      table.width += 1;
    }
    plan.cells.forEach((cell, r) => {
      const value = "value" in cell ? cell.value : null;
      if (value === undefined) return; // left as it is
      const format = column.numberFormat ? { numberFormat: column.numberFormat } : {};
      sheet.cells.put(
        table.row + 1 + r,
        col,
        "formula" in cell
          ? { value: null, formula: cell.formula, ...format }
          : { value: value === "" ? null : value, ...format }
      );
    });
    return { table: table.name, index: plan.index, added: plan.added };
  }

  async setCells(name: string, cells: readonly CellWrite[]): Promise<void> {
    const sheet = this.sheet(name);
    for (const cell of cells) {
      const { formula: _formula, ...kept } = sheet.cells.at(cell.row, cell.col) ?? { value: null };
      sheet.cells.put(cell.row, cell.col, {
        ...kept,
        value: cell.value === "" ? null : cell.value,
      });
    }
  }

  readSettings(): Promise<SettingsSnapshot> {
    return readSettingsThrough(this);
  }

  writeSettings(changes: Readonly<Record<string, unknown>>): Promise<void> {
    return writeSettingsThrough(this, changes);
  }
}
