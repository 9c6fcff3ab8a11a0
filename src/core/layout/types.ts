import type { CellGrid, CellValue } from "../values/cell";

/**
 * A sheet described as data: what a writer (Office.js, xlsx, memory) puts into a workbook.
 * Positions are 0-based (row 0 / col 0 is A1). A layout never reads the workbook and a
 * writer never decides what to write.
 */

/** One cell, 0-based. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells from (row, col); `rows`/`cols` default to 1. */
export interface CellRange extends CellPosition {
  readonly rows?: number;
  readonly cols?: number;
}

/** A colour as "#RRGGBB". */
export type Colour = string;

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "center" | "bottom";
export type BorderWeight = "thin" | "medium" | "thick";

/** Cell formatting every adapter can write. Unset fields leave Excel's default. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: Colour;
  readonly fillColor?: Colour;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  readonly wrapText?: boolean;
  /** A border of this weight on all four edges of each cell in the range. */
  readonly border?: BorderWeight;
  readonly borderColor?: Colour;
}

/**
 * One cell's content. `value` strings are always literal text: a writer keeps "=SUM(1)" or
 * "+44 20" as text. Live formulas go in `formula` ("=SUM(A1:A3)", English function names,
 * comma separators, no `_xlfn.` prefix: the xlsx writer adds it where a file needs it).
 */
export interface LayoutCell extends CellPosition {
  readonly value?: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** Number format and/or style applied to every cell of a range (cheaper than per cell). */
export interface RangeFormat {
  readonly range: CellRange;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** An Excel table (ListObject): header row at (row, col), data rows below it. */
export interface LayoutTable extends CellPosition {
  readonly name: string;
  readonly headers: readonly string[];
  /** Data rows, each as wide as `headers`. Strings are literal text. */
  readonly rows: CellGrid;
  /** Excel's built-in table style name, e.g. "TableStyleMedium2". */
  readonly style?: string;
}

/** A drop-down list: fixed items, or a source formula such as "=People!$A$2:$A$40". */
export interface ListValidation {
  readonly range: CellRange;
  readonly source: { readonly items: readonly string[] } | { readonly formula: string };
  /** Refuse values not in the list (default true). */
  readonly strict?: boolean;
  readonly allowBlank?: boolean;
}

/** The formatting a conditional-format rule applies when its formula is TRUE. */
export interface ConditionalStyle {
  readonly fontColor?: Colour;
  readonly fillColor?: Colour;
  readonly bold?: boolean;
}

/**
 * An expression rule, as Excel's "Use a formula to determine which cells to format": the
 * formula is a native Excel formula (never a custom function: those never apply in a rule)
 * written relative to the range's top-left cell, e.g. range B5:F5 with "=AND(ISNUMBER(B5),B5>=B$3)".
 */
export interface ConditionalFormatRule {
  readonly range: CellRange;
  readonly formula: string;
  readonly style: ConditionalStyle;
  readonly stopIfTrue?: boolean;
}

/** A clickable link on a cell: to a web address, or to a place in the workbook. */
export interface LayoutHyperlink extends CellPosition {
  readonly text: string;
  readonly target: { readonly url: string } | { readonly sheet: string; readonly cell?: string };
  readonly tooltip?: string;
}

/** Header/footer text uses Excel's codes (&D date, &P page, &A sheet name); write "&&" for "&". */
export interface HeaderFooterText {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface PrintSettings {
  readonly orientation?: "portrait" | "landscape";
  readonly paperSize?: "A4" | "A3" | "Letter";
  /** Scale to this many pages across and down (1 × 1 = "fit to one page"). */
  readonly fitTo?: { readonly wide: number; readonly tall: number };
  /** Rows repeated at the top of every printed page, 0-based and inclusive. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly footer?: HeaderFooterText;
  readonly header?: HeaderFooterText;
  /** Printed area; the used range when absent. */
  readonly area?: CellRange;
}

/**
 * A chart over a small table on the same sheet: `source` covers the header row and a first
 * column of labels; each further column is a series. Excel draws it (Office.js); a file written
 * by the xlsx adapter keeps the source table only (ExcelJS cannot write charts), so a layout
 * always carries the table as cells too.
 */
export interface LayoutChart {
  readonly title: string;
  readonly type: "columnClustered" | "line";
  readonly source: CellRange;
  /** Where the chart sits: the cells it covers. */
  readonly anchor: CellRange;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A whole sheet as data. `name` must already be safe (see `safeSheetName`). */
export interface SheetLayout {
  readonly name: string;
  readonly cells: readonly LayoutCell[];
  readonly formats?: readonly RangeFormat[];
  /** Width in characters of the default font, as Excel's column-width box shows it. */
  readonly columnWidths?: readonly { readonly col: number; readonly width: number }[];
  /** Height in points. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly merges?: readonly CellRange[];
  readonly tables?: readonly LayoutTable[];
  readonly validations?: readonly ListValidation[];
  readonly conditionalFormats?: readonly ConditionalFormatRule[];
  readonly hyperlinks?: readonly LayoutHyperlink[];
  /** Rows and columns frozen at the top-left (0 = none). */
  readonly frozen?: { readonly rows: number; readonly cols: number };
  readonly print?: PrintSettings;
  readonly visibility?: SheetVisibility;
  readonly tabColor?: Colour;
  /** Hide Excel's gridlines on screen. */
  readonly hideGridlines?: boolean;
  /** Columns hidden on screen and in print, 0-based. */
  readonly hiddenColumns?: readonly number[];
  readonly charts?: readonly LayoutChart[];
  /** The sheet's zoom in percent (xlsx and memory; Office.js has no zoom API). */
  readonly zoom?: number;
}
