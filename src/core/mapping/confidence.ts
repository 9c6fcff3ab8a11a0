import type { HeaderScore } from "./header-score";

/** The least fit that lets a partial header count, and values alone. */
const PARTIAL_HEADER_FIT = 0.5;
const SNIFFED_FIT = 0.8;

/**
 * One number from the header's evidence and the values' evidence:
 * - a header naming the target exactly is trusted when the values agree (or there are none),
 *   doubted when most values do not fit;
 * - a partial header needs the values to agree;
 * - values alone (sniffing) propose a target only for targets that allow it, for columns
 *   mostly of text, and never with full confidence: the person confirms.
 */
export function combineConfidence(
  header: HeaderScore,
  fit: number | undefined,
  sniffable: boolean
): number {
  if (header.kind === "exact") {
    if (fit === undefined || fit === 1) return 1;
    if (fit >= 0.8) return 0.9;
    if (fit >= 0.5) return 0.7;
    return 0.4;
  }
  if (header.kind === "partial") {
    if (fit === undefined) return header.score * 0.8;
    return fit >= PARTIAL_HEADER_FIT ? header.score * fit : 0;
  }
  if (sniffable && fit !== undefined && fit >= SNIFFED_FIT) return 0.45 + 0.25 * fit;
  return 0;
}

/**
 * The least value fit for which combineConfidence can give more than zero: 0 for a header
 * naming the target exactly (every fit counts), undefined when values alone cannot propose it
 * (no fit counts, so none need be measured).
 */
export function leastCountingFit(header: HeaderScore, sniffable: boolean): number | undefined {
  if (header.kind === "exact") return 0;
  if (header.kind === "partial") return PARTIAL_HEADER_FIT;
  return sniffable ? SNIFFED_FIT : undefined;
}
