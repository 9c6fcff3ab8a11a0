import ExcelJS from "exceljs";
import { parseRangeAddress } from "../../../src/core/layout/a1";
import {
  cellKey,
  emptySheet,
  type MemorySheet,
  type MemoryWorkbookModel,
} from "../../../src/adapters/memory/model";
import { readCellFormula, readCellValue } from "../../../src/adapters/xlsx/cell-values";
import { stripXlfnPrefixes } from "../../../src/adapters/xlsx/xlfn";

const colour = (c: Partial<ExcelJS.Color> | undefined) =>
  c?.argb ? `#${c.argb.slice(2).toUpperCase()}` : undefined;

/** Reads a saved xlsx file back into the memory model, so the contract suite can compare. */
export async function xlsxFileToModel(path: string): Promise<MemoryWorkbookModel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { name: path, sheets: workbook.worksheets.map(toSheet) };
}

function toSheet(ws: ExcelJS.Worksheet): MemorySheet {
  const sheet = emptySheet(ws.name);
  sheet.visibility = ws.state;
  sheet.tabColor = colour(ws.properties.tabColor);
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const formula = readCellFormula(cell);
      const fill = cell.fill?.type === "pattern" ? colour(cell.fill.fgColor) : undefined;
      sheet.cells.set(cellKey(r - 1, c - 1), {
        value: formula ? null : readCellValue(cell.value),
        ...(formula && { formula }),
        ...(cell.numFmt && { numberFormat: cell.numFmt }),
        style: {
          ...(cell.font?.bold && { bold: true }),
          ...(fill && { fillColor: fill }),
        },
      });
      const link = (cell.value as { hyperlink?: string; text?: string } | null)?.hyperlink;
      if (link) {
        const internal = /^#'?(.*?)'?!([A-Z]+\d+)$/.exec(link);
        sheet.hyperlinks.push({
          row: r - 1,
          col: c - 1,
          text: String((cell.value as { text: string }).text),
          target: internal
            ? { sheet: internal[1].replace(/''/g, "'"), cell: internal[2] }
            : { url: link },
        });
      }
    })
  );
  const validations = (
    ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations.model;
  for (const [address, dv] of Object.entries(validations)) {
    if (dv.type !== "list") continue;
    const source = String(dv.formulae?.[0] ?? "");
    sheet.validations.push({
      range: parseRangeAddress(address)!,
      source: source.startsWith('"')
        ? { items: source.slice(1, -1).split(",") }
        : { formula: `=${source}` },
    });
  }
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  sheet.merges = merges.map((m) => parseRangeAddress(m)!);
  ws.columns?.forEach((column, index) => {
    if (column.hidden) sheet.hiddenColumns.push(index);
  });
  const view = ws.views?.[0] as
    { state?: string; xSplit?: number; ySplit?: number; zoomScale?: number } | undefined;
  if (view?.zoomScale !== undefined && view.zoomScale !== 100) sheet.zoom = view.zoomScale;
  if (view?.state === "frozen") sheet.frozen = { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 };
  const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  for (const cf of cfs ?? []) {
    for (const rule of cf.rules) {
      const expression = rule as ExcelJS.ExpressionRuleType;
      const fill = expression.style?.fill as ExcelJS.FillPattern | undefined;
      sheet.conditionalFormats.push({
        range: parseRangeAddress(cf.ref)!,
        formula: `=${stripXlfnPrefixes(expression.formulae?.[0] ?? "")}`,
        style: { ...(fill && { fillColor: colour(fill.bgColor) }) },
      });
    }
  }
  const setup = ws.pageSetup;
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(setup.printTitlesRow ?? "");
  const footer = /&C([^&]*(?:&&[^&]*)*)/.exec(ws.headerFooter?.oddFooter ?? "");
  sheet.print = {
    orientation: setup.orientation,
    paperSize: setup.paperSize === 9 ? "A4" : undefined,
    ...(setup.fitToPage && {
      fitTo: { wide: setup.fitToWidth ?? 1, tall: setup.fitToHeight ?? 1 },
    }),
    ...(titles && { titleRows: { first: Number(titles[1]) - 1, last: Number(titles[2]) - 1 } }),
    ...(footer && { footer: { center: footer[1] } }),
  };
  for (const table of Object.values(
    (ws as unknown as { tables: Record<string, { model: { name: string; tableRef: string } }> })
      .tables
  )) {
    const range = parseRangeAddress(table.model.tableRef)!;
    sheet.tables.push({
      name: table.model.name,
      row: range.row,
      col: range.col,
      width: range.cols,
      rowCount: range.rows - 1,
    });
  }
  return sheet;
}
