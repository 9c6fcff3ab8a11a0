/**
 * A formula as Excel gives it back from `Range.formulas` after it was written (observed, not
 * documented; only a real Excel can confirm the details):
 * - quotes a sheet name does not need are dropped ('Cards'!A1 -> Cards!A1); the rule below is
 *   the one observed in jmcnamara/XlsxWriter#1078, EPPlusSoftware/EPPlus#214 and apache/poi#545;
 * - a sheet name takes the sheet's own case; function names are upper-cased;
 * - `[#This Row],` becomes `@` (Microsoft, "Using structured references with Excel tables"),
 *   and the brackets round a column name that needs none are dropped (`T[@[Value]]` -> `T[@Value]`);
 * - the file-format prefixes _xlfn. and _xlws. are not shown.
 * Test helper for the fingerprint tests and the strict fake.
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** Whether Excel quotes this sheet name in a formula. */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (/[^\p{L}\p{N}_.]/u.test(name)) return true;
  if (/^[\d.]/.test(name)) return true;
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnNumber(a1[1]) <= MAX_COL && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROW) {
    return true;
  }
  if (/^(R|C|RC)$/i.test(name) || /^(R\d+|C\d+|R\d*C\d+)/i.test(name)) return true;
  return /^(TRUE|FALSE)$/i.test(name);
}

/** A column name Excel writes without its own brackets after @ (no special character). */
const PLAIN_COLUMN = /^[^\s,:.[\]#'"{}$^&*+=\-><\\/]+$/;

function renderStructured(group: string): string {
  const shortRow = group.replace(/\[\s*#this row\s*\]\s*,\s*/gi, "@");
  const single = /^\[@\[([^\]]*)\]\]$/.exec(shortRow);
  return single && PLAIN_COLUMN.test(single[1]) ? `[@${single[1]}]` : shortRow;
}

function sheetAsExcelShowsIt(name: string, sheetNames: readonly string[]): string {
  const upper = name.toLocaleUpperCase("en-GB");
  const own = sheetNames.find((sheet) => sheet.toLocaleUpperCase("en-GB") === upper) ?? name;
  return sheetNameNeedsQuotes(own) ? `'${own.replace(/'/g, "''")}'` : own;
}

/** `formula` as Excel would read it back, in a workbook whose sheets are `sheetNames`. */
export function renderAsExcel(formula: string, sheetNames: readonly string[]): string {
  const text = formula.replace(/_xlfn\.|_xlws\./gi, "");
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && !(text[end] === '"' && text[end + 1] !== '"')) {
        end += text[end] === '"' ? 2 : 1;
      }
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (ch === "'") {
      let end = i + 1;
      while (end < text.length && !(text[end] === "'" && text[end + 1] !== "'")) {
        end += text[end] === "'" ? 2 : 1;
      }
      const name = text.slice(i + 1, end).replace(/''/g, "'");
      out += text[end + 1] === "!" ? sheetAsExcelShowsIt(name, sheetNames) : text.slice(i, end + 1);
      i = end + 1;
    } else if (ch === "[") {
      let depth = 0;
      let end = i;
      for (; end < text.length; end++) {
        if (text[end] === "'") end++;
        else if (text[end] === "[") depth++;
        else if (text[end] === "]" && --depth === 0) break;
      }
      out += renderStructured(text.slice(i, end + 1));
      i = end + 1;
    } else {
      const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
      if (word) {
        const after = text[i + word[0].length];
        if (after === "(") out += word[0].toUpperCase();
        else if (after === "!") out += sheetAsExcelShowsIt(word[0], sheetNames);
        else out += word[0];
        i += word[0].length;
      } else {
        out += ch;
        i++;
      }
    }
  }
  return out;
}
