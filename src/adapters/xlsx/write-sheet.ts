import type ExcelJS from "exceljs";
import { cellAddress, rangeAddress, sheetReference } from "../../core/layout/a1";
import type {
  CellRange,
  CellStyle,
  ConditionalStyle,
  HeaderFooterText,
  LayoutHyperlink,
  PrintSettings,
  SheetLayout,
} from "../../core/layout/types";
import { addXlfnPrefixes } from "./xlfn";

const argb = (colour: string) => ({ argb: `FF${colour.replace("#", "").toUpperCase()}` });
const PAPER: Record<NonNullable<PrintSettings["paperSize"]>, number> = {
  Letter: 1,
  A3: 8,
  A4: 9,
};

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize || style.fontColor) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
      ...(style.fontColor !== undefined && { color: argb(style.fontColor) }),
    };
  }
  if (style.fillColor) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fillColor) };
  }
  if (style.horizontal || style.vertical || style.wrapText !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.horizontal && { horizontal: style.horizontal }),
      ...(style.vertical && { vertical: style.vertical === "center" ? "middle" : style.vertical }),
      ...(style.wrapText !== undefined && { wrapText: style.wrapText }),
    };
  }
  if (style.border) {
    const edge = {
      style: style.border,
      ...(style.borderColor && { color: argb(style.borderColor) }),
    } as ExcelJS.Border;
    cell.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
}

function eachCell(
  sheet: ExcelJS.Worksheet,
  range: CellRange,
  visit: (cell: ExcelJS.Cell) => void
): void {
  for (let r = 0; r < (range.rows ?? 1); r++) {
    for (let c = 0; c < (range.cols ?? 1); c++) {
      visit(sheet.getCell(range.row + r + 1, range.col + c + 1));
    }
  }
}

function conditionalStyle(style: ConditionalStyle): Partial<ExcelJS.Style> {
  return {
    ...(style.fillColor && {
      fill: { type: "pattern", pattern: "solid", bgColor: argb(style.fillColor) },
    }),
    ...((style.fontColor || style.bold !== undefined) && {
      font: {
        ...(style.fontColor && { color: argb(style.fontColor) }),
        ...(style.bold !== undefined && { bold: style.bold }),
      },
    }),
  };
}

/** Excel's header/footer string: "&L...&C...&R...". */
function headerFooter(text: HeaderFooterText | undefined): string | undefined {
  if (!text) return undefined;
  const parts = [
    text.left !== undefined ? `&L${text.left}` : "",
    text.center !== undefined ? `&C${text.center}` : "",
    text.right !== undefined ? `&R${text.right}` : "",
  ].join("");
  return parts === "" ? undefined : parts;
}

/** An in-workbook link as "#'Sheet'!A1", the form Excel and LibreOffice follow from a file. */
function hyperlinkTarget(link: LayoutHyperlink): string {
  return "url" in link.target
    ? link.target.url
    : `#${sheetReference(link.target.sheet)}!${link.target.cell ?? "A1"}`;
}

function writePrint(sheet: ExcelJS.Worksheet, print: PrintSettings): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    ...(print.orientation && { orientation: print.orientation }),
    ...(print.paperSize && { paperSize: PAPER[print.paperSize] as ExcelJS.PageSetup["paperSize"] }),
    ...(print.fitTo && {
      fitToPage: true,
      fitToWidth: print.fitTo.wide,
      fitToHeight: print.fitTo.tall,
    }),
    ...(print.titleRows && {
      printTitlesRow: `${print.titleRows.first + 1}:${print.titleRows.last + 1}`,
    }),
    ...(print.area && { printArea: rangeAddress(print.area) }),
  };
  const footer = headerFooter(print.footer);
  const header = headerFooter(print.header);
  sheet.headerFooter = {
    ...sheet.headerFooter,
    ...(footer && { oddFooter: footer }),
    ...(header && { oddHeader: header }),
  };
}

/** Writes every part of a layout onto a new, empty worksheet. */
export function writeSheet(sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  sheet.state = layout.visibility ?? "visible";
  if (layout.tabColor) sheet.properties.tabColor = argb(layout.tabColor);
  for (const format of layout.formats ?? []) {
    eachCell(sheet, format.range, (cell) => {
      if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
      if (format.style) applyStyle(cell, format.style);
    });
  }
  for (const item of layout.cells) {
    const cell = sheet.getCell(item.row + 1, item.col + 1);
    if (item.formula !== undefined) {
      cell.value = {
        formula: addXlfnPrefixes(item.formula).replace(/^=/, ""),
      } as ExcelJS.CellValue;
    } else if (item.value !== undefined) {
      cell.value = item.value === "" ? null : item.value;
    }
    if (item.numberFormat !== undefined) cell.numFmt = item.numberFormat;
    if (item.style) applyStyle(cell, item.style);
  }
  writeSheetTables(sheet, layout);
  for (const link of layout.hyperlinks ?? []) {
    sheet.getCell(link.row + 1, link.col + 1).value = {
      text: link.text,
      hyperlink: hyperlinkTarget(link),
      ...(link.tooltip && { tooltip: link.tooltip }),
    };
  }
  for (const { col, width } of layout.columnWidths ?? []) sheet.getColumn(col + 1).width = width;
  for (const { row, height } of layout.rowHeights ?? []) sheet.getRow(row + 1).height = height;
  for (const col of layout.hiddenColumns ?? []) sheet.getColumn(col + 1).hidden = true;
  // layout.charts: ExcelJS cannot write charts; the layout holds each chart's source table.
  for (const merge of layout.merges ?? []) sheet.mergeCells(rangeAddress(merge));
  for (const rule of layout.validations ?? []) {
    const formula =
      "items" in rule.source
        ? `"${rule.source.items.join(",")}"`
        : rule.source.formula.replace(/^=/, "");
    eachCell(sheet, rule.range, (cell) => {
      cell.dataValidation = {
        type: "list",
        allowBlank: rule.allowBlank ?? true,
        formulae: [formula],
        showErrorMessage: rule.strict ?? true,
      };
    });
  }
  layout.conditionalFormats?.forEach((rule, index) => {
    sheet.addConditionalFormatting({
      ref: rangeAddress(rule.range),
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [addXlfnPrefixes(rule.formula).replace(/^=/, "")],
          style: conditionalStyle(rule.style),
          ...(rule.stopIfTrue && { stopIfTrue: true }),
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  });
  const frozen = layout.frozen;
  const frozenView =
    frozen && (frozen.rows > 0 || frozen.cols > 0)
      ? { state: "frozen" as const, xSplit: frozen.cols, ySplit: frozen.rows }
      : { state: "normal" as const };
  sheet.views = [
    {
      ...frozenView,
      showGridLines: !layout.hideGridlines,
      ...(layout.zoom !== undefined && { zoomScale: layout.zoom }),
    },
  ];
  if (layout.print) writePrint(sheet, layout.print);
}

/** Adds the layout's tables (their header and data cells included) to the sheet. */
export function writeSheetTables(sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const table of layout.tables ?? []) {
    sheet.addTable({
      name: table.name,
      ref: cellAddress(table.row, table.col),
      headerRow: true,
      style: {
        theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: true,
      },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      rows: table.rows.map((row) => row.map((value) => (value === "" ? null : value))),
    });
  }
}
