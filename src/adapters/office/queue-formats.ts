import { cellAddress, rangeAddress, sheetReference } from "../../core/layout/a1";
import type { CellStyle, HeaderFooterText, SheetLayout } from "../../core/layout/types";
import type { RangeApi, WorksheetApi } from "./api";
import { widthToPoints } from "./write-plan";

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
];
const WEIGHT = { thin: "Thin", medium: "Medium", thick: "Thick" } as const;
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const VALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function applyStyle(range: RangeApi, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fillColor !== undefined) format.fill.color = style.fillColor;
  if (style.horizontal) format.horizontalAlignment = ALIGN[style.horizontal];
  if (style.vertical) format.verticalAlignment = VALIGN[style.vertical];
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = WEIGHT[style.border];
      if (style.borderColor) border.color = style.borderColor;
    }
  }
}

function applyHeaderFooter(
  target: WorksheetApi["pageLayout"]["headersFooters"]["defaultForAllPages"],
  text: HeaderFooterText | undefined,
  kind: "Footer" | "Header"
): void {
  if (!text) return;
  if (text.left !== undefined) target[`left${kind}`] = text.left;
  if (text.center !== undefined) target[`center${kind}`] = text.center;
  if (text.right !== undefined) target[`right${kind}`] = text.right;
}

/** A cell style applied to one range: the unit the formats pass counts against its budget. */
export interface StyleWrite {
  readonly address: string;
  readonly style: CellStyle;
}

/** Every range style of a layout (range formats first, then cells), in the order to apply. */
export function styleWrites(layout: SheetLayout): StyleWrite[] {
  return [
    ...(layout.formats ?? [])
      .filter((format) => format.style)
      .map((format) => ({ address: rangeAddress(format.range), style: format.style! })),
    ...layout.cells
      .filter((cell) => cell.style)
      .map((cell) => ({ address: cellAddress(cell.row, cell.col), style: cell.style! })),
  ];
}

export function queueStyles(sheet: WorksheetApi, writes: readonly StyleWrite[]): void {
  for (const write of writes) applyStyle(sheet.getRange(write.address), write.style);
}

/** The layout's range number formats (cells carry their own in `cellBlocks`). */
export function queueNumberFormats(sheet: WorksheetApi, layout: SheetLayout): void {
  for (const format of layout.formats ?? []) {
    if (format.numberFormat === undefined) continue;
    const rows = format.range.rows ?? 1;
    const cols = format.range.cols ?? 1;
    sheet.getRange(rangeAddress(format.range)).numberFormat = Array.from({ length: rows }, () =>
      Array(cols).fill(format.numberFormat)
    );
  }
}

/**
 * Merges, list validations, conditional formats and hyperlinks. Microsoft's documentation of
 * `Range.copyFrom` does not say whether a copy carries these, so the commit writes them
 * straight onto the live sheet rather than relying on the copy.
 */
export function queueCellRules(sheet: WorksheetApi, layout: SheetLayout): void {
  for (const merge of layout.merges ?? []) sheet.getRange(rangeAddress(merge)).merge(false);
  for (const rule of layout.validations ?? []) {
    const validation = sheet.getRange(rangeAddress(rule.range)).dataValidation;
    const source = "items" in rule.source ? rule.source.items.join(",") : rule.source.formula;
    validation.rule = { list: { inCellDropDown: true, source } };
    validation.ignoreBlanks = rule.allowBlank ?? true;
    validation.errorAlert = {
      showAlert: rule.strict ?? true,
      style: "Stop",
      title: "TrustTier",
      message: "Choose a value from the list.",
    };
  }
  for (const rule of layout.conditionalFormats ?? []) {
    const added = sheet
      .getRange(rangeAddress(rule.range))
      // The enum's string value, so this module runs without the Office.js global.
      .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    added.custom.rule.formula = rule.formula;
    if (rule.style.fillColor) added.custom.format.fill.color = rule.style.fillColor;
    if (rule.style.fontColor) added.custom.format.font.color = rule.style.fontColor;
    if (rule.style.bold !== undefined) added.custom.format.font.bold = rule.style.bold;
    if (rule.stopIfTrue) added.stopIfTrue = true;
  }
  for (const link of layout.hyperlinks ?? []) {
    sheet.getRange(cellAddress(link.row, link.col)).hyperlink = {
      textToDisplay: link.text,
      ...("url" in link.target
        ? { address: link.target.url }
        : {
            documentReference: `${sheetReference(link.target.sheet)}!${link.target.cell ?? "A1"}`,
          }),
      ...(link.tooltip && { screenTip: link.tooltip }),
    };
  }
}

/**
 * Queues the sheet's own settings, which a copy of its cells does not carry: column widths,
 * row heights, hidden columns, charts, frozen panes, printing, tab colour and gridlines.
 * Written straight onto the live sheet in the commit.
 */
export function queueSheetSettings(sheet: WorksheetApi, layout: SheetLayout): void {
  for (const { col, width } of layout.columnWidths ?? []) {
    sheet.getRange(cellAddress(0, col)).format.columnWidth = widthToPoints(width);
  }
  for (const { row, height } of layout.rowHeights ?? []) {
    sheet.getRange(cellAddress(row, 0)).format.rowHeight = height;
  }
  for (const col of layout.hiddenColumns ?? []) {
    sheet.getRange(cellAddress(0, col)).columnHidden = true;
  }
  for (const chart of layout.charts ?? []) {
    // The enums' string values, so this module runs without the Office.js global.
    const added = sheet.charts.add(
      chart.type === "line" ? "Line" : "ColumnClustered",
      sheet.getRange(rangeAddress(chart.source)),
      "Columns"
    );
    added.title.text = chart.title;
    const anchor = chart.anchor;
    added.setPosition(
      cellAddress(anchor.row, anchor.col),
      cellAddress(anchor.row + (anchor.rows ?? 1) - 1, anchor.col + (anchor.cols ?? 1) - 1)
    );
  }
  const frozen = layout.frozen;
  if (frozen && frozen.rows > 0 && frozen.cols > 0) {
    sheet.freezePanes.freezeAt(
      rangeAddress({ row: 0, col: 0, rows: frozen.rows, cols: frozen.cols })
    );
  } else if (frozen && frozen.rows > 0) sheet.freezePanes.freezeRows(frozen.rows);
  else if (frozen && frozen.cols > 0) sheet.freezePanes.freezeColumns(frozen.cols);
  const print = layout.print;
  if (print) {
    const page = sheet.pageLayout;
    if (print.orientation)
      page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    if (print.paperSize) page.paperSize = print.paperSize;
    if (print.fitTo) {
      page.zoom = { horizontalFitToPages: print.fitTo.wide, verticalFitToPages: print.fitTo.tall };
    }
    if (print.titleRows) {
      page.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
    }
    if (print.area) page.setPrintArea(rangeAddress(print.area));
    applyHeaderFooter(page.headersFooters.defaultForAllPages, print.footer, "Footer");
    applyHeaderFooter(page.headersFooters.defaultForAllPages, print.header, "Header");
  }
  if (layout.tabColor) sheet.tabColor = layout.tabColor;
  if (layout.hideGridlines) sheet.showGridlines = false;
}

export function officeVisibility(layout: SheetLayout): "Visible" | "Hidden" | "VeryHidden" {
  return VISIBILITY[layout.visibility ?? "visible"];
}
