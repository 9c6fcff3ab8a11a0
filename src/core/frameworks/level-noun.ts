import { getBuiltinFramework } from "./builtin";
import type { FrameworkLevel } from "./types";

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The word every level name starts (or ends) with: "Category" from "Category 1" … "Category 4". */
function sharedWord(levels: readonly FrameworkLevel[]): string | undefined {
  const words = levels.map((level) => level.name.trim().split(/\s+/));
  for (const pick of [(w: string[]) => w[0], (w: string[]) => w[w.length - 1]]) {
    const first = pick(words[0] ?? []);
    if (
      first &&
      /^\p{L}+$/u.test(first) &&
      words.every((w) => w.length > 1 && pick(w).toLowerCase() === first.toLowerCase())
    )
      return capitalised(first);
  }
  return undefined;
}

/**
 * The level noun of a framework table without a `level noun` row (tables copied before the
 * row existed): a copy of a built-in keeps the built-in's, otherwise the word the level names
 * share ("Tier 1", "Tier 2" give "Tier"; "Low support", "High support" give "Support"),
 * otherwise the framework's name. A TrustTier reading, not a seed's.
 */
export function levelNounFor(id: string, name: string, levels: readonly FrameworkLevel[]): string {
  return getBuiltinFramework(id)?.levelNoun ?? sharedWord(levels) ?? name;
}
