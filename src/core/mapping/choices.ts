import type { CellValue } from "../values/cell";
import type { MappingProposal } from "./types";

/**
 * A person's correction: put `target` in `column` (or, with target null, map the column to
 * nothing). The target leaves any other column; the column's previous target is unmapped.
 * Returns the new target -> column map; the proposal is not changed.
 */
export function chooseColumn(
  columnOf: Readonly<Record<string, number>>,
  column: number,
  target: string | null
): Record<string, number> {
  const next: Record<string, number> = {};
  for (const [id, at] of Object.entries(columnOf)) {
    if (at !== column && id !== target) next[id] = at;
  }
  if (target !== null) next[target] = column;
  return next;
}

/** Resolves a disagreement by choosing one of its two columns for the target. */
export function resolveDisagreement(
  proposal: MappingProposal,
  target: string,
  column: number
): Record<string, number> {
  return chooseColumn(proposal.columnOf, column, target);
}

/**
 * The mapping as saved in the workbook's settings: target id -> header text. Headers survive
 * columns being inserted or moved; indices would not.
 */
export function mappingByHeader(
  columnOf: Readonly<Record<string, number>>,
  headers: readonly CellValue[]
): Record<string, string> {
  const saved: Record<string, string> = {};
  for (const [id, column] of Object.entries(columnOf)) saved[id] = String(headers[column] ?? "");
  return saved;
}

/** A saved mapping applied to a header row; headers no longer present are listed. */
export function columnsFromSaved(
  saved: Readonly<Record<string, string>>,
  headers: readonly CellValue[]
): { columnOf: Record<string, number>; missing: Array<{ target: string; header: string }> } {
  const columnOf: Record<string, number> = {};
  const missing: Array<{ target: string; header: string }> = [];
  const trimmed = headers.map((header) => String(header ?? "").trim());
  for (const [target, header] of Object.entries(saved)) {
    const column = trimmed.indexOf(header.trim());
    if (column >= 0) columnOf[target] = column;
    else missing.push({ target, header });
  }
  return { columnOf, missing };
}
