import { builtinFramework } from "./define";
import { fits } from "./mapping-helpers";

const SEED = "001 Trust School Improvement Model, Trust curriculum support table";
const T = (n: number) => `${SEED}, Tier ${n}`;
const MONITORING =
  "Monitoring: the seed's merged cells were lost in conversion; TrustTier reads Normal for tiers 1-2 and Enhanced for tiers 3-5";

export const curriculum = builtinFramework({
  id: "curriculum",
  name: "Curriculum area tiers",
  levelNoun: "Curriculum tier",
  description:
    "Each subject area's tier (1-5) from intent, implementation, impact and leadership capacity, \"at the start of the academic " +
    "year to identify the appropriate support required in curriculum areas\". TRUST.CURRICULUM gives the seed's exact table.",
  source: SEED,
  levels: [
    {
      id: "tier1",
      name: "Tier 1",
      code: "1",
      colour: "#C6EFCE",
      descriptor:
        'Intent secure; implementation highly effective; impact "outcomes regularly in line or above national".',
      support: `Reviews per year: 1. Line management - AP/VP meet every 2 weeks; able to offer support (leadership, T&L). ${MONITORING}: Normal.`,
      cadence: { kind: "annually" },
      source: T(1),
    },
    {
      id: "tier2",
      name: "Tier 2",
      code: "2",
      colour: "#E2EFDA",
      descriptor:
        'Intent secure; implementation effective; impact "On an improving trend towards national".',
      support: `Reviews per year: 2. Line management - AP/VP meet every 2 weeks. ${MONITORING}: Normal.`,
      cadence: { kind: "twice a year" },
      source: T(2),
    },
    {
      id: "tier3",
      name: "Tier 3",
      code: "3",
      colour: "#FFEB9C",
      descriptor:
        'Intent secure; implementation effective; impact "Outcomes are weak but leadership has the capacity to improve".',
      support: `Reviews per year: 2 (Trust support one review). Line management - AP/VP meet every 2 weeks; leadership support from Tier 1 Leader; VP led Faculty T&L support if required. ${MONITORING}: Enhanced.`,
      cadence: { kind: "twice a year" },
      source: T(3),
    },
    {
      id: "tier4",
      name: "Tier 4",
      code: "4",
      colour: "#F8CBAD",
      descriptor:
        'Intent secure; implementation ineffective; impact "Outcomes are weak but leadership has the capacity to improve".',
      support: `Reviews per year: 2 (Trust support both reviews). Line management - Principal/VP every 2 weeks; VP led Faculty T&L Support plan; Trust Leadership Coach and T&L support. ${MONITORING}: Enhanced.`,
      cadence: { kind: "twice a year" },
      source: T(4),
    },
    {
      id: "tier5",
      name: "Tier 5",
      code: "5",
      colour: "#FFC7CE",
      descriptor:
        'Intent not secure; implementation ineffective; impact "Outcomes are weak and leadership does not have the capacity to improve".',
      support: `Reviews per year: 3 Trust led Reviews. Line management - Principal/VP every week; implement approved Scheme; Trust Leadership mentor and T&L support. ${MONITORING}: Enhanced.`,
      cadence: { kind: "termly" },
      source: T(5),
    },
  ],
  criteria: [
    { id: "intent", label: "Intent", aliases: ["Curriculum intent"], kind: "choice", source: SEED },
    {
      id: "implementation",
      label: "Implementation",
      aliases: ["Curriculum implementation", "T&L"],
      kind: "choice",
      source: SEED,
    },
    {
      id: "impact",
      label: "Impact",
      aliases: ["Outcomes", "Curriculum impact"],
      kind: "choice",
      source: SEED,
    },
    {
      id: "capacity",
      label: "Leadership capacity",
      aliases: ["Capacity", "Capacity to improve"],
      kind: "choice",
      source: SEED,
    },
  ],
  mapping: [
    fits("intent", "secure", "tier1", "tier4", `${SEED}: "Intent - secure" (Tiers 1-4)`),
    fits("intent", "not secure", "tier5", "tier5", `${T(5)}: "Intent - Not secure"`),
    fits(
      "implementation",
      "highly effective",
      "tier1",
      "tier1",
      `${T(1)}: "Implementation - highly effective"`
    ),
    fits(
      "implementation",
      "effective",
      "tier2",
      "tier3",
      `${SEED}: "Implementation - effective" (Tiers 2-3)`
    ),
    fits(
      "implementation",
      "ineffective",
      "tier4",
      "tier5",
      `${SEED}: "Implementation - ineffective" (Tiers 4-5)`
    ),
    fits(
      "impact",
      "in line or above national",
      "tier1",
      "tier1",
      `${T(1)}: "Impact - outcomes regularly in line or above national."`,
      ["in line with national", "above national"]
    ),
    fits(
      "impact",
      "improving towards national",
      "tier2",
      "tier2",
      `${T(2)}: "Impact - On an improving trend towards national."`,
      ["improving trend", "improving"]
    ),
    fits("impact", "weak", "tier3", "tier5", `${SEED}: "Outcomes are weak" (Tiers 3-5)`, [
      "outcomes are weak",
    ]),
    fits(
      "capacity",
      "has capacity",
      "tier1",
      "tier4",
      `${SEED}: "leadership has the capacity to improve" (Tiers 3-4; Tiers 1-2 state no limit)`,
      ["yes", "capacity to improve"]
    ),
    fits(
      "capacity",
      "no capacity",
      "tier5",
      "tier5",
      `${T(5)}: "leadership does not have the capacity to improve"`,
      ["no", "does not have capacity"]
    ),
  ],
  floors: [],
  minEvidence: 3,
  secureAt: 0.75,
  borderlineAt: 0.5,
  staleAfterDays: 365,
});
