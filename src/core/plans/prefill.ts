import type { Classified } from "../classify/types";
import type { AcademicYear } from "../dates/academic-year";
import { measureByCode } from "../measures/lookup";
import { areaOfCriterion, measuresForCriterion, type StrategicArea } from "./areas";

/** One figure of the academy's own data (Measures or Targets), already read. */
export interface PlanFigure {
  measure: string;
  year: AcademicYear;
  value: number;
}

export interface PlanFigures {
  measures: readonly PlanFigure[];
  targets: readonly PlanFigure[];
}

/** A plan row the classification proposes: one per driver, traceable by `driver`. */
export interface PrefilledPriority {
  /** The driver's evidence piece id (a criterion or group such as "ofsted"). */
  driver: string;
  area: StrategicArea;
  priority: string;
  evidence: string;
  measure?: string;
  baseline?: number;
  target?: number;
}

const latest = (figures: readonly PlanFigure[], code: string, upTo?: AcademicYear) =>
  figures
    .filter((f) => f.measure === code && (upTo === undefined || f.year <= upTo))
    .sort((a, b) => (a.year < b.year ? 1 : -1))[0];

/**
 * The classification's drivers as the plan's first priorities, under their strategic area,
 * with baseline (the latest figure) and target (the target for `year`, else the latest) from
 * the academy's own data where a matching measure exists.
 */
export function prefillPriorities(
  result: Classified,
  figures: PlanFigures = { measures: [], targets: [] },
  year?: AcademicYear
): PrefilledPriority[] {
  return result.drivers.map((piece) => {
    const evidence = piece.items
      .map((item) => `${item.label}: ${item.display}${item.date ? ` (${item.date})` : ""}`)
      .join("; ");
    const row: PrefilledPriority = {
      driver: piece.id,
      area: areaOfCriterion(piece.id),
      priority: piece.label,
      evidence: `${evidence} [driver of ${result.level.name}]`,
    };
    for (const code of measuresForCriterion(piece.id)) {
      const baseline = latest(figures.measures, code);
      const target =
        figures.targets.find((f) => f.measure === code && f.year === year) ??
        latest(figures.targets, code);
      if (!baseline && !target) continue;
      return {
        ...row,
        measure: measureByCode(code)?.label ?? code,
        baseline: baseline?.value,
        target: target?.value,
      };
    }
    return row;
  });
}
