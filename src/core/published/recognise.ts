import type { CellGrid } from "../values/cell";
import { normaliseText } from "../values/text";
import { figureFamilies, type FamilyId, type FigureFamily } from "./families";
import { cleanHeader, codeKey, splitYearSuffix } from "./headers";

/** Columns that locate a row rather than hold a figure. */
export const KEY_COLUMNS = new Set([
  "URN",
  "RECTYPE",
  "LA",
  "LEA",
  "ESTAB",
  "LAESTAB",
  "SCHNAME",
  "SCHOOLTYPE",
  "TIME_PERIOD",
  "TIME_IDENTIFIER",
  "GEOGRAPHIC_LEVEL",
  "ESTABLISHMENT_TYPE_GROUP",
  "PHASE_TYPE_GROUPING",
  "SCHOOL_URN",
  "OLD_LA_CODE",
  "NEW_LA_CODE",
  "LA_NAME",
]);

export type ColumnRole =
  | { kind: "measure"; measure: string; base: string; suffix?: string }
  | { kind: "recognised"; base: string; suffix?: string }
  | { kind: "key" }
  | { kind: "ignored" };

export interface RecognisedColumns {
  headers: string[];
  roles: ColumnRole[];
}

export type Recognition =
  | { family: FigureFamily["id"]; spec: FigureFamily; columns: RecognisedColumns }
  | { family: Exclude<FamilyId, FigureFamily["id"]> }
  | { family: undefined; message: string };

function knownCodes(family: FigureFamily): Set<string> {
  const codes = new Set<string>();
  for (const column of family.measures) codes.add(column.header);
  for (const derived of family.derived)
    for (const term of derived.terms) term.forEach((h) => codes.add(h));
  for (const header of family.recognised) codes.add(header.toUpperCase());
  return codes;
}

/** Each column's role in a figure file: a catalogue measure, recognised, a key, or ignored. */
export function figureColumns(
  family: FigureFamily,
  headerRow: readonly unknown[]
): RecognisedColumns {
  const known = knownCodes(family);
  const headers = headerRow.map((cell) => cleanHeader(cell as string));
  const roles = headers.map((header): ColumnRole => {
    const key = codeKey(header);
    if (KEY_COLUMNS.has(key)) return { kind: "key" };
    const split = splitYearSuffix(header, known);
    if (!split) return { kind: "ignored" };
    const measure = family.measures.find((column) => column.header === split.base)?.measure;
    return measure ? { kind: "measure", measure, ...split } : { kind: "recognised", ...split };
  });
  return { headers, roles };
}

function hasAll(headers: ReadonlySet<string>, wanted: readonly string[]): boolean {
  return wanted.every((name) => headers.has(normaliseText(name)));
}

/** Which published family a file is, from its header row alone. */
export function recogniseFile(grid: CellGrid): Recognition {
  const headerRow = (grid[0] ?? []).map((cell) => cleanHeader(cell));
  const names = new Set(headerRow.map((header) => normaliseText(header)));
  const first = normaliseText(headerRow.find((header) => header !== "") ?? "");
  if (["metafile heading", "field name", "variable", "field"].includes(first)) {
    return { family: "meta" };
  }
  if (
    hasAll(names, ["URN"]) &&
    (names.has("inspection start date") || names.has("overall effectiveness"))
  ) {
    return { family: "ofsted-mi" };
  }
  if (hasAll(names, ["URN", "LinkURN", "LinkType"])) return { family: "gias-links" };
  if (names.has("urn") && (names.has("establishmentname") || names.has("group uid"))) {
    return { family: "gias-establishments" };
  }
  for (const spec of figureFamilies) {
    const known = knownCodes(spec);
    const bases = new Set(
      headerRow.flatMap((header) => splitYearSuffix(header, known)?.base ?? [])
    );
    if (spec.signature.every((group) => group.some((code) => bases.has(code)))) {
      return { family: spec.id, spec, columns: figureColumns(spec, headerRow) };
    }
  }
  return {
    family: undefined,
    message: `not a file TrustTier recognises; its headers (${headerRow.slice(0, 8).join(", ")}${headerRow.length > 8 ? ", ..." : ""}) match no DfE performance-table, Ofsted or GIAS layout`,
  };
}
