/**
 * The two written rules for a measure's figures, pure and in one place: TRUST.TREND and
 * TRUST.RAG call them, and the academy cards' native conditional formats mirror the RAG rule
 * (README "Functions"; docs/functions.md TRUST.TREND and TRUST.RAG).
 */

/**
 * Seed 002's words for "Historic performance in relation to national benchmarks" (Positive;
 * Variable or declining; Declining), and TrustTier's note where the seed has no word: a
 * school below national but improving every year is not Positive in relation to national.
 */
export type Trend = "Positive" | "Variable" | "Declining" | typeof BELOW_NATIONAL_IMPROVING;

/** TrustTier reading: the seed's "Variable" with a note, for improving while below national. */
export const BELOW_NATIONAL_IMPROVING = "Variable (below national, improving)";

/**
 * The TREND rule. Each year's standing is the school's figure minus national (or the figure
 * itself without national), turned round when lower is better; years run oldest first.
 * With national (seed 002: "in relation to national benchmarks"):
 * - Positive: at or above national every year, or no fall in standing and at or above
 *   national in the latest year;
 * - Declining: a fall in standing every year;
 * - Variable (below national, improving): no fall, but below national in the latest year
 *   (−30, −26, −22: improving, still well below national; TrustTier reading);
 * - Variable: anything else.
 * Without national (TrustTier reading: direction only): Positive with no fall, Declining with
 * a fall every year, else Variable.
 */
export function trendRule(standings: readonly number[], hasNational: boolean): Trend {
  const changes = standings.slice(1).map((standing, year) => standing - standings[year]);
  const noFall = changes.every((change) => change >= 0);
  const everyFall = changes.every((change) => change < 0);
  if (!hasNational) return noFall ? "Positive" : everyFall ? "Declining" : "Variable";
  const latest = standings[standings.length - 1];
  if (standings.every((standing) => standing >= 0)) return "Positive";
  if (noFall) return latest >= 0 ? "Positive" : BELOW_NATIONAL_IMPROVING;
  if (everyFall) return "Declining";
  return "Variable";
}

export type Rag = "Green" | "Amber" | "Red";

/**
 * The RAG rule, written for people's own sheets ("meets" means at or above when higher is
 * better, at or below when lower is better):
 * - Green: the value meets the target;
 * - Amber: it misses the target but meets national;
 * - Red: it misses both.
 * Amber and Red need both benchmarks, and Green needs the target: a value that misses a target
 * with no national figure, or has only a national figure, gets no colour (undefined) — say in
 * words what it meets instead (issue 14, item 8: a missing national figure must not turn a
 * good school Red).
 */
export function ragRule(
  value: number,
  target: number | undefined,
  national: number | undefined,
  higherIsBetter: boolean
): Rag | undefined {
  const meets = (benchmark: number) => (higherIsBetter ? value >= benchmark : value <= benchmark);
  if (target === undefined) return undefined;
  if (meets(target)) return "Green";
  if (national === undefined) return undefined;
  return meets(national) ? "Amber" : "Red";
}

/** Why ragRule gave no colour, in words a person can act on. */
export function ragUnratedReason(
  value: number,
  target: number | undefined,
  national: number | undefined,
  higherIsBetter: boolean
): string {
  const meets = (benchmark: number) => (higherIsBetter ? value >= benchmark : value <= benchmark);
  if (target === undefined && national === undefined)
    return "no target or national figure to compare the value with";
  if (target === undefined)
    return `no target: RAG needs one (Green means meeting the target); the value is ${meets(national!) ? "at or better than" : "worse than"} national`;
  return "the value misses the target and there is no national figure: RAG needs both to tell Amber from Red";
}
