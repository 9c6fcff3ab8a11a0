import { rangeAddress, cellAddress } from "./a1";
import { findExcelName, validateSheetName } from "./sheet-names";
import type { CellRange, SheetLayout } from "./types";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
const MAX_TEXT = 32767;

/**
 * Excel's rules for a table name: starts with a letter, _ or \, then letters, digits, _ and .;
 * and unique, without regard to case, among the workbook's tables and defined names (one
 * namespace), passed as `existingNames`.
 */
export function validateTableName(
  name: string,
  existingNames: readonly string[] = []
): string | null {
  const shown = JSON.stringify(name);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) {
    return `Table name ${shown} must start with a letter or _ and hold only letters, digits, _ and . (no spaces).`;
  }
  if (name.length > 255) return `Table name ${shown} is longer than 255 characters.`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc](\d*|[Rr]\d*[Cc]\d*)$/.test(name)) {
    return `Table name ${shown} looks like a cell reference.`;
  }
  const clash = findExcelName(existingNames, name);
  if (clash !== undefined) {
    return `Table name ${shown} is already used by the table or defined name ${JSON.stringify(clash)} (Excel ignores case).`;
  }
  return null;
}

function rangeProblem(what: string, range: CellRange): string | null {
  const rows = range.rows ?? 1;
  const cols = range.cols ?? 1;
  const ints = [range.row, range.col, rows, cols].every(Number.isInteger);
  if (!ints || range.row < 0 || range.col < 0 || rows < 1 || cols < 1) {
    return `${what}: row ${range.row}, col ${range.col}, size ${rows}x${cols} is not a valid range.`;
  }
  if (range.row + rows > MAX_ROWS || range.col + cols > MAX_COLS) {
    return `${what}: ${rangeAddress(range)} lies beyond Excel's last row or column.`;
  }
  return null;
}

/**
 * Everything in a layout Excel would refuse or that would be written wrongly, as messages
 * naming the cell; empty when the layout can be written. Adapters refuse a layout with problems.
 */
export function layoutProblems(layout: SheetLayout): string[] {
  const problems: string[] = [];
  const add = (problem: string | null) => {
    if (problem !== null) problems.push(`Sheet ${JSON.stringify(layout.name)}: ${problem}`);
  };
  add(validateSheetName(layout.name));
  for (const cell of layout.cells) {
    const bad = rangeProblem("cell", cell);
    if (bad) {
      add(bad);
      continue;
    }
    const at = cellAddress(cell.row, cell.col);
    if (cell.formula !== undefined && cell.value !== undefined) {
      add(`${at} has both a value and a formula; give one.`);
    }
    if (cell.formula !== undefined && !cell.formula.startsWith("=")) {
      add(`${at}: formula ${JSON.stringify(cell.formula)} must start with "=".`);
    }
    if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
      add(`${at}: ${cell.value} is not a number Excel can hold.`);
    }
    if (typeof cell.value === "string" && cell.value.length > MAX_TEXT) {
      add(`${at}: text of ${cell.value.length} characters exceeds Excel's ${MAX_TEXT}.`);
    }
  }
  for (const format of layout.formats ?? []) add(rangeProblem("format", format.range));
  for (const merge of layout.merges ?? []) add(rangeProblem("merge", merge));
  for (const rule of layout.validations ?? []) {
    add(rangeProblem("validation", rule.range));
    if ("items" in rule.source) {
      const items = rule.source.items;
      if (items.some((item) => item.includes(",") || item.includes('"'))) {
        add(`a drop-down list item contains a comma or quote; use a source range instead.`);
      }
      if (items.join(",").length > 255) {
        add(`a drop-down list's items exceed Excel's 255 characters; use a source range instead.`);
      }
    }
  }
  for (const rule of layout.conditionalFormats ?? []) {
    add(rangeProblem("conditional format", rule.range));
    if (!rule.formula.startsWith("=")) {
      add(`conditional format formula ${JSON.stringify(rule.formula)} must start with "=".`);
    }
  }
  for (const link of layout.hyperlinks ?? []) add(rangeProblem("hyperlink", link));
  const tableNames: string[] = [];
  for (const table of layout.tables ?? []) {
    add(validateTableName(table.name));
    if (findExcelName(tableNames, table.name) !== undefined) {
      add(`table ${table.name} is defined twice.`);
    }
    tableNames.push(table.name);
    if (table.headers.length === 0) add(`table ${table.name} has no headers.`);
    const seen: string[] = [];
    for (const header of table.headers) {
      if (header.trim() === "") add(`table ${table.name} has an empty header.`);
      if (findExcelName(seen, header) !== undefined) {
        add(`table ${table.name} repeats header "${header}".`);
      }
      seen.push(header);
    }
    table.rows.forEach((row, r) => {
      if (row.length !== table.headers.length) {
        add(
          `table ${table.name} row ${r + 1} has ${row.length} cells; expected ${table.headers.length}.`
        );
      }
    });
    add(
      rangeProblem(`table ${table.name}`, {
        ...table,
        rows: table.rows.length + 1,
        cols: table.headers.length,
      })
    );
  }
  const frozen = layout.frozen;
  if (
    frozen &&
    (frozen.rows < 0 || frozen.cols < 0 || !Number.isInteger(frozen.rows + frozen.cols))
  ) {
    add(`frozen panes ${frozen.rows} rows, ${frozen.cols} columns is not valid.`);
  }
  if (layout.tabColor !== undefined && !/^#[0-9A-Fa-f]{6}$/.test(layout.tabColor)) {
    add(`tab colour ${JSON.stringify(layout.tabColor)} is not #RRGGBB.`);
  }
  return problems;
}
