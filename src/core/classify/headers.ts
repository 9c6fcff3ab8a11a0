import type { Framework } from "../frameworks/types";
import type { CellValue } from "../values/cell";
import { normaliseText } from "../values/text";
import type { Evidence } from "./types";

export interface HeaderMatch {
  /** Per header column: the criterion id it holds, or null (an extra column, ignored). */
  columns: Array<string | null>;
  /** Criterion id -> the column used (the first when several match). */
  columnOf: Record<string, number>;
  /** Criteria that more than one header names: the first column is used, the rest reported. */
  duplicates: Array<{ criterion: string; columns: number[] }>;
  /** Criteria no header names. */
  unmatched: string[];
}

/**
 * Matches a header row to a framework's criteria: exact match of a criterion's id, label or
 * alias after normaliseText. No fuzzy guessing; extra columns are ignored.
 */
export function matchHeadersToCriteria(
  framework: Framework,
  headers: readonly CellValue[]
): HeaderMatch {
  const byKey = new Map<string, string>();
  for (const criterion of framework.criteria) {
    for (const name of [criterion.id, criterion.label, ...criterion.aliases]) {
      const key = normaliseText(name);
      if (key && !byKey.has(key)) byKey.set(key, criterion.id);
    }
  }
  const columns = headers.map((header) =>
    header === null || header === undefined
      ? null
      : (byKey.get(normaliseText(String(header))) ?? null)
  );
  const seen = new Map<string, number[]>();
  columns.forEach((criterion, column) => {
    if (criterion) seen.set(criterion, [...(seen.get(criterion) ?? []), column]);
  });
  const columnOf: Record<string, number> = {};
  const duplicates: HeaderMatch["duplicates"] = [];
  for (const [criterion, found] of seen) {
    columnOf[criterion] = found[0];
    if (found.length > 1) duplicates.push({ criterion, columns: found });
  }
  const unmatched = framework.criteria
    .map((criterion) => criterion.id)
    .filter((id) => !(id in columnOf));
  return { columns, columnOf, duplicates, unmatched };
}

/** A data row as Evidence values, through a header match. */
export function evidenceFromRow(match: HeaderMatch, row: readonly CellValue[]): Evidence {
  const values: Record<string, CellValue> = {};
  for (const [criterion, column] of Object.entries(match.columnOf))
    values[criterion] = row[column] ?? null;
  return { values };
}

/** A data row ordered as the framework's criteria, for classifyLevelOnly. */
export function criteriaOrderedRow(
  framework: Framework,
  match: HeaderMatch,
  row: readonly CellValue[]
): CellValue[] {
  return framework.criteria.map((criterion) => {
    const column = match.columnOf[criterion.id];
    return column === undefined ? null : (row[column] ?? null);
  });
}
