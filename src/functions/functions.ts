/**
 * The TRUST.* custom functions: one JSDoc block per function, read by custom-functions-metadata
 * to write functions.json (ids are plain; the manifest's namespace adds "TRUST."). Each entry
 * point only hands Excel's arguments to the pure catalogue (src/functions/catalogue) and turns
 * its result into Excel values and errors. Ids are stored in users' workbooks: never rename one.
 * Every @helpurl starts with HELP_BASE_URL (help-url.ts); test/functions checks them.
 */
import { curriculum } from "./catalogue/curriculum";
import { guard, type Result } from "./catalogue/failure";
import { frameworkTable } from "./catalogue/framework";
import { nextReview } from "./catalogue/next-review";
import { ofsted } from "./catalogue/ofsted";
import { rag } from "./catalogue/rag";
import { sccLevel } from "./catalogue/scc-level";
import { support } from "./catalogue/support";
import { explainFrom, explainTier, tier, tierFrom } from "./catalogue/tier";
import { target } from "./catalogue/target";
import { trend } from "./catalogue/trend";
import { toExcel } from "./excel-result";

/**
 * TrustTier's built-in frameworks, from the trusts' published strategies.
 * @customenum {string}
 */
export enum FrameworkId {
  /** Low, Medium or High support (best fit of 12 criteria). */
  support = "support",
  /** Tier 1 Lead, 2 Grow, 3 Reinvent, 4 Stabilise. */
  tiers = "tiers",
  /** Curriculum-area tiers 1 to 5. */
  curriculum = "curriculum",
  /** Category 1 to 4 (Ofsted, historic performance, QA, partnership review, other reports). */
  category = "category",
  /** A Sustain, B Improve, C Repair, D Stabilise. */
  stages = "stages",
}

/**
 * What a school at a Schools Causing Concern level does when it responds well.
 * @customenum {string}
 */
export enum OnGoodProgress {
  /** It stays at its level (the seeds' default). */
  stay = "stay",
  /** It steps down a level; from level 1 it leaves SCC (0). */
  stepDown = "step down",
}

const run = (implementation: () => Result): unknown[][] =>
  toExcel(guard(implementation)) as unknown[][];

/**
 * The proposed level of a built-in framework for each row of evidence.
 * @customfunction TIER
 * @helpurl https://localhost:3000/docs/functions.html#trusttier
 * @param framework A built-in framework: support, tiers, curriculum, category or stages.
 * @param headers The header row of the evidence columns, e.g. Schools[[#Headers],[Ofsted]:[Other reports]].
 * @param values One row of evidence (the same columns), or many rows for one result per row.
 * @param asOf The date the classification is made, e.g. TODAY().
 * @returns The proposed level for each row (the board agrees the level).
 */
export function tierFunction(
  framework: FrameworkId,
  headers: unknown[][],
  values: unknown[][],
  asOf: unknown
): unknown[][] {
  return run(() => tier(framework, headers, values, asOf));
}

/**
 * The proposed level of the trust's own framework, held in a range, for each row of evidence.
 * @customfunction TIERFROM
 * @helpurl https://localhost:3000/docs/functions.html#trusttierfrom
 * @param frameworkTable The framework table with its header row (as TRUST.FRAMEWORK lays it out).
 * @param headers The header row of the evidence columns.
 * @param values One row of evidence (the same columns), or many rows for one result per row.
 * @param asOf The date the classification is made, e.g. TODAY().
 * @returns The proposed level for each row.
 */
export function tierFromFunction(
  frameworkTable: unknown[][],
  headers: unknown[][],
  values: unknown[][],
  asOf: unknown
): unknown[][] {
  return run(() => tierFrom(frameworkTable, headers, values, asOf));
}

/**
 * Why a built-in framework proposes its level: drivers, floors, evidence count and security.
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/docs/functions.html#trustexplain
 * @param framework A built-in framework: support, tiers, curriculum, category or stages.
 * @param headers The header row of the evidence columns.
 * @param values One row of evidence (the same columns), or many rows for one result per row.
 * @param asOf The date the classification is made, e.g. TODAY().
 * @returns One sentence per row.
 */
export function explainFunction(
  framework: FrameworkId,
  headers: unknown[][],
  values: unknown[][],
  asOf: unknown
): unknown[][] {
  return run(() => explainTier(framework, headers, values, asOf));
}

/**
 * Why the trust's own framework, held in a range, proposes its level.
 * @customfunction EXPLAINFROM
 * @helpurl https://localhost:3000/docs/functions.html#trustexplainfrom
 * @param frameworkTable The framework table with its header row (as TRUST.FRAMEWORK lays it out).
 * @param headers The header row of the evidence columns.
 * @param values One row of evidence (the same columns), or many rows for one result per row.
 * @param asOf The date the classification is made, e.g. TODAY().
 * @returns One sentence per row.
 */
export function explainFromFunction(
  frameworkTable: unknown[][],
  headers: unknown[][],
  values: unknown[][],
  asOf: unknown
): unknown[][] {
  return run(() => explainFrom(frameworkTable, headers, values, asOf));
}

/**
 * The support offer (or delegation consequence) at a level of a built-in framework.
 * @customfunction SUPPORT
 * @helpurl https://localhost:3000/docs/functions.html#trustsupport
 * @param framework A built-in framework: support, tiers, curriculum, category or stages.
 * @param level A level's name, code or id (a cell or a column), e.g. "Category 3" or 3.
 * @returns The support text for each level.
 */
export function supportFunction(framework: FrameworkId, level: unknown[][]): unknown[][] {
  return run(() => support(framework, level));
}

