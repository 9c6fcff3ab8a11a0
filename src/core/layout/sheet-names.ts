/**
 * Excel's rules for worksheet names, in one place so every adapter refuses what Excel would:
 * 1-31 characters, none of [ ] : * ? / \, no apostrophe at either end, not "History" (Excel
 * keeps it for change tracking), and unique without regard to case.
 */

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/;
const RESERVED = ["history"];

/**
 * Excel's comparison of the names it keeps: sheets, tables, defined names and a table's column
 * headers are the same name without regard to case (also for accented letters). Table names
 * share one namespace with defined names, and a table's headers are unique under it. Labels
 * and evidence words a person types compare more loosely: `normaliseText` (values/text.ts).
 */
export function sameExcelName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-GB") === b.toLocaleUpperCase("en-GB");
}

/** Sheet names compare as every Excel name does. */
export const sameSheetName = sameExcelName;

/** The first of `names` that is `name` to Excel, or undefined. */
export function findExcelName(names: readonly string[], name: string): string | undefined {
  return names.find((candidate) => sameExcelName(candidate, name));
}

/**
 * Why Excel would refuse `name` beside `existingNames`, or null if it is acceptable.
 * Pass the existing names without the sheet being renamed/replaced itself.
 */
export function validateSheetName(
  name: string,
  existingNames: readonly string[] = []
): string | null {
  const shown = JSON.stringify(name);
  if (name.length === 0) return "A sheet name cannot be empty.";
  if (name.trim().length === 0) return `Sheet name ${shown} is only spaces.`;
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    return `Sheet name ${shown} has ${name.length} characters; Excel allows at most ${MAX_SHEET_NAME_LENGTH}.`;
  }
  const bad = FORBIDDEN.exec(name);
  if (bad)
    return `Sheet name ${shown} contains ${JSON.stringify(bad[0])}; Excel forbids [ ] : * ? / \\.`;
  if (name.startsWith("'") || name.endsWith("'")) {
    return `Sheet name ${shown} starts or ends with an apostrophe, which Excel forbids.`;
  }
  if (RESERVED.some((reserved) => sameSheetName(reserved, name))) {
    return `Sheet name ${shown} is reserved by Excel.`;
  }
  const clash = existingNames.find((existing) => sameSheetName(existing, name));
  if (clash !== undefined) {
    return `Sheet name ${shown} is already used by sheet ${JSON.stringify(clash)} (Excel ignores case).`;
  }
  return null;
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Trims spaces and apostrophes off both ends (a name may not start or end with "'"). */
function trimEnds(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

function cleaned(desired: string): string {
  const replaced = desired
    // An inner apostrophe becomes a typographic one: ExcelJS writes a sheet's print area as
    // 'St Mary's'!$A1 without doubling it, and cannot read its own file back (nor can Excel
    // be relied on to); "St Mary’s" reads the same to a person.
    .replace(/(?<=\S)'(?=\S)/g, "\u2019")
    .replace(/\[/g, "(")
    .replace(/]/g, ")")
    .replace(/[:*?/\\]/g, "-")
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ");
  return trimEnds(truncate(trimEnds(replaced), MAX_SHEET_NAME_LENGTH)) || "Sheet";
}

/**
 * A name Excel accepts, as close to `desired` as it allows, and unique among `existingNames`:
 * forbidden characters replaced ("[x]" -> "(x)", "a/b" -> "a-b"), cut to 31 characters, and a
 * clash (including one created by the cut, or with "History") resolved as "Name (2)", "Name (3)".
 */
export function safeSheetName(desired: string, existingNames: readonly string[] = []): string {
  const base = cleaned(desired);
  if (validateSheetName(base, existingNames) === null) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = trimEnds(truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length)) || "Sheet";
    const candidate = stem + suffix;
    if (validateSheetName(candidate, existingNames) === null) return candidate;
  }
}
