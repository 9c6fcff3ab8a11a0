import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { describeValue } from "../values/parsed";
import { normaliseText } from "../values/text";

export type CurriculumTierResult =
  | { ok: true; tier: 1 | 2 | 3 | 4 | 5 }
  | { ok: false; reason: "no matching tier" | "invalid"; message: string };

type Intent = "secure" | "not secure";
type Implementation = "highly effective" | "effective" | "ineffective";
type Impact = "in line or above national" | "improving towards national" | "weak";
type Capacity = "has capacity" | "no capacity" | "any";

/** 001's Trust curriculum support table, row by row. Tiers 1-2 say nothing of capacity. */
const TABLE: Array<{
  tier: 1 | 2 | 3 | 4 | 5;
  intent: Intent;
  implementation: Implementation;
  impact: Impact;
  capacity: Capacity;
}> = [
  {
    tier: 1,
    intent: "secure",
    implementation: "highly effective",
    impact: "in line or above national",
    capacity: "any",
  },
  {
    tier: 2,
    intent: "secure",
    implementation: "effective",
    impact: "improving towards national",
    capacity: "any",
  },
  {
    tier: 3,
    intent: "secure",
    implementation: "effective",
    impact: "weak",
    capacity: "has capacity",
  },
  {
    tier: 4,
    intent: "secure",
    implementation: "ineffective",
    impact: "weak",
    capacity: "has capacity",
  },
  {
    tier: 5,
    intent: "not secure",
    implementation: "ineffective",
    impact: "weak",
    capacity: "no capacity",
  },
];

const WORDS = {
  intent: { secure: "secure", "not secure": "not secure", insecure: "not secure" } as Record<
    string,
    Intent
  >,
  implementation: {
    "highly effective": "highly effective",
    effective: "effective",
    ineffective: "ineffective",
    "not effective": "ineffective",
  } as Record<string, Implementation>,
  impact: {
    "in line or above national": "in line or above national",
    "in line with national": "in line or above national",
    "above national": "in line or above national",
    "improving towards national": "improving towards national",
    "improving trend": "improving towards national",
    improving: "improving towards national",
    weak: "weak",
    "outcomes are weak": "weak",
  } as Record<string, Impact>,
  capacity: {
    yes: "has capacity",
    "has capacity": "has capacity",
    true: "has capacity",
    no: "no capacity",
    "no capacity": "no capacity",
    false: "no capacity",
  } as Record<string, Capacity>,
};

type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

function read<T>(
  words: Record<string, T>,
  kind: string,
  value: CellValue,
  expected: string
): Reading<T> {
  const word = words[normaliseText(String(value ?? ""))];
  return word !== undefined
    ? { ok: true, value: word }
    : {
        ok: false,
        message: `${kind} ${describeValue(value)} is not recognised; expected ${expected}`,
      };
}

/**
 * A subject area's tier from 001's exact table. Capacity may be blank: tiers 1-2 do not state
 * it, and intent, implementation and impact already pick a single row. A combination the table
 * does not hold is "no matching tier".
 */
export function curriculumTier(
  intent: CellValue,
  implementation: CellValue,
  impact: CellValue,
  capacity: CellValue
): CurriculumTierResult {
  const i = read(WORDS.intent, "intent", intent, "Secure or Not secure");
  const m = read(
    WORDS.implementation,
    "implementation",
    implementation,
    "Highly effective, Effective or Ineffective"
  );
  const p = read(
    WORDS.impact,
    "impact",
    impact,
    "In line or above national, Improving towards national or Weak"
  );
  const c: Reading<Capacity> = isBlank(capacity)
    ? { ok: true, value: "any" }
    : read(WORDS.capacity, "capacity", capacity, "Yes (has capacity) or No");
  if (!i.ok || !m.ok || !p.ok || !c.ok) {
    const messages = [i, m, p, c].flatMap((reading) => (reading.ok ? [] : [reading.message]));
    return { ok: false, reason: "invalid", message: messages.join("; ") };
  }
  const row = TABLE.find(
    (entry) =>
      entry.intent === i.value &&
      entry.implementation === m.value &&
      entry.impact === p.value &&
      (entry.capacity === "any" || c.value === "any" || entry.capacity === c.value)
  );
  if (!row) {
    const described = `intent ${i.value}, implementation ${m.value}, impact ${p.value}${c.value === "any" ? "" : `, ${c.value}`}`;
    return {
      ok: false,
      reason: "no matching tier",
      message: `no matching tier: ${described} is not a row of the curriculum table (001)`,
    };
  }
  return { ok: true, tier: row.tier };
}
