import type { Classified } from "../classify/types";
import type { AcademicYear } from "../dates/academic-year";
import { measureByCode, measureExistsIn } from "../measures/lookup";
import { areaOfCriterion, measuresForCriterion, type StrategicArea } from "./areas";

/** One figure of the academy's own data (Measures or Targets), already read. */
export interface PlanFigure {
  measure: string;
  year: AcademicYear;
  value: number;
  /** Pupils the figure is about (the Measures row's Cohort), where known. */
  cohort?: number;
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
  /** The measure's unit in the catalogue ("%", "score", …), for showing its figures. */
  unit?: string;
  baseline?: number;
  /** The academic year of the baseline figure. */
  baselineYear?: AcademicYear;
  /** The baseline figure's cohort (pupils), where its Measures row gives one. */
  baselineCohort?: number;
  target?: number;
  targetYear?: AcademicYear;
}

/** A figure of a year the measure exists in (no Progress 8 for 2024/25, see the catalogue). */
const exists = (f: PlanFigure) => {
  const measure = measureByCode(f.measure);
  return !measure || measureExistsIn(measure, f.year);
};

const latest = (figures: readonly PlanFigure[], code: string, upTo?: AcademicYear) =>
  figures
    .filter((f) => f.measure === code && exists(f) && (upTo === undefined || f.year <= upTo))
    .sort((a, b) => (a.year < b.year ? 1 : -1))[0];

interface MeasurePick {
  code: string;
  baseline?: PlanFigure;
  target?: PlanFigure;
}

/**
 * The success measure for a driver: the first of its measures (areas.ts, best first) with both
 * a baseline and a target, else the first with either. A measure that does not exist in the
 * plan's year is never picked (Progress 8 for 2025/26, KS2 progress for 2024/25: issue 14,
 * item 10), so a secondary plan falls to Attainment 8 where it has data and a target.
 */
function pickMeasure(
  id: string,
  figures: PlanFigures,
  year: AcademicYear | undefined
): MeasurePick | undefined {
  const picks: MeasurePick[] = [];
  for (const code of measuresForCriterion(id)) {
    const measure = measureByCode(code);
    if (measure && year !== undefined && !measureExistsIn(measure, year)) continue;
    const baseline = latest(figures.measures, code);
    const target =
      figures.targets.find((f) => f.measure === code && f.year === year && exists(f)) ??
      latest(figures.targets, code);
    if (baseline || target) picks.push({ code, baseline, target });
  }
  return picks.find((p) => p.baseline && p.target) ?? picks[0];
}

/**
 * The classification's drivers as the plan's first priorities, under their strategic area,
 * with baseline (the latest figure) and target (the target for `year`, else the latest) from
 * the academy's own data where a matching measure exists, each with its year.
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
    const pick = pickMeasure(piece.id, figures, year);
    if (!pick) return row;
    const measure = measureByCode(pick.code);
    return {
      ...row,
      measure: measure?.label ?? pick.code,
      ...(measure?.unit ? { unit: measure.unit } : {}),
      ...(pick.baseline
        ? {
            baseline: pick.baseline.value,
            baselineYear: pick.baseline.year,
            ...(pick.baseline.cohort ? { baselineCohort: pick.baseline.cohort } : {}),
          }
        : {}),
      ...(pick.target ? { target: pick.target.value, targetYear: pick.target.year } : {}),
    };
  });
}
