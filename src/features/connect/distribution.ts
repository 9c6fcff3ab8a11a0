import type { FrameworkLevel } from "../../core/frameworks/types";
import type { ClassifiedSchools } from "../classify/classify-grid";

export interface LevelCount {
  level: FrameworkLevel;
  count: number;
}

export interface Distribution {
  levels: LevelCount[];
  /** Schools with too little or invalid evidence: no level proposed. */
  unclassified: number;
  /** Why the first unclassified school has no level ("not enough evidence (1 of 10 criteria…)"). */
  reason?: string;
  total: number;
}

/** Counts of proposed levels, every level of the framework listed (least concern first). */
export function levelDistribution(block: ClassifiedSchools): Distribution {
  const counts = new Map<string, number>();
  let unclassified = 0;
  let reason: string | undefined;
  for (const result of block.results) {
    const classification = result.classification;
    if (classification.status === "classified") {
      counts.set(classification.level.id, (counts.get(classification.level.id) ?? 0) + 1);
    } else {
      unclassified++;
      reason ??= classification.message;
    }
  }
  return {
    levels: block.framework.levels.map((level) => ({ level, count: counts.get(level.id) ?? 0 })),
    unclassified,
    ...(reason === undefined ? {} : { reason }),
    total: block.results.length,
  };
}
