import { ACCEPTED_OUTCOMES, normaliseInspectionOutcome } from "../inspections/outcomes";
import type { CellValue } from "../values/cell";
import { describeValue } from "../values/parsed";
import { suppressionOf } from "../values/suppression";
import { normaliseText } from "../values/text";
import type { CompiledCriterion } from "./compile";
import { matchOwnWords, prepareScale, type OwnWordsMatch } from "./own-words";

/** Resolution codes below zero; zero and above are mapping row indices. */
export const BLANK = -1;
export const UNAVAILABLE = -2;
export const NOT_APPLICABLE = -3;
export const INVALID = -4;

const CACHE_LIMIT = 50_000;

/**
 * The mapping row a cell value names (a level's value or alias, or an Ofsted outcome), or BLANK /
 * UNAVAILABLE / NOT_APPLICABLE; INVALID for anything else, without trying the own-words rule.
 */
export function resolveNamed(entry: CompiledCriterion, value: CellValue | undefined): number {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "string" && value.trim() === "") return BLANK;
  const text = typeof value === "number" && Number.isInteger(value) ? String(value) : String(value);
  if (entry.criterion.kind === "inspection") {
    const outcome = normaliseInspectionOutcome(value);
    if (outcome.ok) {
      const row = entry.keys.get(normaliseText(outcome.value.name));
      if (row !== undefined) return row;
    }
  }
  const row = entry.keys.get(normaliseText(text));
  if (row !== undefined) return row;
  const code = suppressionOf(value);
  if (code) return code.notApplicable ? NOT_APPLICABLE : UNAVAILABLE;
  return INVALID;
}

function resolveUncached(entry: CompiledCriterion, value: CellValue): number {
  const named = resolveNamed(entry, value);
  if (named !== INVALID) return named;
  const read = ownWordsRead(entry, value);
  return read?.kind === "match" ? read.index : INVALID;
}

/**
 * How the own-words rule (TrustTier proposal, own-words.ts) reads a text no value or alias
 * names: only for choice criteria (Ofsted outcomes have their own normaliser).
 */
export function ownWordsRead(
  entry: CompiledCriterion,
  value: CellValue | undefined
): OwnWordsMatch | undefined {
  if (typeof value !== "string" || entry.criterion.kind !== "choice") return undefined;
  const key = normaliseText(value);
  if (key === "" || entry.keys.has(key)) return undefined;
  const known = entry.ownWordsReads.get(key);
  if (known) return known;
  entry.ownWords ??= prepareScale(
    entry.rows.map((row, index) => ({ value: row.value, wordings: entry.wordings[index] ?? [] })),
    entry.quotedFrom
  );
  const read = matchOwnWords(value, entry.ownWords);
  if (entry.ownWordsReads.size < CACHE_LIMIT) entry.ownWordsReads.set(key, read);
  return read;
}

/** What the own-words rule says about a text it refused, or "" when it has nothing to add. */
function ownWordsRefusal(entry: CompiledCriterion, value: CellValue | undefined): string {
  const read = ownWordsRead(entry, value);
  if (read?.kind === "ambiguous")
    return ` (it could mean any of: ${read.candidates.join(", ")}; write one of them, or say in Connect which level it means)`;
  if (read?.kind === "negation")
    return ` (it negates '${read.negates}', so it is not read as it; write the value it means, or say in Connect which level it means)`;
  return "";
}

/** The mapping row a cell value selects, or BLANK / UNAVAILABLE / NOT_APPLICABLE / INVALID. */
export function resolveValue(entry: CompiledCriterion, value: CellValue | undefined): number {
  if (value === null || value === undefined) return BLANK;
  const cached = entry.cache.get(value);
  if (cached !== undefined) return cached;
  const resolved = resolveUncached(entry, value);
  if (entry.cache.size < CACHE_LIMIT) entry.cache.set(value, resolved);
  return resolved;
}

/** The message for a value no mapping row accepts: names the value and the accepted forms. */
export function invalidValueMessage(
  entry: CompiledCriterion,
  value: CellValue | undefined
): string {
  const { criterion } = entry;
  const own = entry.rows.map((row) => row.value);
  if (criterion.kind === "inspection") {
    const outcome = normaliseInspectionOutcome(value ?? null);
    if (outcome.ok) {
      return `${criterion.label} value ${describeValue(value)} (${outcome.value.name}) has no mapping row in this framework; expected one of: ${own.join(", ")}`;
    }
    const extra = own.filter((name) => !normaliseInspectionOutcome(name).ok);
    return `${criterion.label} value ${describeValue(value)} is not recognised; expected ${ACCEPTED_OUTCOMES}${extra.length ? `; or ${extra.join(", ")}` : ""}`;
  }
  return `${criterion.label} value ${describeValue(value)} is not recognised${ownWordsRefusal(entry, value)}; expected one of: ${own.join(", ")}`;
}
