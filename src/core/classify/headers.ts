import type { Framework } from "../frameworks/types";
import type { IsoDate } from "../dates/iso";
import type { CellValue } from "../values/cell";
import { parseDate } from "../values/date";
import { describeValue } from "../values/parsed";
import { normaliseText } from "../values/text";
import type { Evidence } from "./types";
import type { Problem } from "../problems/problem";

export interface HeaderMatch {
  /** Per header column: the criterion id it holds, or null (an extra column, ignored). */
  columns: Array<string | null>;
  /** Criterion id -> the column used (the first when several match). */
  columnOf: Record<string, number>;
  /** Criteria that more than one header names: the first column is used, the rest reported. */
  duplicates: Array<{ criterion: string; columns: number[] }>;
  /** Criteria no header names. */
  unmatched: string[];
  /**
   * Criterion id -> the column holding the date its evidence was gathered ("Ofsted date",
   * "Last QA visit date", "Last inspection date"), for the staleness check. These columns stay
   * null in `columns`: they are not criteria.
   */
  dateColumnOf: Record<string, number>;
}

/** Headers an inspection criterion's date also goes by, whatever the criterion is called. */
const INSPECTION_DATE_HEADERS = [
  "Inspection date",
  "Last inspection date",
  "Date of inspection",
  "Date of last inspection",
];

/** The date headers a criterion name gives: "QA visit" -> "QA visit date", "Last QA visit date"... */
const dateHeadersFor = (name: string): string[] => [
  `${name} date`,
  `Last ${name} date`,
  `Date of ${name}`,
  `Date of last ${name}`,
];

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
  return {
    columns,
    columnOf,
    duplicates,
    unmatched,
    dateColumnOf: dateColumns(framework, headers, columns),
  };
}

/**
 * The evidence-date columns: a header that is not itself a criterion name and reads as one of
 * the criterion's names (id, label, aliases) with "date" ("Ofsted date", "Last QA visit date");
 * for inspection criteria also "Inspection date" / "Last inspection date". The first column wins.
 */
function dateColumns(
  framework: Framework,
  headers: readonly CellValue[],
  columns: ReadonlyArray<string | null>
): Record<string, number> {
  const byKey = new Map<string, string[]>();
  const add = (name: string, criterion: string) => {
    const key = normaliseText(name);
    if (!key) return;
    const ids = byKey.get(key) ?? [];
    if (!ids.includes(criterion)) byKey.set(key, [...ids, criterion]);
  };
  for (const criterion of framework.criteria) {
    for (const name of [criterion.id, criterion.label, ...criterion.aliases])
      for (const header of dateHeadersFor(name)) add(header, criterion.id);
    if (criterion.kind === "inspection")
      for (const header of INSPECTION_DATE_HEADERS) add(header, criterion.id);
  }
  const dateColumnOf: Record<string, number> = {};
  headers.forEach((header, column) => {
    if (columns[column] !== null || header === null || header === undefined) return;
    for (const criterion of byKey.get(normaliseText(String(header))) ?? [])
      if (!(criterion in dateColumnOf)) dateColumnOf[criterion] = column;
  });
  return dateColumnOf;
}

/** A date cell the evidence-date columns could not read, for the caller to report. */
/** An evidence date cell that is not a date: a Problem at its 0-based column of the row. */
export interface EvidenceDateProblem extends Problem {
  readonly column: number;
  readonly value: CellValue;
}

/**
 * The row's evidence dates by criterion id (blank cells give none), and the cells that are not
 * dates. classify() marks evidence older than the criterion's limit as stale, counted from asOf.
 */
export function evidenceDatesFromRow(
  match: HeaderMatch,
  row: readonly CellValue[]
): { dates: Record<string, IsoDate>; problems: EvidenceDateProblem[] } {
  const dates: Record<string, IsoDate> = {};
  const problems: EvidenceDateProblem[] = [];
  for (const [criterion, column] of Object.entries(match.dateColumnOf ?? {})) {
    const value = row[column] ?? null;
    const date = parseDate(value);
    if (date.ok) dates[criterion] = date.value;
    else if (date.kind !== "blank" && !problems.some((problem) => problem.column === column))
      problems.push({
        code: "invalid",
        column,
        value,
        expected: "a date",
        message: date.kind === "invalid" ? date.message : `${describeValue(value)} is not a date`,
      });
  }
  return { dates, problems };
}

/** A data row as Evidence values, through a header match. */
export function evidenceFromRow(match: HeaderMatch, row: readonly CellValue[]): Evidence {
  const values: Record<string, CellValue> = {};
  for (const [criterion, column] of Object.entries(match.columnOf))
    values[criterion] = row[column] ?? null;
  const { dates } = evidenceDatesFromRow(match, row);
  return Object.keys(dates).length > 0 ? { values, dates } : { values };
}

/** The column of each of the framework's criteria, in its order; -1 where no header names it. */
export function criteriaColumns(framework: Framework, match: HeaderMatch): number[] {
  return framework.criteria.map((criterion) => match.columnOf[criterion.id] ?? -1);
}

/**
 * A data row ordered as the framework's criteria (columns from criteriaColumns), for
 * classifyLevelOnly; written into `into` when given, so a caller reading many rows reuses one.
 */
export function criteriaOrderedRow(
  columns: readonly number[],
  row: readonly CellValue[],
  into: CellValue[] = new Array<CellValue>(columns.length)
): CellValue[] {
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    into[i] = column < 0 ? null : (row[column] ?? null);
  }
  return into;
}
