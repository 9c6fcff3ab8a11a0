import type { LayoutCell, SheetLayout } from "../../layout/types";
import type { ClassifiedSchools } from "../schools-grid";

/** The column mapping used for each framework, with confidence and reasons, and disagreements. */
export function mappingSheetLayout(blocks: readonly ClassifiedSchools[]): SheetLayout {
  const cells: LayoutCell[] = [];
  const bold = { bold: true } as const;
  let row = 0;
  cells.push({ row, col: 0, value: "Column mapping", style: { bold: true, fontSize: 14 } });
  row += 2;
  for (const block of blocks) {
    cells.push({ row, col: 0, value: block.framework.name, style: { bold: true, fontSize: 12 } });
    row++;
    ["Column", "Header", "Mapped to", "Confidence", "Why", "Disputed"].forEach((value, col) =>
      cells.push({ row, col, value, style: bold })
    );
    row++;
    const used = new Map(
      Object.entries(block.columnOf).map(([target, column]) => [column, target])
    );
    for (const column of block.proposal.columns) {
      const target = used.get(column.column) ?? null;
      const values = [
        column.letter,
        column.header,
        target ?? "(not used)",
        target ? column.confidence : null,
        column.basis,
        column.disputed ? "yes: see below" : "",
      ];
      values.forEach((value, col) =>
        cells.push({ row, col, value, ...(col === 3 ? { numberFormat: "0%" } : {}) })
      );
      row++;
    }
    for (const disagreement of block.proposal.disagreements) {
      cells.push({ row, col: 0, value: disagreement.message, style: { italic: true } });
      row++;
    }
    row++;
  }
  return {
    name: "Mapping",
    cells,
    columnWidths: [
      { col: 0, width: 10 },
      { col: 1, width: 28 },
      { col: 2, width: 30 },
      { col: 3, width: 11 },
      { col: 4, width: 60 },
      { col: 5, width: 14 },
    ],
  };
}
