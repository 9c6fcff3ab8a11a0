/**
 * The TRUST catalogue without Excel: each function id's pure implementation, guarded so it
 * never throws. Failures are CellFailure values (code and message) rather than
 * CustomFunctions.Error, so the command-line tool and the demo workbook's Functions sheet can
 * compute the same results in Node.
 */
import { curriculum } from "./curriculum";
import { guard, invalidValue, type Result } from "./failure";
import { frameworkTable } from "./framework";
import { nextReview } from "./next-review";
import { ofsted } from "./ofsted";
import { rag } from "./rag";
import { sccLevel } from "./scc-level";
import { support } from "./support";
import { explainFrom, explainTier, tier, tierFrom } from "./tier";
import { target } from "./target";
import { trend } from "./trend";

type Implementation = (...args: unknown[]) => Result;

const implementations: Record<string, Implementation> = {
  TIER: (framework, headers, values, asOf) => tier(framework, headers, values, asOf),
  TIERFROM: (table, headers, values, asOf) => tierFrom(table, headers, values, asOf),
  EXPLAIN: (framework, headers, values, asOf) => explainTier(framework, headers, values, asOf),
  EXPLAINFROM: (table, headers, values, asOf) => explainFrom(table, headers, values, asOf),
  SUPPORT: (framework, level) => support(framework, level),
  NEXTREVIEW: (framework, level, lastReview, termDates) =>
    nextReview(framework, level, lastReview, termDates),
  OFSTED: (outcome) => ofsted(outcome),
  TREND: (values, national, higherIsBetter) => trend(values, national, higherIsBetter),
  RAG: (value, target, national, higherIsBetter) => rag(value, target, national, higherIsBetter),
  CURRICULUM: (intent, implementation, impact, capacity) =>
    curriculum(intent, implementation, impact, capacity),
  SCCLEVEL: (currentLevel, progress, onGoodProgress) =>
    sccLevel(currentLevel, progress, onGoodProgress),
  FRAMEWORK: (framework) => frameworkTable(framework),
  TARGET: (method, figures, cohorts, national, higherIsBetter) =>
    target(method, figures, cohorts, national, higherIsBetter),
};

export const catalogueIds: readonly string[] = Object.keys(implementations);

/** Runs a TRUST function by id (without "TRUST."); an unknown id is a #VALUE! failure. */
export function runCatalogue(id: string, args: readonly unknown[]): Result {
  const implementation = implementations[id.toUpperCase()];
  if (!implementation)
    return invalidValue(
      `TRUST.${id} is not a TrustTier function; expected one of: ${catalogueIds.join(", ")}`
    );
  return guard(() => implementation(...args));
}

export { CellFailure } from "./failure";
export type { Result, ResultCell, ResultGrid } from "./failure";
