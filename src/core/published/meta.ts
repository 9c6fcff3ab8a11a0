import type { CellGrid } from "../values/cell";
import { cleanHeader, codeKey } from "./headers";

/** What a row of a performance-table file is, from its RECTYPE. */
export type RecordKind = "school" | "la" | "national-all" | "national-state-funded";

export interface EditionMeta {
  /** Column codes the metadata describes. */
  fields: Set<string>;
  /** RECTYPE value -> meaning, as the edition's metadata gives it. */
  recordTypes: Map<string, { kind: RecordKind; meaning: string }>;
}

function kindOf(meaning: string): RecordKind {
  const text = meaning.toLowerCase();
  if (/national|england/.test(text)) {
    return /state[- ]funded|maintained/.test(text) ? "national-state-funded" : "national-all";
  }
  if (/local authority|\bla\b/.test(text)) return "la";
  return "school";
}

/**
 * Reads an edition's `*_meta.csv` (DfE: "Metafile heading", "Metafile description"): the
 * fields it lists and the RECTYPE meanings, e.g. "1=mainstream school; 4=local authority;
 * 7=National (state-funded schools)". The meanings differ by edition, so they are never
 * assumed.
 */
export function readEditionMeta(grid: CellGrid): EditionMeta {
  const fields = new Set<string>();
  const recordTypes: EditionMeta["recordTypes"] = new Map();
  for (const row of grid.slice(1)) {
    const field = codeKey(cleanHeader(row[0]));
    if (field === "") continue;
    fields.add(field);
    if (field !== "RECTYPE") continue;
    const description = row
      .slice(1)
      .map((cell) => cleanHeader(cell))
      .join(" ");
    for (const part of description.split(/;|,(?=\s*\d+\s*=)/)) {
      const match = /(\d+)\s*=\s*(.+)$/.exec(part);
      if (!match) continue;
      let meaning = match[2].trim();
      const count = (char: string) => meaning.split(char).length - 1;
      while (meaning.endsWith(")") && count(")") > count("("))
        meaning = meaning.slice(0, -1).trim();
      recordTypes.set(match[1], { kind: kindOf(meaning), meaning });
    }
  }
  return { fields, recordTypes };
}
