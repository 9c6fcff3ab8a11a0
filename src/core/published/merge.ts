import { columnNamedBy, type TableDefinition } from "../import/read-table";
import { isBlank } from "../values/blank";
import type { CellGrid, CellValue } from "../values/cell";
import { normaliseText } from "../values/text";

/** A row to write, by header. */
export type RecordRow = Readonly<Record<string, CellValue>>;

export interface ExistingTable {
  headers: readonly string[];
  rows: CellGrid;
}

export interface MergeRules {
  /** Headers a new table is written with (and added to an existing table when absent). */
  headers: readonly string[];
  /**
   * The row's keys ("138776|ks2-rwm-expected|2018/19"), read through `get`: rows sharing any
   * key are the same row (an inspection by its number, or by school and date).
   */
  keysOf: (get: (header: string) => CellValue) => string[];
  /** Whether an imported row may be replaced by another imported row with the same key. */
  replaces: (
    incoming: (header: string) => CellValue,
    existing: (header: string) => CellValue
  ) => boolean;
  /** The header that marks a row as imported; blank there means a person typed the row. */
  importedHeader: string;
  /** Why an imported row `replaces` refused was kept, in the report's words. */
  keptBecause: string;
  /**
   * The table's definition: a header it reads as one of its columns ("Inspection_Date",
   * "Date") is that column for the merge too, so an import writes into it rather than adding
   * a second column or leaving the cell blank.
   */
  definition?: TableDefinition<unknown>;
}

export interface MergePlan {
  headers: string[];
  /**
   * Columns with a changed cell, one entry per existing row: `undefined` where the cell stays
   * as it is (a formula a person typed there is never rewritten as its value).
   */
  columnUpdates: Array<{ header: string; values: Array<CellValue | undefined> }>;
  appends: CellGrid;
  added: number;
  replaced: number;
  unchanged: number;
  /** Rows a person typed with the same key: kept, the imported value not written. */
  keptTyped: number;
  /** Imported rows the rules would not replace (provisional after revised; a recorded inspection). */
  keptNewer: number;
  keptBecause: string;
}

const same = (a: CellValue | undefined, b: CellValue | undefined): boolean =>
  (isBlank(a) && isBlank(b)) || String(a ?? "") === String(b ?? "");

/**
 * Plans updates by key: a new key is appended; an imported row is replaced when the rules allow;
 * a row a person typed is never changed, and no row is deleted or duplicated.
 */
