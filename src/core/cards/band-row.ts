import { PROGRESS_BANDS } from "../published/progress-band";
import type { Canvas } from "./canvas";
import { countIfs, lastMatchRow, quoted, type Match } from "./formulas";
import { dataRange, wholeColumn, type ColumnRef } from "./sources";
import { writeYearRow, type YearRowInput } from "./year-row";

export const BAND_LABEL = "Progress band (DfE)";

/**
 * A progress score's DfE band in DfE's words (PROGRESS_BANDS, as the performance tables word
 * them): the Band cell of the figure's Measures row, a code 1-5 (as `READPROG_DESCR` and
 * `P8_BANDING` code them) read as its words, other text as written; "" when the row has no band.
 */
export function bandFormula(band: ColumnRef, matches: readonly Match[]): string {
  const filled = countIfs(matches, { column: band, criterion: "<>" });
  const at = `INDEX(${wholeColumn(band)},${lastMatchRow(matches, `*(${dataRange(band)}<>"")`)})`;
  const keys = [...PROGRESS_BANDS.map((_, i) => String(i + 1)), ...PROGRESS_BANDS];
  const words = [...PROGRESS_BANDS, ...PROGRESS_BANDS].map(quoted).join(",");
  const named = `CHOOSE(MATCH(${at}&"",{${keys.map(quoted).join(",")}},0),${words})`;
  return `=IF(${filled}=0,"",IFERROR(${named},${at}&""))`;
}

/**
 * The row under a progress score: each year's DfE band beneath that year's score, live from the
 * Measures table's Band column (a later import updates it); blank where a figure has no band.
 */
export function writeBandRow(
  canvas: Canvas,
  input: YearRowInput & { readonly band: ColumnRef }
): void {
  writeYearRow(canvas, {
    ...input,
    label: BAND_LABEL,
    formula: (matches) => bandFormula(input.band, matches),
  });
}
