/**
 * TrustTier proposal: reading evidence written in a trust's own words ("Meets statutory
 * requirements", "Strengths and internal capacity to improve") against the wording of one
 * criterion's scale. The rule, in full (docs/classification.md, "A trust's own words"):
 *
 * 1. Words. Each text is split into clauses (at . ; : , ! ? and "but", "although", "however").
 *    Words are lower-cased, common words ("the", "and", "in", "with", "is", "all"...) are
 *    dropped, and endings are trimmed ("meets" = "meet", "improving" = "improvement").
 * 2. Negation. "not", "no", "never", "none", "non", "nor", "without", "cannot", "fails", "n't"
 *    ("does not", "doesn't") negate every later word of their clause; a word beginning "un", "in",
 *    "non" or "dis" whose remainder is a word of the scale ("unmet", "ineffective") is that word
 *    negated. A negated word never matches its positive: "not in line with national" shares no
 *    word with "in line with national".
 * 3. Wording. Each scale value (mapping row) is worded by its value, its aliases and the passages
 *    its source quotes from the seed.
 *    Each clause of a quoted passage is a wording too.
 * 4. Score. A value's score is the best of its wordings: the share of the phrase's words the
 *    wording holds. A quoted passage must share at least two words (one common word such as
 *    "good" says nothing); a value or alias may share one.
 * 5. Decision. The phrase is read as the best-scoring value when at least two thirds of its
 *    words are in that value's wording and no other value scores as high, or, where several do,
 *    when the phrase is the whole of exactly one value's wording (no word left over). Otherwise
 *    it is refused, naming the tied candidates, or naming the value it negates.
 */

const STOP_WORDS = new Set(
  (
    "a an the and or of to in on at by for with from as than into within is are was were be " +
    "been being has have had do does did will would shall should can could may might there this " +
    "that these those it its which who whose all any each very so also"
  ).split(" ")
);
const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "none",
  "non",
  "nor",
  "neither",
  "without",
  "cannot",
  "fail",
  "fails",
  "failed",
  "failing",
]);
const CLAUSE_WORDS = new Set(["but", "although", "however", "whereas", "though"]);
const NEGATING_PREFIXES = ["non", "dis", "un", "in"];
const SUFFIXES: Array<[string, string]> = [
  ["ments", ""],
  ["ment", ""],
  ["ings", ""],
  ["ing", ""],
  ["ies", "y"],
  ["ied", "y"],
  ["ed", ""],
  ["es", ""],
  ["s", ""],
  ["e", ""],
];

/** A word with its ending trimmed, so "meets", "meet" and "improving", "improvement" agree. */
export function stem(word: string): string {
  let current = word;
  for (;;) {
    if (current.length <= 4 || current.endsWith("ss")) return current;
    const suffix = SUFFIXES.find(
      ([end, add]) => current.endsWith(end) && current.length - end.length + add.length >= 4
    );
    if (!suffix) return current;
    current = current.slice(0, current.length - suffix[0].length) + suffix[1];
  }
}

interface RawWord {
  stem: string;
  negated: boolean;
}

function rawWords(text: string): RawWord[] {
  const words: RawWord[] = [];
  const spaced = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/n['\u2019]t\b/g, " not")
    .replace(/&/g, " and ");
  for (const clause of spaced.split(/[.;:,!?()]+/)) {
    let negated = false;
    for (const word of clause.split(/[^a-z0-9]+/)) {
      if (word === "") continue;
      if (CLAUSE_WORDS.has(word)) {
        negated = false;
        continue;
      }
      if (NEGATORS.has(word)) {
        negated = !negated;
        continue;
      }
      if (STOP_WORDS.has(word) || word.length < 2) continue;
      words.push({ stem: stem(word), negated });
    }
  }
  return words;
}

/** Signed word keys ("meet", "-meet"); a negating prefix counts when the scale has the remainder. */
function signedWords(raw: RawWord[], vocabulary: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const { stem: word, negated } of raw) {
    let base = word;
    let flip = false;
    for (const prefix of NEGATING_PREFIXES) {
      const rest = word.slice(prefix.length);
      if (word.startsWith(prefix) && rest.length >= 3 && vocabulary.has(rest)) {
        base = rest;
        flip = true;
        break;
      }
    }
    keys.add(negated !== flip ? `-${base}` : base);
  }
  return keys;
}

/** One value of a criterion's scale, with every text that words it. */
export interface ScaleValue {
  value: string;
  wordings: string[];
}

