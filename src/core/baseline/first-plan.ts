import type { Classified } from "../classify/types";
import type { PlanTemplateId } from "../plans/templates";

export type FirstPlanChoice =
  { ok: true; template: PlanTemplateId; why: string } | { ok: false; message: string };

/**
 * The first plan a joining school gets, as each seed names it: 001 the academy development plan
 * ("Targets set will contribute to the priorities in academy development plans"), a Trust-led
 * statement of action at Tier 4 Stabilise; 002 the Core Plan, or the Schools Causing Concern
 * Individual School Action Plan for a school in an Ofsted category of concern; 003 the Academy
 * Development Plan, a Rapid Improvement Plan at Stabilise; 000 the five-strategic-area action
 * plan. 004 shares the stages framework with 003 and uses the ISAP: pass it as the template.
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
        ? {
            ok: true,
            template: "statement",
            why: "seed 001: Tier 4 Stabilise, Trust led statement of action",
          }
        : { ok: true, template: "adp", why: "seed 001: academy development plan" };
    case "category":
      return causingConcern
        ? {
            ok: true,
            template: "isap",
            why: "seed 002: Schools Causing Concern, Individual School Action Plan",
          }
        : { ok: true, template: "core", why: "seed 002: Core Plan" };
    case "stages":
      return level === "stabilise"
        ? { ok: true, template: "rip", why: "seed 003: Rapid Improvement Plan at Stabilise" }
        : { ok: true, template: "adp", why: "seed 003: Academy Development Plan" };
    case "support":
      return {
        ok: true,
        template: "strategic",
        why: "seed 000: action plan on the five strategic areas",
      };
    default:
      return {
        ok: false,
        message: `framework '${framework}' names no first plan; choose one of strategic, isap, core, adp, rip, statement`,
      };
  }
}
