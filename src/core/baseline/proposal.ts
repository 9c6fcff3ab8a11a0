import type { Classification } from "../classify/types";

/** The label every proposed level on a Baseline sheet carries: the board agrees the level. */
export const DUE_DILIGENCE_PROPOSAL = "Due-diligence proposal";

/** What the seeds' due diligence reviews beyond the published data, each with its seed's words. */
export const DUE_DILIGENCE_EVIDENCE: ReadonlyArray<{ item: string; source: string }> = [
  {
    item: "Practice observed",
    source:
      'seeds 002 and 004: "assessed informed by practice observed, previous Ofsted judgement and assessment of data"',
  },
  {
    item: "The school's latest in-year data",
    source:
      'seed 001: "A review of published data together with the school\'s latest in-year data"',
  },
  {
    item: "The latest SEF",
    source: 'seed 001: "along with a review of the school improvement plan and latest SEF"',
  },
  {
    item: "The school improvement plan",
    source: 'seed 001: "along with a review of the school improvement plan and latest SEF"',
  },
];

export type BaselineProposal =
  | { kind: "level"; text: string; detail: string[] }
  | { kind: "missing"; text: string; gather: string[] }
  | { kind: "invalid"; text: string };

/**
 * The proposed initial level in words, labelled a due-diligence proposal; or, where the
 * framework's minimum evidence is not met, the classifier's own message (naming the trust-held
 * evidence missing) and the seeds' due-diligence evidence still to gather.
 */
export function baselineProposal(classification: Classification): BaselineProposal {
  if (classification.status === "invalid") {
    return { kind: "invalid", text: `Evidence cannot be read: ${classification.message}` };
  }
  if (classification.status === "not enough evidence") {
    return {
      kind: "missing",
      text: `No proposal yet: ${classification.message}`,
      gather: DUE_DILIGENCE_EVIDENCE.map((e) => `${e.item} (${e.source})`),
    };
  }
  const detail = [
    ...classification.floors.map((f) => `Floor: ${f.label} (${f.source})`),
    ...classification.drivers.map(
      (d) => `Driver: ${d.label}: ${d.items.map((i) => i.display).join(", ")}`
    ),
    ...classification.warnings,
  ];
  return {
    kind: "level",
    text: `${DUE_DILIGENCE_PROPOSAL}: ${classification.level.name} (${classification.security}; ${classification.supplied} of ${classification.applicable} criteria)`,
    detail,
  };
}
