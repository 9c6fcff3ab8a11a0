import { parseAcademicYear } from "../dates/academic-year";
import type { Problem } from "../problems";
import type { CellGrid } from "../values/cell";
import { cardColumn, type CardSources } from "./card-tables";

/**
 * Academic-year cells the card formulas would miss. TrustTier reads "2024-25" or "202425" as
 * 2024/25, but a card's SUMIFS matches the cell's text, so its figure would show blank: each
 * such cell is named, with the form to write, before anything is generated.
 */
export function yearCellsWrittenOtherwise(
  sources: CardSources,
  key: "measures" | "targets" | "national",
  grid: CellGrid
): Problem[] {
  const year = cardColumn(sources, key, "year");
  if (!year) return [];
  const { table } = year;
  const col = year.col - table.firstCol;
  return grid.slice(1).flatMap((row, r) => {
    const written = row[col];
    const read = parseAcademicYear(written);
    if (!read.ok || String(written).trim() === read.value) return [];
    return [
      {
        code: "invalid" as const,
        sheet: table.sheet,
        column: year.col,
        header: table.headers[col],
        row: table.headerRow + 2 + r,
        value: written,
        message: `academic year ${JSON.stringify(written)} reads as ${read.value}, but the cards match years as written; write it ${read.value} for its figures to show.`,
      },
    ];
  });
}
