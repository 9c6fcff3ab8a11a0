import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/values/cell";
import { stripXlfnPrefixes } from "./xlfn";

const MS_PER_DAY = 86400000;
/** 1899-12-30: Excel's day 0 in the 1900 date system (its 1900 leap-year quirk included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A Date as Excel's serial number, as Office.js `Range.values` returns dates. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
}

/** Excel's 1900-system serial as a Date (UTC midnight for whole days). */
export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH + Math.round(serial * MS_PER_DAY));
}

/** A cell's shown value as the port gives it: dates as serial numbers, errors as "#N/A". */
export function readCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value === "" ? null : value;
  }
  if (value instanceof Date) return dateToSerial(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("") || null;
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : null;
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) return null;
    if (result instanceof Date) return dateToSerial(result);
    return typeof result === "object" ? result.error : result;
  }
  return null;
}

/** "=..." for a formula cell (file prefixes removed), undefined otherwise. */
export function readCellFormula(cell: ExcelJS.Cell): string | undefined {
  const formula = cell.formula;
  return formula ? `=${stripXlfnPrefixes(formula)}` : undefined;
}
