import type { TargetMethod } from "./method";

/** One published year of a school's figure, with its cohort where the data gives it. */
export interface YearFigure {
  year: string;
  figure: number;
  cohort?: number;
}

export interface TargetInput {
  /** The catalogue's direction of good: "down" mirrors the rule (persistent absence). */
  good: "up" | "down";
  /** A percentage of pupils: rounded to whole pupils of the cohort and kept within 0..100. */
  percentOfPupils: boolean;
  /** Published years (any order); the latest `baselineYears` are used. */
  years: readonly YearFigure[];
  /** The same-phase national figure (for disadvantaged pupils, other pupils'), with its year. */
  national?: { year: string; value: number };
  /** Decimal places when not rounded to pupils (1 by default). */
  decimals?: number;
}

export interface TargetProposal {
  target: number;
  baseline: number;
  /** The years and figures the baseline averaged, oldest first. */
  used: YearFigure[];
  /** The cohort the target is rounded to (the latest year's), when known. */
  cohort?: number;
  rule: "close the gap" | "sustain";
  /** How the target was reached, in words, for the Targets row. */
  note: string;
}

const EPSILON = 1e-9;

/** The cohort-weighted mean when every year has a cohort, else the plain mean. */
function baselineOf(used: readonly YearFigure[]): number {
  const weighted = used.every((y) => y.cohort !== undefined && y.cohort > 0);
  if (!weighted) return used.reduce((sum, y) => sum + y.figure, 0) / used.length;
  const pupils = used.reduce((sum, y) => sum + (y.cohort as number), 0);
  return used.reduce((sum, y) => sum + y.figure * (y.cohort as number), 0) / pupils;
}

/** Rounds towards good, so rounding never takes a step back. */
function roundTowardsGood(value: number, step: number, up: boolean): number {
  const units = value / step;
  return (up ? Math.ceil(units - EPSILON) : Math.floor(units + EPSILON)) * step;
}

const fixed = (value: number, decimals: number) => Number(value.toFixed(decimals));

/**
 * TrustTier proposal (docs/targets.md): the baseline is the cohort-weighted average of the
 * latest published years; below national the target closes 1/gapYears of the gap each year, by
 * at least minimumPupils of the cohort; at or above national it sustains the baseline; rounded
 * to whole pupils of the known cohort; mirrored for lower-is-better measures. Undefined when
 * there is no published year to start from.
 */
export function proposeTarget(
  input: TargetInput,
  method: TargetMethod
): TargetProposal | undefined {
  const used = [...input.years]
    .filter((y) => Number.isFinite(y.figure))
    .sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0))
    .slice(-method.baselineYears);
  if (used.length === 0) return undefined;
  const up = input.good === "up";
  const sign = up ? 1 : -1;
  const baseline = baselineOf(used);
  const latestCohort = used[used.length - 1].cohort;
  const cohort =
    input.percentOfPupils && latestCohort !== undefined && latestCohort > 0
      ? latestCohort
      : undefined;
  const onePupil = cohort === undefined ? undefined : 100 / cohort;

  const gap = input.national === undefined ? 0 : sign * (input.national.value - baseline);
  const closing = gap > EPSILON;
  let raw = baseline;
  if (closing) {
    const step = Math.max(gap / method.gapYears, (onePupil ?? 0) * method.minimumPupils);
    raw = baseline + sign * step;
  }
  const decimals = input.decimals ?? 1;
  let target =
    onePupil === undefined
      ? roundTowardsGood(raw, 10 ** -decimals, up)
      : roundTowardsGood(raw, onePupil, up);
  if (input.percentOfPupils) target = Math.min(100, Math.max(0, target));
  target = fixed(target, onePupil === undefined ? decimals : 2);

  const years = used.map((y) => y.year).join(", ");
  const average = used.length > 1 ? `average of ${years}` : years;
  const national = input.national
    ? `national ${input.national.value} (${input.national.year})`
    : "no national figure";
  const rounding =
    onePupil === undefined
      ? input.percentOfPupils
        ? "; cohort unknown, so not rounded to whole pupils"
        : ""
      : `; rounded to whole pupils of ${cohort}`;
  const note = closing
    ? `baseline ${fixed(baseline, 2)} (${average}) is ${up ? "below" : "above"} ${national}: closes 1/${method.gapYears} of the gap${
        onePupil === undefined || method.minimumPupils === 0
          ? ""
          : `, at least ${method.minimumPupils} pupil(s)`
      }${rounding}`
    : `baseline ${fixed(baseline, 2)} (${average}) ${
        input.national ? `is at or ${up ? "above" : "below"} ${national}` : `has ${national}`
      }: sustained${rounding}`;
  return {
    target,
    baseline: fixed(baseline, 2),
    used,
    ...(cohort === undefined ? {} : { cohort }),
    rule: closing ? "close the gap" : "sustain",
    note,
  };
}