interface PreparedWording {
  text: string;
  words: Set<string>;
  /** A passage quoted from the seed (or one clause of it), rather than a value or alias. */
  quoted: boolean;
}

interface PreparedValue {
  value: string;
  wordings: PreparedWording[];
}

/** A criterion's scale prepared for matching (built once per compiled criterion). */
export interface OwnWordsScale {
  vocabulary: Set<string>;
  values: PreparedValue[];
}

/** The passages a mapping row's source quotes ("..." in the source text). */
export function quotedPassages(source: string): string[] {
  return [...source.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
}

const CLAUSE_BREAK = /[.;:,!?()]+/;

/**
 * Values and aliases are short wordings; each quoted passage is one wording, and so is each of
 * its clauses (000's "... few concerns ... Safeguarding meets statutory requirements.").
 */
export function prepareScale(
  values: readonly ScaleValue[],
  quotedFrom: readonly number[] = []
): OwnWordsScale {
  const raw = values.map((value, index) =>
    value.wordings.flatMap((text, at) => {
      const quoted = at >= (quotedFrom[index] ?? value.wordings.length);
      const clauses = quoted ? text.split(CLAUSE_BREAK).filter((c) => c.trim() !== "") : [];
      return [text, ...(clauses.length > 1 ? clauses : [])].map((part) => ({
        text: part.trim(),
        quoted,
        raw: rawWords(part),
      }));
    })
  );
  const vocabulary = new Set<string>();
  for (const wordings of raw)
    for (const w of wordings) for (const word of w.raw) vocabulary.add(word.stem);
  return {
    vocabulary,
    values: values.map((value, index) => ({
      value: value.value,
      wordings: raw[index].map((w) => ({
        text: w.text,
        quoted: w.quoted,
        words: signedWords(w.raw, vocabulary),
      })),
    })),
  };
}

export const OWN_WORDS_SHARE = 2 / 3;

export type OwnWordsMatch =
  | { kind: "match"; index: number; value: string; wording: string; shared: string[] }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "negation"; negates: string }
  | { kind: "none" };

interface Score {
  index: number;
  share: number;
  extra: number;
  wording: string;
  shared: string[];
}

function bestScores(phrase: Set<string>, scale: OwnWordsScale): Score[] {
  return scale.values.map((value, index) => {
    let best: Score = { index, share: 0, extra: Infinity, wording: "", shared: [] };
    for (const wording of value.wordings) {
      const shared = [...phrase].filter((word) => wording.words.has(word));
      // A seed passage must share two words: one common word ("good") says nothing.
      if (shared.length === 0 || (wording.quoted && shared.length < 2)) continue;
      const share = shared.length / phrase.size;
      const extra = [...wording.words].filter((word) => !phrase.has(word)).length;
      if (share > best.share || (share === best.share && extra < best.extra))
        best = { index, share, extra, wording: wording.text, shared };
    }
    return best;
  });
}

function decide(phrase: Set<string>, scale: OwnWordsScale): OwnWordsMatch {
  if (phrase.size === 0) return { kind: "none" };
  const scores = bestScores(phrase, scale).filter((score) => score.share >= OWN_WORDS_SHARE);
  if (scores.length === 0) return { kind: "none" };
  const topShare = Math.max(...scores.map((score) => score.share));
  const tied = scores.filter((score) => score.share === topShare);
  // Several values hold as much of the phrase: it is one of them only if it is that value's
  // whole wording (nothing left over); otherwise it is ambiguous.
  const whole = tied.filter((score) => score.extra === 0);
  const chosen = tied.length === 1 ? tied[0] : whole.length === 1 ? whole[0] : undefined;
  if (!chosen)
    return { kind: "ambiguous", candidates: tied.map((score) => scale.values[score.index].value) };
  return {
    kind: "match",
    index: chosen.index,
    value: scale.values[chosen.index].value,
    wording: chosen.wording,
    shared: chosen.shared,
  };
}

/** Reads a phrase against one criterion's scale (see the rule at the top of this file). */
export function matchOwnWords(text: string, scale: OwnWordsScale): OwnWordsMatch {
  const raw = rawWords(text);
  const phrase = signedWords(raw, scale.vocabulary);
  const found = decide(phrase, scale);
  if (found.kind !== "none" || ![...phrase].some((word) => word.startsWith("-"))) return found;
  // Refused: say which value the phrase would have meant without its negation.
  const positive = new Set([...phrase].map((word) => word.replace(/^-/, "")));
  const unsigned = decide(positive, scale);
  return unsigned.kind === "match" ? { kind: "negation", negates: unsigned.value } : found;
}
