import type { Canvas } from "./canvas";
import { figureFormula, quoted } from "./formulas";
import type { ColumnRef } from "./sources";
import type { FigureColumns } from "./table-columns";

export const COHORT_LABEL = "Cohort (pupils)";
const COHORT_STYLE = { italic: true, fontSize: 8, horizontal: "right" } as const;

/**
 * The row under a figure: each year's cohort (the pupils the figure is about: TELIG, TPUP,
 * TFSM6CLA1A) beneath that year's figure, live from the Measures table's Cohort column, so a
 * suppressed figure ("SUPP") shows with the cohort that suppressed it. Blank where a year has
 * no cohort, never 0; a code written there shows as written.
 */
export function writeCohortRow(
  canvas: Canvas,
  input: {
    readonly code: string;
    readonly row: number;
    readonly urnCell: string;
    readonly years: Readonly<Record<string, number>>;
    readonly figures: FigureColumns;
    readonly cohort: ColumnRef;
  }
): void {
  const { row, figures } = input;
  canvas.value(row, 0, COHORT_LABEL, { italic: true });
  for (const [year, col] of Object.entries(input.years)) {
    canvas.formula(
      row,
      col,
      figureFormula(input.cohort, [
        { column: figures.urn, equals: input.urnCell },
        { column: figures.code, equals: quoted(input.code) },
        { column: figures.year, equals: quoted(year) },
      ]),
      "0",
      COHORT_STYLE
    );
  }
}
