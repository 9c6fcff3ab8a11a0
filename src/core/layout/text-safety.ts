/**
 * Text that must stay text. Excel turns typed text starting with = + - @ into a formula (tab
 * and carriage return are the other characters spreadsheet-injection guidance names), and
 * Office.js `Range.values` parses a string as a person's typing: "1" becomes a number, "TRUE"
 * a boolean, "2 July 2019" a date. A leading apostrophe keeps any of these as the text given;
 * Excel does not store the apostrophe in the value.
 */

/** True for text Excel would read as the start of a formula. */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * True when text written through Office's `Range.values` could become something other than
 * the same text: a formula, a number, a date, a boolean or an error, or a leading apostrophe
 * that Excel would swallow. Errs on the side of guarding: the guard never changes the value.
 */
export function needsTextGuard(text: string): boolean {
  if (text === "") return false;
  if (startsLikeFormula(text) || text.startsWith("'")) return true;
  if (!/^\p{L}/u.test(text)) return true;
  if (/^(true|false)$/i.test(text.trim())) return true;
  // Month-first dates and times: "Jan 2024", "Sept-24", "July 2, 2019", "a 1" stays text.
  return /^\p{L}{3,9}[\s\-/.,]+\d/u.test(text);
}

/** The string to give `Range.values` so the cell holds exactly `text` as text. */
export function asLiteralText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}