/**
 * The next review date for a level of a built-in framework, as a date serial (format it as a date).
 * @customfunction NEXTREVIEW
 * @helpurl https://localhost:3000/docs/functions.html#trustnextreview
 * @param framework A built-in framework: support, tiers, curriculum, category or stages.
 * @param level A level's name, code or id (a cell or a column).
 * @param lastReview The date of the last review (a cell or a column).
 * @param [termDates] The trust's TermDates table with its header row; default half terms otherwise.
 * @returns The next review date for each level, as a date serial.
 */
export function nextReviewFunction(
  framework: FrameworkId,
  level: unknown[][],
  lastReview: unknown[][],
  termDates?: unknown[][]
): unknown[][] {
  return run(() => nextReview(framework, level, lastReview, termDates));
}

/**
 * An Ofsted outcome in Ofsted's words, from any regime (grades, key judgements, report cards).
 * @customfunction OFSTED
 * @helpurl https://localhost:3000/docs/functions.html#trustofsted
 * @param outcome An outcome as written: "RI", 2, "Strong standard", "Remains good", "SM"... (a cell or a range).
 * @returns The outcome's standard name for each cell.
 */
export function ofstedFunction(outcome: unknown[][]): unknown[][] {
  return run(() => ofsted(outcome));
}

/**
 * Positive, Variable or Declining: the trend of a school's yearly figures against national.
 * @customfunction TREND
 * @helpurl https://localhost:3000/docs/functions.html#trusttrend
 * @param values Yearly figures, oldest first: a row per school, or one school's column.
 * @param [national] National figures for the same years, or one figure for every year.
 * @param [higherIsBetter] TRUE (default) if a higher figure is better, FALSE if lower is (absence).
 * @returns Positive, Variable or Declining; one per school.
 */
export function trendFunction(
  values: unknown[][],
  national?: unknown[][],
  higherIsBetter?: unknown
): unknown[][] {
  return run(() => trend(values, national, higherIsBetter));
}

/**
 * Green, Amber or Red: a figure against its target and the national figure.
 * @customfunction RAG
 * @helpurl https://localhost:3000/docs/functions.html#trustrag
 * @param value The school's figure (a cell or a column).
 * @param target The target for the figure (blank if none).
 * @param national The national figure (blank if none).
 * @param [higherIsBetter] TRUE (default) if a higher figure is better, FALSE if lower is (absence).
 * @returns Green (meets target), Amber (misses target, meets national) or Red (misses both).
 */
export function ragFunction(
  value: unknown[][],
  target: unknown[][],
  national: unknown[][],
  higherIsBetter?: unknown
): unknown[][] {
  return run(() => rag(value, target, national, higherIsBetter));
}

/**
 * A subject area's curriculum tier (1 to 5) from the trust's curriculum table.
 * @customfunction CURRICULUM
 * @helpurl https://localhost:3000/docs/functions.html#trustcurriculum
 * @param intent Secure or Not secure.
 * @param implementation Highly effective, Effective or Ineffective.
 * @param impact In line or above national, Improving towards national or Weak.
 * @param [capacity] Leadership capacity: Yes or No (tiers 1 and 2 do not need it).
 * @returns The tier, 1 to 5, or "no matching tier".
 */
export function curriculumFunction(
  intent: unknown[][],
  implementation: unknown[][],
  impact: unknown[][],
  capacity?: unknown[][]
): unknown[][] {
  return run(() => curriculum(intent, implementation, impact, capacity));
}

/**
 * The next Schools Causing Concern level (1 to 4) after a review of progress.
 * @customfunction SCCLEVEL
 * @helpurl https://localhost:3000/docs/functions.html#trustscclevel
 * @param currentLevel The school's SCC level, 1 to 4.
 * @param progress Responding well, or Insufficient progress (concerns remain).
 * @param [onGoodProgress] stay (default) or step down when the school responds well.
 * @returns The next SCC level; 0 when the school leaves SCC.
 */
export function sccLevelFunction(
  currentLevel: unknown[][],
  progress: unknown[][],
  onGoodProgress?: OnGoodProgress
): unknown[][] {
  return run(() => sccLevel(currentLevel, progress, onGoodProgress));
}

/**
 * A built-in framework as a table to copy, edit and use with TRUST.TIERFROM.
 * @customfunction FRAMEWORK
 * @helpurl https://localhost:3000/docs/functions.html#trustframework
 * @param framework A built-in framework: support, tiers, curriculum, category or stages.
 * @returns The framework table, header row first (spills).
 */
export function frameworkFunction(framework: FrameworkId): unknown[][] {
  return run(() => frameworkTable(framework));
}

/**
 * A proposed target for one school's measure, by the trust's target method (TrustTier proposal).
 * @customfunction TARGET
 * @helpurl https://localhost:3000/docs/functions.html#trusttarget
 * @param method The TargetMethod table with its header row, or "" for the default method.
 * @param figures The school's published yearly figures, oldest first (a row or a column).
 * @param cohorts The cohort of each year (same size), or "" when not known.
 * @param national The same-phase national figure (other pupils' for disadvantaged pupils).
 * @param [higherIsBetter] TRUE (default) if a higher figure is better, FALSE if lower is (absence).
 * @returns The proposed target.
 */
export function targetFunction(
  method: unknown[][],
  figures: unknown[][],
  cohorts: unknown[][],
  national: unknown[][],
  higherIsBetter?: unknown
): unknown[][] {
  return run(() => target(method, figures, cohorts, national, higherIsBetter));
}
