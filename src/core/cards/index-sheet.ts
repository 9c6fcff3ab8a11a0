import type { Framework } from "../frameworks/types";
import { sheetReference } from "../layout/a1";
import type { LayoutCell, SheetLayout } from "../layout/types";
import { quoted } from "./formulas";
import { levelFormulas, phaseText } from "./header";
import type { CardSources } from "./card-tables";
import { HEAD_STYLE } from "./style";
import type { CardAcademy, LevelHeaders } from "./types";

export interface CardIndexEntry {
  readonly academy: CardAcademy;
  readonly sheet: string;
}

export interface CardIndexInput {
  readonly sheetName: string;
  readonly title: string;
  readonly framework: Framework;
  readonly levels: LevelHeaders;
  readonly sources: CardSources;
  readonly entries: readonly CardIndexEntry[];
}

/** The link formula to a card: text inside HYPERLINK, so no reference breaks when it is replaced. */
export function cardLinkFormula(sheet: string): string {
  return `=HYPERLINK(${quoted(`#${sheetReference(sheet)}!A1`)},${quoted(sheet)})`;
}

/**
 * The index of cards: URN, academy, phase, level (live from the data tables, never from a card)
 * with its colour, and a HYPERLINK to each card. Rows start at sheet row 3 (0-based 2).
 */
export function cardIndexLayout(input: CardIndexInput): SheetLayout {
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: input.title, style: { bold: true, fontSize: 14 } },
  ];
  const heads = ["URN", "Academy", "Phase", input.levels.noun, "Card"];
  heads.forEach((value, col) => cells.push({ row: 1, col, value, style: HEAD_STYLE }));
  input.entries.forEach((entry, i) => {
    const row = 2 + i;
    cells.push({ row, col: 0, value: entry.academy.urn, numberFormat: "0" });
    cells.push({ row, col: 1, value: entry.academy.name });
    cells.push({ row, col: 2, value: phaseText(entry.academy.phase) });
    const level = levelFormulas(input, input.sources, `$A${row + 1}`);
    if (level) cells.push({ row, col: 3, formula: level.level });
    cells.push({
      row,
      col: 4,
      formula: cardLinkFormula(entry.sheet),
      style: { fontColor: "#0563C1" },
    });
  });
  const rows = Math.max(1, input.entries.length);
  return {
    name: input.sheetName,
    cells,
    columnWidths: [
      { col: 0, width: 10 },
      { col: 1, width: 42 },
      { col: 2, width: 12 },
      { col: 3, width: 24 },
      { col: 4, width: 34 },
    ],
    conditionalFormats: input.framework.levels.map((level) => ({
      range: { row: 2, col: 3, rows },
      formula: `=$D3=${quoted(level.name)}`,
      style: { fillColor: level.colour },
    })),
    frozen: { rows: 2, cols: 0 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitTo: { wide: 1, tall: 0 },
      titleRows: { first: 1, last: 1 },
    },
  };
}
