import { explain } from "../explain";
import type { Classification } from "../types";
import { isoToExcelSerial } from "../../dates/excel-serial";
import { isoParts, type IsoDate } from "../../dates/iso";
import type { Framework } from "../../frameworks/types";
import { cellAddress, columnLetter } from "../../layout/a1";
import { DATE_FORMAT } from "../../layout/number-formats";
import type { CellValue } from "../../values/cell";

/** The text a result cell shows when there is no level. */
export function levelText(result: Classification): string {
  return result.status === "classified" ? result.level.name : result.status;
}

export interface ResultColumn {
  header: string;
  numberFormat?: string;
}

/** The result columns written beside a schools table for one framework. */
export function resultColumns(framework: Framework): ResultColumn[] {
  const noun = framework.levelNoun;
  return [
    { header: `${noun} (proposed)` },
    { header: `${noun} security` },
    { header: `${noun} next review`, numberFormat: DATE_FORMAT },
    { header: `${noun} reason` },
    { header: `${noun} formula (as text)` },
  ];
}

/** Where the evidence sits on the output sheet, for the equivalent TRUST.TIER formula. */
export interface EvidenceSpan {
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based first and last columns of the evidence (the result columns are outside it). */
  firstCol: number;
  lastCol: number;
}

function dateFormula(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  return `DATE(${year},${month},${day})`;
}

/**
 * The custom-function formula that gives this row's level live in Excel, as text: files store
 * add-in formulas in a form that shows #NAME? until Excel re-enters them, so the value is
 * written and the formula shown beside it for the person (or the pane) to enter.
 */
export function trustTierFormula(
  framework: Framework,
  span: EvidenceSpan,
  row: number,
  asOf: IsoDate
): string {
  const first = columnLetter(span.firstCol);
  const last = columnLetter(span.lastCol);
  const headers = `$${first}$${span.headerRow + 1}:$${last}$${span.headerRow + 1}`;
  const values = `$${cellAddress(row, span.firstCol)}:$${cellAddress(row, span.lastCol)}`;
  return `=TRUST.TIER("${framework.id}",${headers},${values},${dateFormula(asOf)})`;
}

/** One school's result cells, in the order of `resultColumns`. */
export function resultCells(result: Classification, formula: string): CellValue[] {
  const classified = result.status === "classified";
  return [
    levelText(result),
    classified ? result.security : null,
    classified ? isoToExcelSerial(result.nextReview) : null,
    explain(result),
    formula,
  ];
}
