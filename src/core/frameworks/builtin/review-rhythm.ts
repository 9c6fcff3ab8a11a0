import { TIER_SUPPORT, TIERS_ID } from "./tier-support";

/**
 * How often each tier is seen between the annual re-setting of tiers: the items of its support
 * list that set a frequency (CEO 1:1 every 4/4/2/1 weeks, health checks 1/1/2/3 a year, ...).
 */
const TIER_REVIEW_RHYTHM: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TIER_SUPPORT).map(([tier, items]) => [
    tier,
    items
      .filter((item) => /every|annual|twice a year|regular|more frequent/i.test(item))
      .join("; "),
  ])
);

/**
 * How often a school at this level is seen between re-assessments, where the seed says so
 * (001's tiers: the tier is set once a year, the CEO 1:1 and health checks set the rhythm).
 */
export function reviewRhythmOf(frameworkId: string, levelId: string): string | undefined {
  return frameworkId === TIERS_ID ? TIER_REVIEW_RHYTHM[levelId] : undefined;
}
