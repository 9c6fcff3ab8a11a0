import { isBlank } from "../values/blank";
import type { CellGrid, CellValue } from "../values/cell";
import { openProposalOf, rowKey, type TargetsPlan } from "./plan-targets";
import { TARGETS_HEADERS, targetsColumnName, type TargetsHeader } from "./targets-sheet";

/**
 * What writing a plan changes in an existing Targets table, by key (URN, measure, year), in the
 * manner of the import's merge: the table keeps its rows, their order and every column a
 * person added (a calculated column keeps its formula, notes stay on their row).
 */
export interface TargetsTableWrites {
  /** Targets columns the table lacks, added at its right-hand end. */
  readonly addHeaders: readonly string[];
  /**
   * TrustTier's columns with a changed cell: the earlier open proposals of the year updated in
   * place. One entry per row; `undefined` where the row's cell stays as it is (a formula a
   * person typed there is never rewritten as its value).
   */
  readonly columnUpdates: ReadonlyArray<{ header: string; values: Array<CellValue | undefined> }>;
  /** New proposals, under the table's headers: null in a person's own columns. */
  readonly appends: CellGrid;
  /** Earlier open proposals updated in place. */
  readonly updated: number;
  /**
   * Earlier open proposals of the year this run no longer proposes (their data went, or the
   * method skips them): left as they are, by their sheet row, for a person to delete.
   */
  readonly leftRows: readonly number[];
}

const same = (a: CellValue | undefined, b: CellValue | undefined): boolean =>
  (isBlank(a) && isBlank(b)) || String(a ?? "") === String(b ?? "");

const headerText = (cell: CellValue | undefined) => String(cell ?? "").trim();

/**
 * The writes that take the Targets table as it stands (`current`, header row first, values as
 * read) to the plan: `plan.grid`'s proposals (its last `plan.proposed` rows) update the open
 * proposal with their key, or are appended. Rows a person typed, reviewed or agreed, and every
 * column the Targets definition does not name, are never written. Pure.
 */
export function targetsTableWrites(
  current: CellGrid,
  plan: Pick<TargetsPlan, "grid" | "proposed">,
  year: string,
  /** The sheet row number of the table's header row, for `leftRows`. */
  headerRow = 1
): TargetsTableWrites {
  const planHeaders = (plan.grid[0] ?? []).map(headerText);
  const headers = (current[0] ?? []).map(headerText);
  const addHeaders = TARGETS_HEADERS.filter(
    (h) => !headers.some((existing) => targetsColumnName(existing) === targetsColumnName(h))
  );
  headers.push(...addHeaders);
  const columnIn = (row: readonly string[]) => (header: TargetsHeader) =>
    row.findIndex((h) => targetsColumnName(h) === targetsColumnName(header));
  const col = columnIn(headers);
  const planCol = columnIn(planHeaders);

  const rows = current.slice(1).map((row) => headers.map((_, c) => row[c] ?? null));
  const open = new Map<string, number>();
  rows.forEach((cells, index) => {
    if (openProposalOf(cells, col, year)) open.set(rowKey(cells, col), index);
  });

  const targetsAt = new Map(TARGETS_HEADERS.map((h) => [col(h), h]));
  /** Changed cells: column → rows. */
  const changed = new Map<number, Set<number>>();
  const used = new Set<number>();
  const appends: CellValue[][] = [];
  for (const proposal of plan.grid.slice(plan.grid.length - plan.proposed)) {
    const value = (header: TargetsHeader) => {
      const at = planCol(header);
      return at < 0 ? null : (proposal[at] ?? null);
    };
    const at = open.get(rowKey(proposal, planCol));
    if (at === undefined || used.has(at)) {
      appends.push(
        headers.map((_, c) => {
          const header = targetsAt.get(c);
          return header ? value(header) : null;
        })
      );
      continue;
    }
    used.add(at);
    for (const header of TARGETS_HEADERS) {
      const c = col(header);
      if (same(rows[at][c], value(header))) continue;
      rows[at][c] = value(header);
      changed.set(c, (changed.get(c) ?? new Set()).add(at));
    }
  }
  return {
    addHeaders,
    columnUpdates: [...changed]
      .sort(([a], [b]) => a - b)
      .map(([c, at]) => ({
        header: headers[c],
        values: rows.map((row, r) => (at.has(r) ? (row[c] ?? null) : undefined)),
      })),
    appends,
    updated: used.size,
    leftRows: [...open.values()]
      .filter((index) => !used.has(index))
      .map((index) => headerRow + 1 + index),
  };
}
