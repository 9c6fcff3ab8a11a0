/**
 * Dates cross the port as Excel serials of the 1900 date system. A workbook on the 1904 system
 * (Excel for Mac's old default) counts the same date 1,462 days lower: Excel's DATE(1904,1,1)
 * is 1462 on the 1900 system and 0 on the 1904 system.
 */
export const DAYS_1904_OFFSET = 1462;

/**
 * A number format that shows a date: one with a day or year code once quoted text, escaped
 * characters, padding/fill characters and [colour]/[locale] sections are taken out
 * ("yyyy-mm-dd", "d mmm yyyy"). "m" alone is left out: in "h:mm" it means minutes, and a time
 * of day is the same on both date systems. "General", "0" and "@" have no such code.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "") return false;
  const codes = format.replace(/"[^"]*"|\\.|[_*].|\[[^\]]*\]/g, "");
  return /[dy]/i.test(codes);
}

/**
 * Shifts the numbers of `values` whose format is a date format by `days`: +1462 to read a
 * 1904 workbook's serials as the port's, -1462 to write the port's into one. Other cells (and
 * every cell when `days` is 0) are returned as they are.
 */
export function shiftDateSerials<T>(
  values: readonly (readonly T[])[],
  formats: readonly (readonly unknown[])[] | undefined,
  days: number
): T[][] {
  if (days === 0 || !formats) return values.map((row) => [...row]);
  return values.map((row, r) =>
    row.map((value, c) =>
      typeof value === "number" && isDateFormat(formats[r]?.[c]) ? ((value + days) as T) : value
    )
  );
}
