import type {
  CellRange,
  CellStyle,
  ConditionalFormatRule,
  LayoutChart,
  LayoutHyperlink,
  ListValidation,
  PrintSettings,
  SheetLayout,
  SheetVisibility,
} from "../../core/layout/types";
import type { CellValue } from "../../core/values/cell";
import { CellStore } from "./cell-store";

export { CellStore, cellKey } from "./cell-store";

/** One cell of the in-memory workbook. */
export interface MemoryCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

/** A table: its position and size; headers and rows live in the sheet's cells, as in Excel. */
export interface MemoryTable {
  name: string;
  row: number;
  col: number;
  width: number;
  rowCount: number;
  style?: string;
}

export interface MemorySheet {
  name: string;
  visibility: SheetVisibility;
  tabColor?: string;
  hideGridlines?: boolean;
  cells: CellStore;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: CellRange[];
  validations: ListValidation[];
  conditionalFormats: ConditionalFormatRule[];
  hyperlinks: LayoutHyperlink[];
  frozen?: { rows: number; cols: number };
  print?: PrintSettings;
  tables: MemoryTable[];
  hiddenColumns: number[];
  /** Chart specs as written (the memory workbook draws nothing). */
  charts: LayoutChart[];
  zoom?: number;
}

export interface MemoryWorkbookModel {
  name: string;
  sheets: MemorySheet[];
}

export function emptySheet(name: string): MemorySheet {
  return {
    name,
    visibility: "visible",
    cells: new CellStore(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    hyperlinks: [],
    tables: [],
    hiddenColumns: [],
    charts: [],
  };
}

function cellAt(sheet: MemorySheet, row: number, col: number): MemoryCell {
  return sheet.cells.ensure(row, col);
}

function forEachCell(range: CellRange, visit: (row: number, col: number) => void): void {
  for (let r = 0; r < (range.rows ?? 1); r++) {
    for (let c = 0; c < (range.cols ?? 1); c++) visit(range.row + r, range.col + c);
  }
}

/** A deep copy of a sheet: changing it leaves `sheet` as it was. */
export function cloneSheet(sheet: MemorySheet): MemorySheet {
  const { cells, ...rest } = sheet;
  return { ...structuredClone(rest), cells: cells.clone() };
}

/** A range with its size spelled out, so ranges compare equal however they were written. */
export function fullRange(range: CellRange): Required<CellRange> {
  return { row: range.row, col: range.col, rows: range.rows ?? 1, cols: range.cols ?? 1 };
}

/** A new sheet holding exactly what the layout describes. */
export function sheetFromLayout(layout: SheetLayout): MemorySheet {
  const sheet = emptySheet(layout.name);
  sheet.visibility = layout.visibility ?? "visible";
  sheet.tabColor = layout.tabColor;
  sheet.hideGridlines = layout.hideGridlines;
  for (const format of layout.formats ?? []) {
    forEachCell(format.range, (row, col) => {
      const cell = cellAt(sheet, row, col);
      if (format.numberFormat !== undefined) cell.numberFormat = format.numberFormat;
      if (format.style) cell.style = { ...cell.style, ...format.style };
    });
  }
  for (const item of layout.cells) {
    const cell = cellAt(sheet, item.row, item.col);
    if (item.formula !== undefined) {
      cell.formula = item.formula;
      cell.value = null;
    } else if (item.value !== undefined) {
      cell.value = item.value === "" ? null : item.value;
    }
    if (item.numberFormat !== undefined) cell.numberFormat = item.numberFormat;
    if (item.style) cell.style = { ...cell.style, ...item.style };
  }
  for (const table of layout.tables ?? []) {
    table.headers.forEach((header, c) => (cellAt(sheet, table.row, table.col + c).value = header));
    table.rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        cellAt(sheet, table.row + 1 + r, table.col + c).value = value === "" ? null : value;
      })
    );
    sheet.tables.push({
      name: table.name,
      row: table.row,
      col: table.col,
      width: table.headers.length,
      rowCount: table.rows.length,
      style: table.style,
    });
  }
  for (const link of layout.hyperlinks ?? []) {
    cellAt(sheet, link.row, link.col).value = link.text;
    sheet.hyperlinks.push(link);
  }
  for (const { col, width } of layout.columnWidths ?? []) sheet.columnWidths.set(col, width);
  for (const { row, height } of layout.rowHeights ?? []) sheet.rowHeights.set(row, height);
  sheet.merges = (layout.merges ?? []).map(fullRange);
  sheet.validations = (layout.validations ?? []).map((v) => ({ ...v, range: fullRange(v.range) }));
  sheet.conditionalFormats = (layout.conditionalFormats ?? []).map((rule) => ({
    ...rule,
    range: fullRange(rule.range),
  }));
  sheet.frozen = layout.frozen;
  sheet.print = layout.print;
  sheet.hiddenColumns = [...(layout.hiddenColumns ?? [])];
  sheet.charts = [...(layout.charts ?? [])];
  sheet.zoom = layout.zoom;
  return sheet;
}

/** The smallest rectangle holding every cell with a value or formula, or null if none. */
export function usedBounds(
  sheet: MemorySheet
): { row: number; col: number; rows: number; cols: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [row, col, cell] of sheet.cells.positioned()) {
    if (cell.value === null && cell.formula === undefined) continue;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0
    ? null
    : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
