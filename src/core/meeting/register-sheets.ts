import { compareIso, type IsoDate } from "../dates/iso";
import type { CellRange, CellStyle, LayoutCell, RangeFormat, SheetLayout } from "../layout/types";
import {
  levelCountsGrid,
  nowVsLastGrid,
  projectedColumns,
  registerColumns,
  registerGrid,
  type LevelCounts,
  type Register,
  type RegisterColumn,
} from ".";
import type { CellGrid } from "../values/cell";
import { DATE_FORMAT } from "../layout/number-formats";

export const REGISTER_SHEET = "Register";
export const REGISTER_TABLE = "Register";
export const PROJECTED_SHEET = "Register (projected)";
export const PROJECTED_TABLE = "RegisterProjected";
export const CHARTS_SHEET = "Meeting charts";

const NUMBER_FORMAT: Partial<Record<RegisterColumn["kind"], string>> = {
  date: DATE_FORMAT,
  percent: "0%",
};

/** Width in characters for each register column on the working sheet. */
const WIDTH: Record<string, number> = {
  urn: 9,
  school: 30,
  computed: 16,
  concern: 30,
  agreement: 11,
  rating: 12,
  agreed: 18,
  agreedBy: 16,
  agreedOn: 12,
  reason: 36,
  previous: 16,
  movement: 18,
  scc: 10,
  nextReview: 14,
  due: 11,
  dueReason: 40,
  openActions: 10,
  safeguardingHr: 36,
  performanceManagement: 36,
};

function columnFormats(columns: readonly RegisterColumn[], rows: number): RangeFormat[] {
  return columns.flatMap((column, col) => {
    const numberFormat = NUMBER_FORMAT[column.kind];
    return numberFormat
      ? [{ range: { row: 1, col, rows: Math.max(1, rows), cols: 1 }, numberFormat }]
      : [];
  });
}

/**
 * The working register: one Excel table (filterable, appended and read through table APIs),
 * every column, most concern first, a drop-down of the framework's levels on Agreed level.
 */
export function registerSheetLayout(register: Register): SheetLayout {
  const [header, ...rows] = registerGrid(register, registerColumns);
  const agreed = registerColumns.findIndex((column) => column.key === "agreed");
  const rowCount = Math.max(1, rows.length);
  return {
    name: REGISTER_SHEET,
    cells: [],
    tables: [
      {
        name: REGISTER_TABLE,
        row: 0,
        col: 0,
        headers: header.map(String),
        rows,
        style: "TableStyleMedium2",
      },
    ],
    formats: [
      ...columnFormats(registerColumns, rows.length),
      ...["reason", "dueReason", "safeguardingHr", "performanceManagement"].map((key) => ({
        range: {
          row: 1,
          col: registerColumns.findIndex((column) => column.key === key),
          rows: rowCount,
          cols: 1,
        },
        style: { wrapText: true },
      })),
    ],
    validations: [
      {
        range: { row: 1, col: agreed, rows: rowCount, cols: 1 },
        source: { items: register.framework.levels.map((level) => level.name) },
        strict: false,
        allowBlank: true,
      },
    ],
    columnWidths: registerColumns.map((column, col) => ({ col, width: WIDTH[column.key] ?? 14 })),
    frozen: { rows: 1, cols: 2 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitTo: { wide: 1, tall: 0 },
      titleRows: { first: 0, last: 0 },
    },
  };
}

/** Projector colours: every pair is checked ≥ 4.5:1 in test/features/meeting. */
export const PROJECTED_COLOURS = {
  headerFill: "#1F3864",
  headerFont: "#FFFFFF",
  bodyFill: "#FFFFFF",
  bodyFont: "#1A1A1A",
  stripeFill: "#EDF1F7",
  titleFont: "#1F3864",
} as const;

/** Every font-on-fill pair the projected sheet uses. */
export const PROJECTED_PAIRS: ReadonlyArray<{ font: string; fill: string; use: string }> = [
  { font: PROJECTED_COLOURS.headerFont, fill: PROJECTED_COLOURS.headerFill, use: "header" },
  { font: PROJECTED_COLOURS.bodyFont, fill: PROJECTED_COLOURS.bodyFill, use: "row" },
  { font: PROJECTED_COLOURS.bodyFont, fill: PROJECTED_COLOURS.stripeFill, use: "striped row" },
  { font: PROJECTED_COLOURS.titleFont, fill: PROJECTED_COLOURS.bodyFill, use: "title" },
];

export const PROJECTED_BODY_PT = 20;
export const PROJECTED_HEADER_PT = 20;
export const PROJECTED_TITLE_PT = 24;

/** The projected view's columns: the confidential ones are absent, not hidden. */
const PROJECTED_KEYS = [
  "school",
  "computed",
  "agreed",
  "previous",
  "movement",
  "rating",
  "scc",
  "due",
  "nextReview",
  "openActions",
];

export function projectedRegisterColumns(): RegisterColumn[] {
  const shown = projectedColumns(registerColumns);
  return PROJECTED_KEYS.map((key) => shown.find((column) => column.key === key)).filter(
    (column): column is RegisterColumn => column !== undefined
  );
}

/** Widths in characters of the default 11 pt font, so 20 pt text fits (about 1.8 times). */
const PROJECTED_WIDTH: Record<string, number> = {
  school: 42,
  computed: 19,
  agreed: 19,
  previous: 19,
  movement: 27,
  rating: 17,
  scc: 8,
  due: 12,
  nextReview: 18,
  openActions: 13,
};

