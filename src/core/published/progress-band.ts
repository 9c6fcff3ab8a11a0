import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { parseNumber } from "../values/number";
import { normaliseText } from "../values/text";

/**
 * DfE's five progress bands, best first, as the performance tables word them. The files code
 * them 1 to 5 in this order (`READPROG_DESCR`, `P8_BANDING`; the 2018/19 fixture's scores and
 * codes agree: 3.1 is 1, 1.7 is 2, 0.2 is 3) or write the words.
 */
export const PROGRESS_BANDS = [
  "Well above average",
  "Above average",
  "Average",
  "Below average",
  "Well below average",
] as const;
export type ProgressBand = (typeof PROGRESS_BANDS)[number];

/** The published columns that give a progress measure's band: the band itself, or its 95% confidence limits. */
export interface BandColumns {
  /** DfE's band, coded 1-5 or in words ("READPROG_DESCR"; later editions "..._BANDING"). */
  descriptor: readonly string[];
  lower: string;
  upper: string;
}

export interface JudgedBand {
  band: ProgressBand;
  /** Where the band comes from, for the Measures row's note. */
  from: string;
}

/** A band cell: 1-5 or DfE's words; anything else (a code, blank) is no band. */
export function readBandDescriptor(value: CellValue | undefined): ProgressBand | undefined {
  if (isBlank(value)) return undefined;
  const text = normaliseText(String(value));
  const coded = /^[1-5]$/.test(text) ? PROGRESS_BANDS[Number(text) - 1] : undefined;
  return coded ?? PROGRESS_BANDS.find((band) => normaliseText(band) === text);
}

/**
 * A progress score's band from its 95% confidence interval, DfE's rule: "above average" when
 * the whole interval is above zero (the lower limit above 0), "below average" when it is all
 * below zero (the upper limit below 0), otherwise not significantly different from average
 * (DfE, "Primary school accountability in 2019: technical guide", Confidence intervals and
 * Annex A; "Secondary accountability measures" for Progress 8). The interval alone cannot say
 * "well above" or "well below": those also need DfE's score thresholds, so they come only from
 * a published band.
 */
export function bandFromInterval(lower: number, upper: number): ProgressBand {
  if (lower > 0) return "Above average";
  if (upper < 0) return "Below average";
  return "Average";
}

/** The band DfE publishes for a score, else the one its confidence limits give; undefined without either. */
export function judgeBand(
  columns: BandColumns,
  cell: (code: string) => { header: string; value: CellValue | undefined } | undefined
): JudgedBand | undefined {
  for (const code of columns.descriptor) {
    const found = cell(code);
    const band = found ? readBandDescriptor(found.value) : undefined;
    if (found && band) return { band, from: `band from ${found.header}` };
  }
  const lower = cell(columns.lower);
  const upper = cell(columns.upper);
  if (!lower || !upper) return undefined;
  const low = parseNumber(lower.value ?? null);
  const high = parseNumber(upper.value ?? null);
  if (!low.ok || !high.ok || isBlank(lower.value) || isBlank(upper.value)) return undefined;
  return {
    band: bandFromInterval(low.value, high.value),
    from: `band from the confidence interval ${lower.header} ${low.value} to ${upper.header} ${high.value}`,
  };
}

/** In line with national or better: DfE's "average" band or above. */
export const bandAtOrAboveAverage = (band: ProgressBand): boolean =>
  PROGRESS_BANDS.indexOf(band) <= PROGRESS_BANDS.indexOf("Average");

/** Significantly above national: "above average" or "well above average". */
export const bandAboveAverage = (band: ProgressBand): boolean =>
  PROGRESS_BANDS.indexOf(band) < PROGRESS_BANDS.indexOf("Average");
