import { cellAddress } from "../layout/a1";
import type { Canvas } from "./canvas";
import { countIfs } from "./formulas";
import { cardColumn, type CardSources } from "./card-tables";
import { dataRange, wholeColumn, type ColumnRef } from "./sources";
import { DATE_FORMAT, LABEL_STYLE, LAST_COL, SECTION_STYLE } from "./style";

/** A dated record table (Inspections, HealthChecks): the academy's latest row, by date. */
export interface Dated {
  readonly urn: ColumnRef;
  readonly date: ColumnRef;
}

function title(canvas: Canvas, text: string): void {
  canvas.value(canvas.row, 0, text, SECTION_STYLE);
  canvas.format({ row: canvas.row, col: 1, cols: LAST_COL }, SECTION_STYLE);
  canvas.row++;
}

/** The latest date for the academy, or "" (dates are serials; SUMPRODUCT(MAX) reads them). */
function latestDate(source: Dated, urnCell: string): string {
  return `=IF(${countIfs([{ column: source.urn, equals: urnCell }])}=0,"",SUMPRODUCT(MAX((${dataRange(source.urn)}=${urnCell})*${dataRange(source.date)})))`;
}

/** A column of the row holding the latest date in `dateCell`, or "". */
export function onLatest(
  source: Dated,
  value: ColumnRef,
  urnCell: string,
  dateCell: string
): string {
  const row = `SUMPRODUCT(MAX((${dataRange(source.urn)}=${urnCell})*(${dataRange(source.date)}=${dateCell})*ROW(${dataRange(source.urn)})))`;
  const at = `INDEX(${wholeColumn(value)},${row})`;
  return `=IF(N(${dateCell})=0,"",IF(${at}="","",${at}))`;
}

export function labelled(canvas: Canvas, label: string, formula: string, format?: string): string {
  const row = canvas.row++;
  canvas.value(row, 0, label, LABEL_STYLE);
  canvas.formula(row, 1, formula, format, { horizontal: "left" });
  canvas.merge({ row, col: 1, cols: 3 });
  return cellAddress(row, 1);
}

export function longText(canvas: Canvas, label: string, formula: string, height: number[]): void {
  const row = canvas.row++;
  canvas.value(row, 0, label, { ...LABEL_STYLE, vertical: "top" });
  canvas.formula(row, 1, formula, undefined, { wrapText: true, vertical: "top" });
  canvas.merge({ row, col: 1, cols: LAST_COL });
  height.push(row);
}

/**
 * Opens a dated record section when the table has URN and date columns: its title and the
 * academy's latest date. Undefined (the section left out) otherwise.
 */
export function openDated(
  canvas: Canvas,
  sources: CardSources,
  table: "inspections" | "healthChecks",
  urnCell: string,
  section: { title: string; last: string }
): { source: Dated; dateCell: string } | undefined {
  const urn = cardColumn(sources, table, "urn");
  const date = cardColumn(sources, table, "date");
  if (!urn || !date) return undefined;
  const source = { urn, date };
  title(canvas, section.title);
  const dateCell = labelled(canvas, section.last, latestDate(source, urnCell), DATE_FORMAT);
  return { source, dateCell };
}
