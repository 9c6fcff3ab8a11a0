import type { Classified } from "../classify/types";
import { TIER4_MEETING_CADENCE, TIER4_TRUST_INTERVENTION, type PlanTemplate } from "./templates";

export type HeaderLine = readonly [label: string, text: string];

const LAYOUT_NOTE =
  "TrustTier's own row layout: the seed names this plan and its purpose; the columns below are TrustTier's.";

/** Which levels a template is for; a plan for any other level is refused. */
export const TEMPLATE_LEVELS: Readonly<Record<string, readonly string[] | undefined>> = {
  rip: ["stabilise"],
  statement: ["tier4"],
};

function templateLines(
  template: PlanTemplate,
  result: Classified,
  delegationRemoved: readonly string[]
): HeaderLine[] {
  switch (template.id) {
    case "strategic":
      return [
        ["Delegation consequence", result.level.support],
        ...delegationRemoved.map((area): HeaderLine => [
          `Delegation: ${area}`,
          "Delegated responsibilities removed for this area only",
        ]),
        ...(delegationRemoved.length > 0
          ? [
              [
                "Delegation: other areas",
                "As the scheme of delegation at this support level",
              ] as const,
            ]
          : []),
        [
          "Reporting",
          "Action group reports to the board of trustees, area by area; reviewed half termly",
        ],
      ];
    case "isap":
    case "core":
      return [
        [
          "Findings from",
          "Partnership Review, Peer Review, Ofsted inspection outcomes, ongoing monitoring of school performance",
        ],
        [
          "Monitoring",
          `Monitoring the progress of the actions on the ${template.short} at each school visit`,
        ],
      ];
    case "adp":
    case "rip":
      return [
        [
          "Self-evaluation link",
          "SEF and Academy Evaluation Statement (003): the academy's own rating of how secure its classification is",
        ],
        ["Offer at this stage (003)", result.level.support],
        ...(result.level.id === "sustain"
          ? [
              [
                "Enhanced at Sustain",
                "What the academy contributes to other academies in the Trust (list below as actions)",
              ] as const,
            ]
          : []),
      ];
    case "statement":
      return [
        ...TIER4_TRUST_INTERVENTION.map((item): HeaderLine => ["Trust intervention (001)", item]),
        ...TIER4_MEETING_CADENCE.map((item): HeaderLine => ["Meeting cadence (001)", item]),
      ];
  }
}

/** The lines above a plan's rows: purpose, classification, support, and the template's own. */
export function planHeaderLines(
  template: PlanTemplate,
  result: Classified,
  delegationRemoved: readonly string[]
): HeaderLine[] {
  const allowed = TEMPLATE_LEVELS[template.id];
  if (allowed && !allowed.includes(result.level.id)) {
    throw new Error(`${template.name} is for ${allowed.join(", ")} only, not ${result.level.name}`);
  }
  return [
    ["Purpose", `${template.purpose} (${template.seed})`],
    [
      "Classification",
      `${result.framework}: ${result.level.name} (proposed; the board agrees the level)`,
    ],
    ...(template.id === "strategic" || template.id === "adp" || template.id === "rip"
      ? []
      : [["Support at this level", result.level.support] as const]),
    ...templateLines(template, result, delegationRemoved),
    ["Row layout", LAYOUT_NOTE],
  ];
}
