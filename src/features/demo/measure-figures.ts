import { columnLetter, sheetReference } from "../../core/layout/a1";
import type { MeasureRow } from "../../core/import";
import { measureByCode } from "../../core/measures/lookup";
import type { SummaryFigure } from "../../core/classify/sheets/summary-sheet";

/** Trust-wide averages the demo's Summary shows: measure code and academic year. */
export const DEMO_AVERAGES: ReadonlyArray<{ code: string; year: string }> = [
  { code: "attendance", year: "2024/25" },
  { code: "persistent-absence", year: "2024/25" },
  { code: "ks2-rwm-expected", year: "2024/25" },
  { code: "ks4-attainment8", year: "2024/25" },
];

export function averageLabel(code: string, year: string): string {
  return `Trust average: ${measureByCode(code)?.label ?? code} ${year}`;
}

/**
 * The core's own average of a measure over the schools that have a figure (suppression codes
 * and blanks are not figures): what the Summary's AVERAGEIFS must equal.
 */
export function measureAverage(
  rows: readonly MeasureRow[],
  code: string,
  year: string
): number | undefined {
  const values = rows
    .filter((row) => row.measure === code && row.year === year)
    .flatMap((row) => (row.figure && "value" in row.figure ? [row.figure.value] : []));
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * AVERAGEIFS over the Measures sheet (columns: URN, Measure code, Academic year, Value): text
 * such as a suppression code "c" is skipped by AVERAGEIFS as the core skips it.
 */
export function averageFigures(measureRowCount: number): SummaryFigure[] {
  const sheet = sheetReference("Measures");
  const range = (col: number) =>
    `${sheet}!$${columnLetter(col)}$2:$${columnLetter(col)}$${measureRowCount + 1}`;
  return DEMO_AVERAGES.map(({ code, year }) => ({
    label: averageLabel(code, year),
    formula: `=AVERAGEIFS(${range(3)},${range(1)},"${code}",${range(2)},"${year}")`,
    numberFormat: "0.0",
  }));
}
