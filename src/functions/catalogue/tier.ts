import type { Framework } from "../../core/frameworks/types";
import { classifyRows, explanationAnswer, levelAnswer } from "./classify-rows";
import type { ResultGrid } from "./failure";
import { readFrameworkTable } from "./framework-table";
import { readBuiltinFramework } from "./readers";

const levels = (framework: Framework, headers: unknown, values: unknown, asOf: unknown) =>
  classifyRows({ framework, headers, values, asOf, levelOnly: true, answer: levelAnswer });

const explanations = (framework: Framework, headers: unknown, values: unknown, asOf: unknown) =>
  classifyRows({ framework, headers, values, asOf, levelOnly: false, answer: explanationAnswer });

/** TRUST.TIER: a built-in framework's proposed level, one per row of values. */
export const tier = (framework: unknown, headers: unknown, values: unknown, asOf: unknown) =>
  levels(readBuiltinFramework(framework), headers, values, asOf);

/** TRUST.TIERFROM: the same, for a framework table held in the workbook. */
export const tierFrom = (table: unknown, headers: unknown, values: unknown, asOf: unknown) =>
  levels(readFrameworkTable(table), headers, values, asOf);

/** TRUST.EXPLAIN: the reason for a built-in framework's proposal, one per row. */
export const explainTier = (
  framework: unknown,
  headers: unknown,
  values: unknown,
  asOf: unknown
): ResultGrid => explanations(readBuiltinFramework(framework), headers, values, asOf);

/** TRUST.EXPLAINFROM: the same, for a framework table held in the workbook. */
export const explainFrom = (
  table: unknown,
  headers: unknown,
  values: unknown,
  asOf: unknown
): ResultGrid => explanations(readFrameworkTable(table), headers, values, asOf);
