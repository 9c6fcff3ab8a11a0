import { measureValueProblem, type MeasureValueProblem } from "../measures/check";
import { measureByCode } from "../measures/lookup";
import type { Problem } from "../problems";
import type { AcademyCard, CardData } from "./types";

/**
 * A figure a card's check column flags, as a Problem located at that check cell (the card's
 * sheet, its column and row) and naming the academy; `measure`, `where` and `severity` say
 * which figure and how far out it is.
 */
export interface CardDataProblem extends Problem {
  readonly measure: string;
  /** "2024/25", "target 2025/26" or "national 2023/24". */
  readonly where: string;
  readonly value: number;
  readonly severity: MeasureValueProblem["severity"];
}

/**
 * The figures on a card that its check column flags (the same ranges as the live check
 * formulas): for the feature's report and for tests. Reads the data, not the workbook.
 */
export function cardDataProblems(card: AcademyCard, data: CardData): CardDataProblem[] {
  const problems: CardDataProblem[] = [];
  for (const shown of card.measureRows) {
    const measure = measureByCode(shown.code);
    if (!measure) continue;
    const add = (where: string, value: number | undefined) => {
      if (value === undefined) return;
      const problem = measureValueProblem(measure, value);
      if (!problem) return;
      problems.push({
        code: "invalid",
        sheet: card.layout.name,
        column: shown.checkCol,
        row: shown.row + 1,
        urn: card.urn,
        field: where,
        value,
        message: `${where}: ${problem.message}`,
        measure: shown.code,
        where,
        severity: problem.severity,
      });
    };
    for (const year of Object.keys(shown.years)) {
      const row = data.measures.find(
        (m) => m.urn === card.urn && m.measure === shown.code && m.year === year
      );
      add(year, row?.figure && "value" in row.figure ? row.figure.value : undefined);
    }
    if (shown.target) {
      const year = shown.target.year;
      const target = data.targets.find(
        (t) => t.urn === card.urn && t.measure === shown.code && t.year === year
      );
      add(`target ${year}`, target?.target);
    }
    if (shown.national) {
      const { year, phase } = shown.national;
      const national = data.national.find(
        (n) => n.measure === shown.code && n.year === year && n.phase === phase
      );
      add(`national ${year}`, national?.value);
    }
  }
  return problems;
}
