import { cellAddress } from "../layout/a1";
import type { Canvas } from "./canvas";
import { countIfs } from "./formulas";
import { dataRange, findColumn, wholeColumn, type ColumnRef, type TableRef } from "./sources";
import { DATE_FORMAT, LABEL_STYLE, LAST_COL, SECTION_STYLE } from "./style";

/** A dated record table (Inspections, HealthChecks): the academy's latest row, by date. */
interface Dated {
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
function onLatest(source: Dated, value: ColumnRef, urnCell: string, dateCell: string): string {
  const row = `SUMPRODUCT(MAX((${dataRange(source.urn)}=${urnCell})*(${dataRange(source.date)}=${dateCell})*ROW(${dataRange(source.urn)})))`;
  const at = `INDEX(${wholeColumn(value)},${row})`;
  return `=IF(N(${dateCell})=0,"",IF(${at}="","",${at}))`;
}

/**
 * The latest date the next inspection can fall. Statute: within five school years from the end
 * of the school year of the previous inspection (Education (School Inspection) (England)
 * Regulations 2005, as Ofsted's "Changes to the school inspection window", 13 April 2018,
 * restates it); a school last judged requires improvement or inadequate is re-inspected
 * within 30 months (same source; Ofsted counts from the report's publication, which the
 * Inspections table does not hold, so this counts from the inspection date).
 */
function nextInspectionDue(dateCell: string, outcomeCell: string | undefined): string {
  const statutory = `DATE(YEAR(${dateCell})+IF(MONTH(${dateCell})>=9,1,0)+5,8,31)`;
  const due = outcomeCell
    ? `IF(OR(ISNUMBER(SEARCH("requires improvement",${outcomeCell})),ISNUMBER(SEARCH("inadequate",${outcomeCell}))),EDATE(${dateCell},30),${statutory})`
    : statutory;
  return `=IF(N(${dateCell})=0,"",${due})`;
}

function labelled(canvas: Canvas, label: string, formula: string, format?: string): string {
  const row = canvas.row++;
  canvas.value(row, 0, label, LABEL_STYLE);
  canvas.formula(row, 1, formula, format, { horizontal: "left" });
  canvas.merge({ row, col: 1, cols: 3 });
  return cellAddress(row, 1);
}

function longText(canvas: Canvas, label: string, formula: string, height: number[]): void {
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
function openDated(
  canvas: Canvas,
  table: TableRef | undefined,
  urnCell: string,
  section: { dateHeaders: readonly string[]; title: string; last: string }
): { source: Dated; dateCell: string } | undefined {
  const urn = findColumn(table, "URN");
  const date = findColumn(table, ...section.dateHeaders);
  if (!urn || !date) return undefined;
  const source = { urn, date };
  title(canvas, section.title);
  const dateCell = labelled(canvas, section.last, latestDate(source, urnCell), DATE_FORMAT);
  return { source, dateCell };
}

/** Ofsted next steps (any of the three regimes): last inspection, type, outcome, next steps. */
export function writeOfsted(
  canvas: Canvas,
  table: TableRef | undefined,
  urnCell: string,
  tallRows: number[]
): boolean {
  const opened = openDated(canvas, table, urnCell, {
    dateHeaders: ["Inspection date", "Date", "INSPECTIONDT"],
    title: "Ofsted Next Steps",
    last: "Last Inspection:",
  });
  if (!opened) return false;
  const { source, dateCell } = opened;
  const type = findColumn(table, "Type", "Inspection type");
  const overall = findColumn(table, "Overall", "Overall effectiveness", "Outcome");
  if (type) labelled(canvas, "Type:", onLatest(source, type, urnCell, dateCell));
  const outcomeCell = overall
    ? labelled(canvas, "Outcome:", onLatest(source, overall, urnCell, dateCell))
    : undefined;
  labelled(canvas, "Next due by:", nextInspectionDue(dateCell, outcomeCell), DATE_FORMAT);
  const steps = findColumn(table, "Next steps", "Areas for improvement");
  if (steps) longText(canvas, "Next Steps -", onLatest(source, steps, urnCell, dateCell), tallRows);
  canvas.row++;
  return true;
}

/** Health check: last, next due, findings. */
export function writeHealthCheck(
  canvas: Canvas,
  table: TableRef | undefined,
  urnCell: string,
  tallRows: number[]
): boolean {
  const opened = openDated(canvas, table, urnCell, {
    dateHeaders: ["Date", "Health check date", "Visit date"],
    title: "Health Check",
    last: "Last Health Check:",
  });
  if (!opened) return false;
  const { source, dateCell } = opened;
  const due = findColumn(table, "Next due", "Next health check due");
  if (due) {
    labelled(
      canvas,
      "Next Health Check Due:",
      onLatest(source, due, urnCell, dateCell),
      DATE_FORMAT
    );
  }
  const findings = findColumn(table, "Findings");
  if (findings)
    longText(canvas, "Findings", onLatest(source, findings, urnCell, dateCell), tallRows);
  canvas.row++;
  return true;
}
