import { describeValue } from "../values/parsed";
import type { Measure } from "./types";

export interface MeasureValueProblem {
  /** `invalid`: outside what can be true; `unlikely`: possible but outside where figures fall. */
  severity: "invalid" | "unlikely";
  message: string;
}

function unitText(measure: Measure): string {
  return measure.unit === "%" ? "%" : ` ${measure.unit}`;
}

/**
 * A figure outside the measure's valid range (a percentage above 100) or outside its likely
 * range (a persistent absence of 94.5%), as a problem to flag on the card; undefined when fine.
 */
export function measureValueProblem(
  measure: Measure,
  value: number
): MeasureValueProblem | undefined {
  if (value < measure.min || value > measure.max) {
    return {
      severity: "invalid",
      message: `${measure.label} ${describeValue(value)} is outside the valid range ${measure.min} to ${measure.max}${unitText(measure)}`,
    };
  }
  const likely = measure.likely;
  if (likely && (value < likely.min || value > likely.max)) {
    return {
      severity: "unlikely",
      message: `${measure.label} ${describeValue(value)} is unlikely (figures normally fall between ${likely.min} and ${likely.max}${unitText(measure)}); check the source`,
    };
  }
  return undefined;
}
