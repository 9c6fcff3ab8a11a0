import type { CellValue } from "../values/cell";

/** A header as published, without a byte-order mark, surrounding spaces or doubled spaces. */
export function cleanHeader(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value)
    .replace(/^\ufeff/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** DfE column codes compare in upper case. */
export const codeKey = (header: string): string => cleanHeader(header).toUpperCase();

/**
 * A DfE column code and its year suffix: "PTRWM_EXP_22" is PTRWM_EXP for 2021/22. A code that
 * is itself known ("PTL2BASICS_95") keeps its digits; the suffix is only split off when the rest
 * is a known code.
 */
export function splitYearSuffix(
  header: string,
  known: ReadonlySet<string>
): { base: string; suffix?: string } | undefined {
  const key = codeKey(header);
  if (known.has(key)) return { base: key };
  const match = /^(.+)_(\d{2})$/.exec(key);
  if (match && known.has(match[1])) return { base: match[1], suffix: match[2] };
  return undefined;
}
