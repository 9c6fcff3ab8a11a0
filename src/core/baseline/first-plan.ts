import type { Classified } from "../classify/types";
import { PLAN_TEMPLATES, type PlanTemplateId } from "../plans/templates";
import { failed, succeeded, type Outcome } from "../problems/problem";

export interface FirstPlan {
  readonly template: PlanTemplateId;
  readonly why: string;
}

/** The framework's first plan, or a `missing` Problem at the field "plan": the person chooses. */
export type FirstPlanChoice = Outcome<FirstPlan>;

const plan = (template: PlanTemplateId, why: string): FirstPlanChoice =>
  succeeded({ template, why });

/**
 * The first plan a joining school gets, as each seed names it: 001 the academy development plan
 * ("Targets set will contribute to the priorities in academy development plans"), a Trust-led
 * statement of action at Tier 4 Stabilise; 002 the Core Plan, or the Schools Causing Concern
 * Individual School Action Plan for a school in an Ofsted category of concern; 003 the Academy
 * Development Plan, a Rapid Improvement Plan at Stabilise; 000 the five-strategic-area action
 * plan. 004 shares the stages framework with 003 and uses the ISAP: pass it as the template.
 * A framework no seed names a first plan for (001's curriculum areas, a trust's own) gives a
 * Problem, and the person chooses the template.
 */
export function firstPlanTemplate(
  framework: string,
  classification: Classified,
  causingConcern: boolean
): FirstPlanChoice {
  const level = classification.level.id;
  switch (framework) {
    case "tiers":
      return level === "tier4"
        ? plan("statement", "seed 001: Tier 4 Stabilise, Trust led statement of action")
        : plan("adp", "seed 001: academy development plan");
    case "category":
      return causingConcern
        ? plan("isap", "seed 002: Schools Causing Concern, Individual School Action Plan")
        : plan("core", "seed 002: Core Plan");
    case "stages":
      return level === "stabilise"
        ? plan("rip", "seed 003: Rapid Improvement Plan at Stabilise")
        : plan("adp", "seed 003: Academy Development Plan");
    case "support":
      return plan("strategic", "seed 000: action plan on the five strategic areas");
    default:
      return failed([
        {
          code: "missing",
          field: "plan",
          value: framework,
          expected: `one of ${Object.keys(PLAN_TEMPLATES).join(", ")}`,
          message: `the framework '${framework}' names no first plan: choose its template`,
        },
      ]);
  }
}