export function planMerge(
  existing: ExistingTable | undefined,
  incoming: readonly RecordRow[],
  rules: MergeRules
): MergePlan {
  // One name per column: the definition's header for a column it knows, else the header.
  // Worked out once per header: the getters below ask for every row of a national file.
  const names = new Map<string, string>();
  const nameOf = (header: string): string => {
    let name = names.get(header);
    if (name === undefined) {
      name = normaliseText(
        (rules.definition && columnNamedBy(rules.definition, header)?.header) ?? header
      );
      names.set(header, name);
    }
    return name;
  };
  const headers = [...(existing?.headers ?? [])];
  for (const header of rules.headers) {
    if (!headers.some((h) => nameOf(h) === nameOf(header))) headers.push(header);
  }
  const indexOf = new Map<string, number>();
  headers.forEach((header, index) => {
    if (!indexOf.has(nameOf(header))) indexOf.set(nameOf(header), index);
  });
  const rows: CellValue[][] = (existing?.rows ?? []).map((row) =>
    headers.map((_, i) => row[i] ?? null)
  );
  const existingCount = rows.length;
  const getter =
    (row: readonly CellValue[]) =>
    (header: string): CellValue =>
      row[indexOf.get(nameOf(header)) ?? -1] ?? null;
  const byKey = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const key of rules.keysOf(getter(row))) byKey.set(key, index);
  });
  /** Changed cells of existing rows: column → rows. */
  const changed = new Map<number, Set<number>>();
  const plan: MergePlan = {
    headers,
    columnUpdates: [],
    appends: [],
    added: 0,
    replaced: 0,
    unchanged: 0,
    keptTyped: 0,
    keptNewer: 0,
    keptBecause: rules.keptBecause,
  };

  // The name each column of a new row is filled from; none for a repeated header's later column.
  const fillFrom = headers.map((header, index) =>
    indexOf.get(nameOf(header)) === index ? nameOf(header) : undefined
  );
  // The record by column: its headers are TrustTier's, the table's may be variants. One getter
  // over the record in hand, not a new closure for each of a national file's rows.
  let record: Record<string, CellValue> = {};
  const get = (header: string): CellValue => record[nameOf(header)] ?? null;
  for (const incomingRecord of incoming) {
    record = {};
    for (const header in incomingRecord) record[nameOf(header)] = incomingRecord[header];
    const keys = rules.keysOf(get);
    let at: number | undefined;
    for (const key of keys) {
      at = byKey.get(key);
      if (at !== undefined) break;
    }
    if (at === undefined) {
      for (const key of keys) byKey.set(key, rows.length);
      const row: CellValue[] = new Array<CellValue>(headers.length);
      for (let index = 0; index < headers.length; index++) {
        const name = fillFrom[index];
        row[index] = name === undefined ? null : (record[name] ?? null);
      }
      rows.push(row);
      if (rows.length > existingCount) plan.added++;
      continue;
    }
    const row = rows[at];
    const old = getter(row);
    if (isBlank(old(rules.importedHeader))) {
      plan.keptTyped++;
      continue;
    }
    if (!rules.replaces(get, old)) {
      plan.keptNewer++;
      continue;
    }
    let differs = false;
    for (const [name, value] of Object.entries(record)) {
      const index = indexOf.get(name);
      if (index === undefined || same(row[index], value)) continue;
      row[index] = value;
      differs = true;
      if (at < existingCount) changed.set(index, (changed.get(index) ?? new Set()).add(at));
    }
    if (differs) plan.replaced++;
    else plan.unchanged++;
  }
  plan.columnUpdates = [...changed]
    .sort(([a], [b]) => a - b)
    .map(([index, at]) => ({
      header: headers[index],
      values: rows
        .slice(0, existingCount)
        .map((row, r) => (at.has(r) ? (row[index] ?? null) : undefined)),
    }));
  plan.appends = rows.slice(existingCount);
  return plan;
}

const RANK: Record<string, number> = { provisional: 1, revised: 2, final: 3 };

/** Revised or final replaces provisional; provisional never replaces revised or final. */
export function statusAllowsReplace(incoming: CellValue, existing: CellValue): boolean {
  const rank = (value: CellValue) => RANK[normaliseText(String(value ?? ""))] ?? 2;
  return rank(incoming) >= rank(existing);
}

export type MergeCounts = Pick<
  MergePlan,
  "added" | "replaced" | "unchanged" | "keptTyped" | "keptNewer" | "keptBecause"
>;

/**
 * "120 rows to add, 3 to replace, 1 typed by a person kept" (planned) or "120 added, 3
 * replaced, 0 unchanged, ..." (written): one wording for the import, the baseline and the pane.
 */
export function mergeCountParts(counts: MergeCounts, tense: "planned" | "written"): string[] {
  const planned = tense === "planned";
  return [
    planned
      ? `${counts.added} row${counts.added === 1 ? "" : "s"} to add`
      : `${counts.added} added`,
    planned
      ? counts.replaced > 0
        ? `${counts.replaced} to replace`
        : ""
      : `${counts.replaced} replaced`,
    planned
      ? counts.unchanged > 0
        ? `${counts.unchanged} unchanged`
        : ""
      : `${counts.unchanged} unchanged`,
    counts.keptTyped > 0 ? `${counts.keptTyped} typed by a person kept` : "",
    counts.keptNewer > 0 ? `${counts.keptNewer} kept (${counts.keptBecause})` : "",
  ].filter(Boolean);
}
