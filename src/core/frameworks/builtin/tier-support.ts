/**
 * 001's support lists, a file of their own because the plans, the cards' review rhythm and the
 * tiers framework all quote them: the pane reaching them here rather than through tiers.ts lets
 * the built-in frameworks be one concatenated module in the functions bundle.
 */

/** The id of 001's school improvement tiers framework (tiers.ts), whose levels these lists support. */
export const TIERS_ID = "tiers";

/**
 * 001's "Trust support" lists (Tier 4: "Trust intervention"), item for item as the seed writes
 * them (issue 14, item 15: the live "risk" review, Tier 2's challenge partner, Tier 3's master
 * plan and school improvement team, Tier 4's standardised policies and external leaders were
 * missing from the shortened lists).
 */
export const TIER_SUPPORT: Readonly<Record<string, readonly string[]>> = {
  tier1: [
    "2-5 year master plan",
    "Development plan focussed on a few big moves/priorities that will sustain outstanding",
    'Regular review of live "risk" issues',
    "CEO 1:1 every 4 weeks",
    "Annual external health check from School Improvement Executive Lead",
    "Challenge partner established with an outstanding provider",
    "Contribute and receive support from Trust networks",
    "Strategic capacity established to provide expertise for Trust/city development",
  ],
  tier2: [
    "2-5 year master plan",
    "Development plan focused on a few big moves/priorities that will move the academy to outstanding",
    'Regular review of live "risk" issues',
    "CEO 1:1 every 4 weeks",
    "Annual external health check from School Improvement Executive Lead",
    "Challenge partner established with an outstanding provider",
    "Contribute and receive support from Trust networks",
    "Support from Trust school improvement team",
  ],
  tier3: [
    "2-5 year master plan",
    "Development plan is comprehensive and ensures all priorities that secure good against the Ofsted framework are included",
    'Regular review of live "risk" issues',
    "CEO 1:1 every 2 weeks",
    "External health check twice a year from School Improvement Executive Lead",
    "Involvement in national DFE programs to improve standards eg PEIA",
    "Support from Trust school improvement team",
    "Contribute and receive support from Trust networks",
    "More frequent governor challenge & improvement committees",
    "Trust board detailed review of standards and progress every term",
  ],
  tier4: [
    "Trust led statement of action implemented to bring about rapid improvement",
    "Trust Executive leaders deployed to implement standardised policies that are proven in areas of need",
    'Regular review of live "risk" issues',
    "CEO 1:1 every week",
    "External health checks every term from School Improvement Executive Lead",
    "Support from Trust school improvement team",
    "Support from Trust networks",
    "Trust led governor challenge & improvement committees every fortnight, with external educational leaders on the committee",
  ],
};
