import type { HeaderScore } from "./header-score";

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
    return fit >= 0.5 ? header.score * fit : 0;
  }
  if (sniffable && fit !== undefined && fit >= 0.8) return 0.45 + 0.25 * fit;
  return 0;
}
