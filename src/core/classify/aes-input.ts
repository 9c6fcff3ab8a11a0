import type { Framework } from "../frameworks/types";

/**
 * Seed 003 (TLET): "Principals and the Local Governing Boards assess the current classification
 * of the academy using the TLET classification framework in the AES and rate how secure the
 * current position is"; "The classification outcomes are moderated by the Director of
 * Education". The leaders' own classification is an input to moderate: TrustTier sets it
 * against the computed one and flags where they differ, without counting it as evidence.
 */
export const AES_CLASSIFICATION_HEADERS = [
  "AES classification",
  "AES stage",
  "Self-assessed classification",
  "Leaders' classification",
  "Academy Evaluation Statement classification",
] as const;

/** Schools-table headers for the leaders' own security rating from the AES (seed 003). */
export const AES_SECURITY_HEADERS = [
  "AES security",
  "AES security rating",
  "Leaders' security rating",
  "Security (AES)",
] as const;

/** The frameworks whose levels the AES classifies: 003's stages. */
export const AES_FRAMEWORK_IDS: readonly string[] = ["stages"];

/**
 * Every way a person may write a level (its name, code, id, and its name without the code:
 * "Sustain" for "A Sustain"), each with the level's name: the card's live lookup of the
 * self-assessed classification.
 */
export function levelWritings(framework: Framework): Array<readonly [string, string]> {
  const pairs = new Map<string, string>();
  for (const level of framework.levels) {
    const bare = level.name.replace(new RegExp(`^${level.code}\\s+`), "");
    for (const form of [level.name, bare, level.code, level.id]) {
      if (!pairs.has(form.toLowerCase())) pairs.set(form.toLowerCase(), level.name);
    }
  }
  return [...pairs.entries()];
}
