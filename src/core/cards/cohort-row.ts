import type { Canvas } from "./canvas";
import { figureFormula } from "./formulas";
import type { ColumnRef } from "./sources";
import { writeYearRow, type YearRowInput } from "./year-row";

export const COHORT_LABEL = "Cohort (pupils)";

/**
 * The row under a figure: each year's cohort (the pupils the figure is about: TELIG, TPUP,
 * TFSM6CLA1A) beneath that year's figure, live from the Measures table's Cohort column, so a
 * suppressed figure ("SUPP") shows with the cohort that suppressed it. Blank where a year has
 * no cohort, never 0; a code written there shows as written.
 */
export function writeCohortRow(
  canvas: Canvas,
  input: YearRowInput & { readonly cohort: ColumnRef }
): void {
  writeYearRow(canvas, {
    ...input,
    label: COHORT_LABEL,
    formula: (matches) => figureFormula(input.cohort, matches),
    numberFormat: "0",
  });
}
