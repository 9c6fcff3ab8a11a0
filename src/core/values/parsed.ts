/**
 * The outcome of reading one cell as a typed value. A cell that cannot be read is never an
 * exception: it is blank, a DfE suppression code ("not available", code kept for display),
 * or invalid with a message naming what was expected.
 */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; kind: "blank"; message: string }
  | { ok: false; kind: "suppressed"; code: string; message: string }
  | { ok: false; kind: "invalid"; message: string };

export type ParseFailure = Exclude<Parsed<never>, { ok: true }>;

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const invalid = (message: string): ParseFailure => ({ ok: false, kind: "invalid", message });

export const blank = (): ParseFailure => ({ ok: false, kind: "blank", message: "blank" });

/** A DfE suppression code: not available, not an error; the code is kept for display. */
export const suppressed = (code: string, meaning: string): ParseFailure => ({
  ok: false,
  kind: "suppressed",
  code,
  message: `${code}: ${meaning}`,
});

/** Shows a cell value inside a message: text quoted, numbers and booleans as Excel shows them. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "a blank cell";
  if (typeof value === "string")
    return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
  return String(value).toUpperCase() === "TRUE" || String(value).toUpperCase() === "FALSE"
    ? String(value).toUpperCase()
    : String(value);
}
