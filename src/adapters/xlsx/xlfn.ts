/**
 * Functions added to Excel after 2007 are stored in files with a prefix (`_xlfn.IFS(...)`);
 * without it Excel and LibreOffice read an unknown name (#NAME?). Layouts write plain
 * formulas; the xlsx writer adds the prefix and the reader takes it off.
 */
const XLFN = [
  "AGGREGATE",
  "CONCAT",
  "DAYS",
  "IFNA",
  "IFS",
  "ISOWEEKNUM",
  "MAXIFS",
  "MINIFS",
  "MODE.SNGL",
  "NUMBERVALUE",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANK.AVG",
  "RANK.EQ",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "TEXTJOIN",
  "VAR.P",
  "VAR.S",
  "XLOOKUP",
  "XMATCH",
];
/** Dynamic-array functions carry a second prefix. */
const XLWS = ["FILTER", "SORT", "SORTBY", "UNIQUE", "SEQUENCE"];

const escape = (name: string) => name.replace(/\./g, "\\.");
const pattern = (names: string[]) =>
  new RegExp(`(?<![A-Za-z0-9_.])(${names.map(escape).join("|")})(?=\\s*\\()`, "gi");
const XLFN_PATTERN = pattern(XLFN);
const XLWS_PATTERN = pattern(XLWS);

/** Applies `change` to the parts of a formula outside "string literals". */
function outsideStrings(formula: string, change: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join("");
}

/** "=IFS(A1>1,FILTER(B:B,C:C))" -> "=_xlfn.IFS(A1>1,_xlfn._xlws.FILTER(B:B,C:C))". */
export function addXlfnPrefixes(formula: string): string {
  return outsideStrings(formula, (part) =>
    part.replace(XLFN_PATTERN, "_xlfn.$1").replace(XLWS_PATTERN, "_xlfn._xlws.$1")
  );
}

export function stripXlfnPrefixes(formula: string): string {
  return outsideStrings(formula, (part) => part.replace(/_xlfn\.(_xlws\.)?/gi, ""));
}
