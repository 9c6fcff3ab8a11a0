import type { SheetLayout } from "../layout/types";
import { Canvas } from "./canvas";
import { absolute, REASON_HEIGHT, URN_CELL, writeHeader } from "./header";
import type { SectionContext } from "./section";
import { CARD_SECTIONS } from "./sections";
import { LAST_COL } from "./style";
import type { AcademyCard, CardInput, CardSectionName } from "./types";

/** "&" is Excel's header/footer code character: a literal one is written "&&". */
export function footerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * One academy's card (seed 001, Appendix 1) as a sheet layout: the header, then each of
 * CARD_SECTIONS (sections.ts). Numbers are live formulas into the data tables; a
 * section without data for the academy is left out. Pure: the feature writes it.
 */
export function academyCardLayout(input: CardInput): AcademyCard {
  const canvas = new Canvas();
  const headerCells = writeHeader(canvas, input);
  const sections: { name: CardSectionName; row: number }[] = [{ name: "Header", row: 0 }];
  const context: SectionContext = { urnCell: absolute(URN_CELL), tallRows: [], measureRows: [] };
  for (const section of CARD_SECTIONS) {
    const start = canvas.row;
    if (section.write(canvas, input, context)) sections.push({ name: section.name, row: start });
  }
  const { tallRows, measureRows } = context;

  const lastRow = Math.max(canvas.row - 1, 5);
  const layout: SheetLayout = {
    name: input.sheetName,
    cells: canvas.cells,
    formats: canvas.formats,
    merges: canvas.merges,
    conditionalFormats: canvas.rules,
    columnWidths: [
      { col: 0, width: 30 },
      // 14 wide: a benchmark shows its year ("80.0 (2025/26)"); narrower, Excel shows ####.
      ...Array.from({ length: LAST_COL - 1 }, (_, i) => ({ col: i + 1, width: 14 })),
      { col: LAST_COL, width: 30 },
    ],
    rowHeights: [
      { row: 3, height: 36 },
      ...(headerCells.reason ? [{ row: headerCells.reason.row, height: REASON_HEIGHT }] : []),
      ...tallRows.map((row) => ({ row, height: 42 })),
      // A note wraps to two lines at the check column's small font: room for each; a derived
      // figure's note ("derived: FSM6 proxy (PNUMFSMEVER, ...)") takes up to three.
      ...measureRows
        .filter((r) => r.notes.length > 0 || r.derived)
        .map((r) => ({
          row: r.row,
          height: 12 + 11 * Math.min(r.notes.length + (r.derived ? 2 : 0), 3),
        })),
    ],
    hideGridlines: true,
    tabColor: "#1F4E79",
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitTo: { wide: 1, tall: 1 },
      titleRows: { first: 0, last: 0 },
      area: { row: 0, col: 0, rows: lastRow + 1, cols: LAST_COL + 1 },
      footer: {
        left: footerText(input.academy.name),
        center: `Academy card generated ${input.generatedOn}`,
        right: "Page &P of &N",
      },
    },
  };
  return { layout, urn: input.academy.urn, sections, measureRows, headerCells };
}
