import { columnLetter } from "../import/location";
import type { CellGrid, CellValue } from "../values/cell";
import { describeValue } from "../values/parsed";
import { combineConfidence, leastCountingFit } from "./confidence";
import { findDisagreements } from "./disagreements";
import { scoreHeader } from "./header-score";
import type { CandidateScore, ColumnProposal, MappingProposal, MappingTarget } from "./types";
import { columnValues, valueFit, type ColumnValues } from "./value-fit";

export interface ProposeOptions {
  /** Sheet name for messages. */
  sheet: string;
  /** Sheet row number of the grid's first (header) row; 1 by default. */
  headerRow?: number;
  /** Below this a candidate is listed but not proposed; 0.5 by default. */
  minConfidence?: number;
}

const headerText = (cell: CellValue | undefined): string =>
  cell === null || cell === undefined ? "" : String(cell).trim();

function scoreColumn(
  targets: readonly MappingTarget[],
  header: string,
  values: ColumnValues
): CandidateScore[] {
  const scores: CandidateScore[] = [];
  for (const target of targets) {
    const headerScore = scoreHeader(header, target);
    const sniffable = target.sniff === true && values.textShare >= 0.5;
    const floor = leastCountingFit(headerScore, sniffable);
    if (floor === undefined) continue;
    const fit = valueFit(target, values, floor);
    const confidence = combineConfidence(headerScore, fit, sniffable);
    if (confidence <= 0) continue;
    scores.push({
      target: target.id,
      confidence,
      header: headerScore.kind,
      ...(fit !== undefined ? { valueFit: fit } : {}),
    });
  }
  // Values alone that fit several targets equally ("No issues") do not say which one.
  const sniffed = scores.filter((score) => score.header === "none");
  const top = Math.max(0, ...sniffed.map((score) => score.confidence));
  const tied = sniffed.filter((score) => score.confidence === top);
  if (tied.length > 1) for (const score of tied) score.confidence /= 2;
  return scores.sort((a, b) => b.confidence - a.confidence);
}

function basisOf(
  candidate: CandidateScore | undefined,
  header: string,
  values: ColumnValues,
  label: (id: string) => string
): string {
  if (!candidate) return values.cells.length === 0 ? "empty column" : "no target fits";
  const parts: string[] = [];
  if (candidate.header === "exact") parts.push(`header ${describeValue(header)} names it`);
  else if (candidate.header === "partial")
    parts.push(`header ${describeValue(header)} resembles ${label(candidate.target)}`);
  else parts.push("values look like it");
  if (candidate.valueFit !== undefined) {
    const fitting = Math.round(candidate.valueFit * values.cells.length);
    parts.push(`${fitting} of ${values.cells.length} values fit`);
  }
  return parts.join("; ");
}

/**
 * Proposes which column holds which target, from headers (aliases) and values (sniffing),
 * with a confidence per column, and finds columns that hold the same target but disagree
 * (the real sample's `rating` and `OFSTEDRATING`) so the person can choose.
 */
export function proposeMapping(
  targets: readonly MappingTarget[],
  grid: CellGrid,
  options: ProposeOptions
): MappingProposal {
  const headerRow = options.headerRow ?? 1;
  const minConfidence = options.minConfidence ?? 0.5;
  const headers = (grid[0] ?? []).map(headerText);
  const byId = new Map(targets.map((target) => [target.id, target]));
  const label = (id: string): string => byId.get(id)?.label ?? id;
  const values = headers.map((_, column) => columnValues(grid, column, headerRow));
  const scores = headers.map((header, column) => scoreColumn(targets, header, values[column]));

  const pairs = scores
    .flatMap((list, column) => list.map((score) => ({ column, score })))
    .filter((pair) => pair.score.confidence >= minConfidence)
    .sort((a, b) => b.score.confidence - a.score.confidence || a.column - b.column);
  const columnOf: Record<string, number> = {};
  const chosen = new Map<number, CandidateScore>();
  for (const { column, score } of pairs) {
    if (chosen.has(column) || score.target in columnOf) continue;
    chosen.set(column, score);
    columnOf[score.target] = column;
  }

  const columns: ColumnProposal[] = headers.map((header, column) => {
    const pick = chosen.get(column);
    return {
      column,
      letter: columnLetter(column),
      header,
      target: pick?.target ?? null,
      confidence: pick?.confidence ?? 0,
      basis: basisOf(pick ?? scores[column][0], header, values[column], label),
      candidates: scores[column].slice(0, 4),
      disputed: false,
    };
  });

  const disagreements = findDisagreements({
    targets: byId,
    columnOf,
    columns,
    scores,
    values,
    minConfidence,
  });
  for (const disagreement of disagreements) {
    for (const column of disagreement.columns) columns[column].disputed = true;
  }
  const missingRequired = targets
    .filter((target) => target.required && !(target.id in columnOf))
    .map((target) => target.id);
  return { sheet: options.sheet, headerRow, columns, columnOf, disagreements, missingRequired };
}