const PROJECTED_HEADERS: Record<string, string> = {
  computed: "Computed",
  agreed: "Agreed",
  previous: "Last meeting",
  nextReview: "Next review",
  openActions: "Actions",
  due: "Due now",
  scc: "SCC",
};

/**
 * The register for a 16:9 projector at 100% zoom: the non-confidential columns that fit,
 * 20 pt body text, a bold header in white on dark blue, striped rows (with the movement in
 * words and a symbol, so colour is never the only signal), a frozen title and header, and a
 * landscape page fit to one page wide. Written as plain cells, not a table: a table's style
 * would override the contrast checked here.
 */
export function projectedRegisterLayout(register: Register, title?: string): SheetLayout {
  const columns = projectedRegisterColumns();
  const [, ...rows] = registerGrid(register, columns);
  const c = PROJECTED_COLOURS;
  const top = 1;
  const header: CellStyle = {
    bold: true,
    fontSize: PROJECTED_HEADER_PT,
    fontColor: c.headerFont,
    fillColor: c.headerFill,
    vertical: "center",
    wrapText: true,
  };
  const cells: LayoutCell[] = [
    {
      row: 0,
      col: 0,
      value: title ?? `Risk register: meeting of ${register.meetingDate}`,
      style: { bold: true, fontSize: PROJECTED_TITLE_PT, fontColor: c.titleFont },
    },
    ...columns.map((column, col) => ({
      row: top,
      col,
      value: PROJECTED_HEADERS[column.key] ?? column.header,
      style: header,
    })),
  ];
  rows.forEach((values, r) => {
    const fill = r % 2 === 0 ? c.bodyFill : c.stripeFill;
    columns.forEach((column, col) => {
      cells.push({
        row: top + 1 + r,
        col,
        value: values[col] ?? null,
        ...(NUMBER_FORMAT[column.kind] ? { numberFormat: NUMBER_FORMAT[column.kind] } : {}),
        style: {
          fontSize: PROJECTED_BODY_PT,
          fontColor: c.bodyFont,
          fillColor: fill,
          vertical: "center",
          border: "thin",
          borderColor: "#8C8C8C",
          ...(column.key === "school" ? { wrapText: true } : {}),
          ...(column.key === "agreed" || column.key === "movement" ? { bold: true } : {}),
        },
      });
    });
  });
  const area: CellRange = { row: 0, col: 0, rows: rows.length + 2, cols: columns.length };
  return {
    name: PROJECTED_SHEET,
    cells,
    columnWidths: columns.map((column, col) => ({
      col,
      width: PROJECTED_WIDTH[column.key] ?? 14,
    })),
    rowHeights: [
      { row: 0, height: 34 },
      { row: top, height: 56 },
      // Two lines of 20 pt, for a long school name.
      ...rows.map((_, r) => ({ row: top + 1 + r, height: 52 })),
    ],
    frozen: { rows: top + 1, cols: 1 },
    hideGridlines: true,
    zoom: 100,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitTo: { wide: 1, tall: 0 },
      titleRows: { first: 0, last: top },
      area,
    },
  };
}

function gridCells(grid: CellGrid, row: number, col: number, dateColumn?: number): LayoutCell[] {
  return grid.flatMap((values, r) =>
    values.map((value, c) => ({
      row: row + r,
      col: col + c,
      value,
      ...(r === 0 ? { style: { bold: true } } : {}),
      ...(r > 0 && c === dateColumn ? { numberFormat: DATE_FORMAT } : {}),
    }))
  );
}

/**
 * Schools per level now against the last meeting, and over all meetings, as small tables
 * with a chart over each. Excel draws the charts (Office.js); a file written by the
 * command-line tool keeps the two tables, which hold the same figures.
 */
export function meetingChartsLayout(counts: LevelCounts, asOf?: IsoDate): SheetLayout {
  const meetings = asOf
    ? { ...counts, meetings: counts.meetings.filter((m) => compareIso(m.meetingDate, asOf) <= 0) }
    : counts;
  const nowVsLast = nowVsLastGrid(meetings);
  const overTime = levelCountsGrid(meetings);
  const secondRow = 2 + nowVsLast.length + 2;
  const levels = counts.levels.length;
  return {
    name: CHARTS_SHEET,
    cells: [
      {
        row: 0,
        col: 0,
        value: "Schools per level: this meeting against the last",
        style: { bold: true, fontSize: 14 },
      },
      ...gridCells(nowVsLast, 1, 0),
      {
        row: secondRow - 1,
        col: 0,
        value: "Schools per level at each meeting",
        style: { bold: true, fontSize: 14 },
      },
      ...gridCells(overTime, secondRow, 0, 0),
    ],
    columnWidths: [
      { col: 0, width: 22 },
      ...Array.from({ length: levels + 1 }, (_, i) => ({ col: i + 1, width: 18 })),
    ],
    charts: [
      {
        title: "Schools per level: this meeting against the last",
        type: "columnClustered",
        // Level, last meeting, this meeting (the Change column is not plotted).
        source: { row: 1, col: 0, rows: nowVsLast.length, cols: 3 },
        anchor: { row: 0, col: levels + 3, rows: 16, cols: 8 },
      },
      {
        title: "Schools per level at each meeting",
        type: "line",
        // Meeting, then one series per level (the Total column is not plotted).
        source: { row: secondRow, col: 0, rows: overTime.length, cols: levels + 1 },
        anchor: { row: 17, col: levels + 3, rows: 16, cols: 8 },
      },
    ],
  };
}
