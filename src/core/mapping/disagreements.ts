import { describeValue } from "../values/parsed";
import type { CandidateScore, ColumnProposal, Disagreement, MappingTarget } from "./types";
import { valueFitsTarget, type ColumnValues } from "./value-fit";

/** Share of a rival column's values that must read as the target: "Highly effective" in a
 * "Safeguarding culture" column shows it holds another judgement, not a second safeguarding review. */
const RIVAL_FIT = 0.95;

interface Inputs {
  targets: ReadonlyMap<string, MappingTarget>;
  columnOf: Readonly<Record<string, number>>;
  columns: readonly ColumnProposal[];
  scores: ReadonlyArray<readonly CandidateScore[]>;
  values: readonly ColumnValues[];
  minConfidence: number;
}

/** A value as the target reads it, for comparing two columns ("RI" equals "Requires improvement"). */
function canonical(target: MappingTarget, value: unknown): string {
  if (!target.read) return String(value).trim().toLowerCase();
  const result = target.read(value as never);
  if (result.ok) return JSON.stringify(result.value);
  return result.kind === "suppressed" ? `code:${result.code}` : `raw:${String(value)}`;
}

/**
 * For each proposed target, other columns not proposed for anything that would also hold it
 * with enough confidence (and whose values mostly read as the target's): where both have a
 * readable value for a row and the values differ, the columns disagree and the person must choose.
 */
export function findDisagreements(inputs: Inputs): Disagreement[] {
  const found: Disagreement[] = [];
  for (const [targetId, column] of Object.entries(inputs.columnOf)) {
    const target = inputs.targets.get(targetId);
    if (!target) continue;
    inputs.columns.forEach((rival, rivalColumn) => {
      if (rivalColumn === column || rival.target !== null) return;
      const score = inputs.scores[rivalColumn].find((candidate) => candidate.target === targetId);
      if (!score || score.confidence < inputs.minConfidence) return;
      // A rival must hold the target: most of its values read as the target's values.
      if (score.valueFit !== undefined && score.valueFit < RIVAL_FIT) return;
      const mine = new Map(inputs.values[column].cells.map((cell) => [cell.row, cell.value]));
      const rows: Disagreement["rows"] = [];
      let agreeing = 0;
      for (const cell of inputs.values[rivalColumn].cells) {
        if (!mine.has(cell.row) || !valueFitsTarget(target, cell.value)) continue;
        const value = mine.get(cell.row) ?? null;
        if (canonical(target, value) === canonical(target, cell.value)) agreeing++;
        else rows.push({ row: cell.row, values: [value, cell.value] });
      }
      if (rows.length === 0) return;
      const headers: [string, string] = [inputs.columns[column].header, rival.header];
      const first = rows[0];
      found.push({
        target: targetId,
        label: target.label,
        columns: [column, rivalColumn],
        headers,
        rows,
        agreeing,
        message:
          `columns ${inputs.columns[column].letter} ${describeValue(headers[0])} and ${rival.letter} ${describeValue(headers[1])} ` +
          `both look like ${target.label} but disagree on ${rows.length} row${rows.length === 1 ? "" : "s"} ` +
          `(row ${first.row}: ${describeValue(first.values[0])} vs ${describeValue(first.values[1])}); choose which to use`,
      });
    });
  }
  return found;
}
