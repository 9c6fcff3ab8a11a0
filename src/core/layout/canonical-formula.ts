/**
 * One spelling for each formula, whichever way it was written or read back, so a fingerprint
 * taken of what TrustTier wrote matches what Excel gives back. Excel re-renders a formula on
 * read-back; it:
 * - drops the quotes a sheet name does not need ('Cards'!A1 -> Cards!A1);
 * - upper-cases function names and may change a sheet name to the sheet's own case;
 * - writes `[#This Row],` as `@` (Microsoft, "Using structured references with Excel tables":
 *   "Excel automatically changes #This Row specifiers to the shorter @ specifier") and leaves
 *   out the brackets a column name does not need (`T[@[Sales]]` -> `T[@Sales]`);
 * - and a file spells newer functions with a prefix (_xlfn.IFS).
 * The canonical form therefore quotes every sheet name, upper-cases everything outside string
 * literals (Excel compares function, sheet, table, column and defined names without case),
 * brackets every column name in a structured reference and spells the current row `@`.
 * String literals ("...") are kept exactly: "a" and "A" stay different formulas.
 */

/** Characters that end an unquoted sheet name or name when read backwards from "!". */
const NOT_IN_NAME = /[\s!"'(),;:+\-*/^&=<>%{}[\]#@$~`|?\\]/u;

const upper = (text: string): string => text.toLocaleUpperCase("en-GB");

/** `text` from `start` (a quote character) to its closing quote, doubled quotes kept inside. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** The end of the bracket group opening at `start`: ' escapes the next character inside. */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The inner groups and separators of a structured reference's body, spaces between dropped. */
function innerParts(body: string): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === "[") {
      const end = bracketEnd(body, i);
      parts.push(`[${body.slice(i + 1, end - 1).trim()}]`);
      i = end;
    } else if (/\s/.test(ch)) i++;
    else {
      parts.push(ch);
      i++;
    }
  }
  return parts;
}

/** A structured reference's bracketed part (already upper-cased), in canonical form. */
function canonicalStructured(group: string): string {
  const body = group.slice(1, -1).trim();
  if (!/^(@\s*)?\[/.test(body)) {
    // One name with no inner brackets: T[Col], T[#All], T[@Col], T[@].
    if (body.startsWith("@")) {
      const name = body.slice(1).trim();
      return name === "" ? "[@]" : `[@[${name}]]`;
    }
    return `[[${body}]]`;
  }
  const parts = innerParts(body);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === "[#THIS ROW]") {
      out.push("@");
      if (parts[i + 1] === ",") i++;
    } else out.push(parts[i]);
  }
  if (out.length === 1 && out[0] === "@") return "[@]";
  return `[${out.join("")}]`;
}

/** Quotes the unquoted sheet name, if any, that ends `text` (the part just before "!"). */
function quoteTrailingName(text: string): string {
  let start = text.length;
  while (start > 0 && !NOT_IN_NAME.test(text[start - 1])) start--;
  if (start === text.length) return text;
  return `${text.slice(0, start)}'${text.slice(start).replace(/'/g, "''")}'`;
}

/**
 * The canonical form of a formula (with or without its leading "="). Two formulas that Excel
 * would show differently only by the renderings above have the same canonical form; any other
 * difference, including the case of text inside "...", is kept.
 */
export function canonicalFormula(formula: string): string {
  const text = formula.replace(/^=/, "").replace(/_xlfn\.|_xlws\./gi, "");
  let out = "";
  let plain = "";
  const flush = () => {
    out += upper(plain);
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      flush();
      const end = quotedEnd(text, i, '"');
      out += text.slice(i, end);
      i = end;
    } else if (ch === "'") {
      flush();
      const end = quotedEnd(text, i, "'");
      out += upper(text.slice(i, end));
      i = end;
    } else if (ch === "[") {
      flush();
      const end = bracketEnd(text, i);
      out += canonicalStructured(upper(text.slice(i, end)));
      i = end;
    } else if (ch === "!") {
      out = quoteTrailingName(out + upper(plain));
      plain = "";
      out += "!";
      i++;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return out;
}
