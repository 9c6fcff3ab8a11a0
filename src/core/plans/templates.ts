import { TIER_SUPPORT } from "../frameworks/builtin/tier-support";
/** The plan templates the seeds name, with each seed's purpose quoted. */
export type PlanTemplateId = "strategic" | "isap" | "core" | "adp" | "rip" | "statement";

export interface PlanTemplate {
  id: PlanTemplateId;
  /** As the seed names the plan. */
  name: string;
  /** Short name for sheet tabs. */
  short: string;
  seed: string;
  /** The seed's words for what the plan is for. */
  purpose: string;
}

export const PLAN_TEMPLATES: Readonly<Record<PlanTemplateId, PlanTemplate>> = {
  strategic: {
    id: "strategic",
    name: "Action plan (five strategic areas)",
    short: "Action plan",
    seed: "000 Trust Improvement Strategy",
    purpose:
      '"Action plans will use the five strategic areas as framework for identifying key actions and measurable success criteria." "Action groups will report directly to the board of trustees, outlining progress made within each of the five strategic areas."',
  },
  isap: {
    id: "isap",
    name: "Individual School Action Plan (ISAP)",
    short: "ISAP",
    seed: "004 section 4.3",
    purpose:
      '"The ISAP is the mechanism through which the findings from; the Partnership Review, outcomes from an Ofsted inspection, ongoing monitoring of school performance are developed into timely actions for improvement. The ISAP enables the Trust to identify and deploy appropriate resources to complete the actions and support improvement of the school."',
  },
  core: {
    id: "core",
    name: "Core Plan (CP)",
    short: "Core Plan",
    seed: "002 Core Plan",
    purpose:
      '"The CP is the mechanism through which the findings from; the Partnership Review, the Peer Review, outcomes from an Ofsted inspection, ongoing monitoring of school performance are developed into timely actions for improvement. The CP enables the Trust to identify and deploy appropriate resources to complete the actions and support improvement of the school."',
  },
  adp: {
    id: "adp",
    name: "Academy Development Plan (ADP)",
    short: "ADP",
    seed: "003",
    purpose:
      '"Our school improvement team work with school leaders to scope academy development plans, using these as the foundation for identifying support." "The targets are agreed annually and inform academy development plan priorities, which become the focus of Trust support."',
  },
  rip: {
    id: "rip",
    name: "Rapid Improvement Plan (RIP)",
    short: "RIP",
    seed: "003 (Stabilise)",
    purpose:
      "003 names a Rapid Improvement Plan for academies classified Stabilise, beside the Academy Development Plan and the self-evaluation (SEF / Academy Evaluation Statement).",
  },
  statement: {
    id: "statement",
    name: "Statement of action (Tier 4 Stabilise)",
    short: "Statement of action",
    seed: "001 Tier 4 Stabilise, Trust intervention",
    purpose: '"Trust led statement of action implemented to bring about rapid improvement"',
  },
};

/** 001's Trust intervention list for Tier 4 Stabilise, as the seed writes it (one list, in tier-support.ts). */
export const TIER4_TRUST_INTERVENTION: readonly string[] = TIER_SUPPORT.tier4;

/** The meeting cadence 001 sets for Tier 4 Stabilise. */
export const TIER4_MEETING_CADENCE: readonly string[] = [
  "CEO 1:1: every week",
  "Governor challenge & improvement committee: every fortnight",
  "External health check: every term",
  'Review of live "risk" issues: regular',
];

/** Every plan's row columns: TrustTier's own layout, not a seed's. */
export const PLAN_COLUMNS = [
  "Area or priority",
  "Evidence that raised it",
  "Action",
  "Lead",
  "Support deployed",
  "Start",
  "Milestones by half term",
  "Success measure",
  "Baseline",
  "Target",
  "RAG status",
  "Evidence of impact",
  "Next review",
] as const;

export const RAG_VALUES: readonly string[] = ["Green", "Amber", "Red"];
