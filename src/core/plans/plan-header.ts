import type { Classified } from "../classify/types";
import { STAGE_OFFERS } from "../frameworks/builtin/stage-offers";
import { cadenceText } from "../frameworks/cadence";
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
        // A floor's own consequence (000: finance functions removed on serious financial concerns).
        ...result.floors
          .filter((floor) => floor.consequence)
          .map((floor): HeaderLine => [`Delegation: ${floor.label}`, floor.consequence as string]),
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
          '"Action groups will report directly to the board of trustees, outlining progress made within each of the five strategic areas" (000)',
        ],
        // 000 sets "reviewed half termly" for Medium support only: every level shows its own
        // cadence with that cadence's source (a TrustTier proposal where the seed sets none).
        ["Review", `${cadenceText(result.level.cadence)} (${result.level.source})`],
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
        ...offerLines(result),
      ];
    case "statement":
      return [
        ...TIER4_TRUST_INTERVENTION.map((item): HeaderLine => ["Trust intervention (001)", item]),
        ...TIER4_MEETING_CADENCE.map((item): HeaderLine => ["Meeting cadence (001)", item]),
      ];
  }
}

/**
 * Seed 003's offer at the academy's stage: Universal and Bespoke/Urgent the same at every stage,
 * the Enhanced offer the stage's own; at Sustain the Enhanced offer is what the academy gives
 * the Trust. A level outside the four stages (an ADP under another framework) shows its own
 * support text.
 */
function offerLines(result: Classified): HeaderLine[] {
  const enhanced = STAGE_OFFERS.enhanced[result.level.id];
  if (!enhanced) return [["Offer at this level", result.level.support]];
  const list = (items: readonly string[]) => items.map((item) => `• ${item}`).join("\n");
  return [
    ["Universal offer (003, every stage)", list(STAGE_OFFERS.universal)],
    [
      result.level.id === "sustain"
        ? "Enhanced at Sustain (003): what the academy contributes to the Trust"
        : `Enhanced offer at ${result.level.name} (003)`,
      list(enhanced),
    ],
    ["Bespoke/Urgent offer (003, every stage)", list(STAGE_OFFERS.bespoke)],
    ["Monitoring (003)", STAGE_OFFERS.monitoring.enhanced],
  ];
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
