import { measureValueProblem, type MeasureValueProblem } from "../measures/check";
import { measureByCode } from "../measures/lookup";
import type { AcademyCard, CardData } from "./types";

export interface CardDataProblem extends MeasureValueProblem {
  readonly code: string;
  /** "2024/25", "target 2025/26" or "national 2023/24". */
  readonly where: string;
  readonly value: number;
  /** The card cell whose check column shows it. */
  readonly row: number;
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
      if (problem) problems.push({ ...problem, code: shown.code, where, value, row: shown.row });
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
