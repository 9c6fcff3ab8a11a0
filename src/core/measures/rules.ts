/**
 * The two written rules for a measure's figures, pure and in one place: TRUST.TREND and
 * TRUST.RAG call them (README "Functions"; docs/functions.md TRUST.TREND and TRUST.RAG).
 */

export type Trend = "Positive" | "Variable" | "Declining";

/**
 * The TREND rule. Each year's standing is the school's figure minus national (or the figure
 * itself without national), turned round when lower is better; years run oldest first.
 * - Positive: no year-on-year fall in standing, or every year at or above national;
 * - Declining: a fall in standing every year;
 * - Variable: anything else (some years up, some down).
 * Feeds the category framework's historic-performance criterion (002: positive / variable or
 * declining / declining).
 */
export function trendRule(standings: readonly number[], hasNational: boolean): Trend {
  const changes = standings.slice(1).map((standing, year) => standing - standings[year]);
  if (changes.every((change) => change >= 0)) return "Positive";
  if (hasNational && standings.every((standing) => standing >= 0)) return "Positive";
  if (changes.every((change) => change < 0)) return "Declining";
  return "Variable";
}

export type Rag = "Green" | "Amber" | "Red";

/**
 * The RAG rule, written for people's own sheets ("meets" means at or above when higher is
 * better, at or below when lower is better):
 * - Green: the value meets the target;
 * - Amber: it misses the target but meets national;
 * - Red: it misses both.
 * With only one of target and national, the value meets it (Green) or not (Red).
 */
export function ragRule(
  value: number,
  target: number | undefined,
  national: number | undefined,
  higherIsBetter: boolean
): Rag {
  const meets = (benchmark: number) => (higherIsBetter ? value >= benchmark : value <= benchmark);
  if (target !== undefined && meets(target)) return "Green";
  if (target === undefined) return national !== undefined && meets(national) ? "Green" : "Red";
  return national !== undefined && meets(national) ? "Amber" : "Red";
}
