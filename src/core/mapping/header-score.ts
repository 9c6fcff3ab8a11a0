import { normaliseText } from "../values/text";
import type { HeaderMatchKind, MappingTarget } from "./types";

export interface HeaderScore {
  kind: HeaderMatchKind;
  /** 1 for an exact match; 0.5..0.9 for a partial one; 0 for none. */
  score: number;
  /** The id, label or alias it matched. */
  matched?: string;
}

const tokens = (text: string): Set<string> => new Set(text.split(" ").filter((t) => t !== ""));

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * How well a header names a target: exact (after normaliseText) against its id, label or an
 * alias, or partial when at least half their words are shared. Names shorter than four letters
 * ("PA", "SEN") only ever match exactly: as words they are too easily found by accident.
 */
export function scoreHeader(header: string, target: MappingTarget): HeaderScore {
  const key = normaliseText(header);
  if (key === "") return { kind: "none", score: 0 };
  const names = [target.id, target.label, ...target.aliases];
  for (const name of names) {
    if (normaliseText(name) === key) return { kind: "exact", score: 1, matched: name };
  }
  const headerTokens = tokens(key);
  let best: HeaderScore = { kind: "none", score: 0 };
  for (const name of names) {
    const normalised = normaliseText(name);
    if (normalised.length < 4) continue;
    const overlap = jaccard(headerTokens, tokens(normalised));
    if (overlap >= 0.5 && 0.5 + 0.4 * overlap > best.score) {
      best = { kind: "partial", score: 0.5 + 0.4 * overlap, matched: name };
    }
  }
  return best;
}
