import type { HistoryRow } from "./history-table";
import type { RowProblem } from "./row-problem";

export interface EffectiveHistory {
  /** The rows that stand after corrections, in table order. */
  rows: HistoryRow[];
  problems: RowProblem[];
}

/**
 * Applies corrections: a row naming another in `supersedes` replaces it, and a correction
 * that is itself corrected is replaced in turn. Broken references are reported, never
 * guessed: a missing or repeated target leaves the correcting row standing on its own; when
 * two rows correct the same row, or rows correct each other in a loop, the one latest in the
 * table stands, because corrections are appended. Likewise one row stands per school, meeting
 * and framework.
 */
export function effectiveHistory(rows: readonly HistoryRow[]): EffectiveHistory {
  const problems: RowProblem[] = [];
  const positions = new Map<string, number[]>();
  rows.forEach((row, index) =>
    positions.set(row.rowId, [...(positions.get(row.rowId) ?? []), index])
  );

  const correctedBy = new Map<number, number>();
  const superseded = new Set<number>();
  rows.forEach((row, index) => {
    const target = row.supersedes;
    if (target === undefined) return;
    const at = positions.get(target) ?? [];
    if (target === row.rowId) {
      problems.push({
        code: "conflict",
        rowId: row.rowId,
        message: `row ${row.rowId} supersedes itself; the link is ignored`,
      });
    } else if (at.length === 0) {
      problems.push({
        code: "conflict",
        rowId: row.rowId,
        message: `row ${row.rowId} supersedes ${target}, which is not in the history; the row stands on its own`,
      });
    } else if (at.length > 1) {
      problems.push({
        code: "conflict",
        rowId: row.rowId,
        message: `row ${row.rowId} supersedes ${target}, but ${at.length} rows have that id; the row stands on its own`,
      });
    } else {
      const earlier = correctedBy.get(at[0]);
      if (earlier !== undefined) {
        problems.push({
          code: "conflict",
          rowId: row.rowId,
          message: `rows ${rows[earlier].rowId} and ${row.rowId} both supersede ${target}; the later row, ${row.rowId}, stands`,
        });
        superseded.add(earlier);
      }
      correctedBy.set(at[0], index);
    }
  });

  breakLoops(rows, correctedBy, problems);
  for (const target of correctedBy.keys()) superseded.add(target);
  const standing = rows.flatMap((row, index) => (superseded.has(index) ? [] : [{ row, index }]));
  return { rows: onePerSchoolAndMeeting(standing, problems), problems };
}

/**
 * Two standing rows for one school at one meeting (both people recorded it at once, or a row
 * was added by hand without Supersedes): the later in the table stands, and it is reported.
 */
function onePerSchoolAndMeeting(
  standing: ReadonlyArray<{ row: HistoryRow; index: number }>,
  problems: RowProblem[]
): HistoryRow[] {
  const latest = new Map<string, HistoryRow>();
  for (const { row } of standing) {
    const key = `${row.meetingDate}|${row.urn}|${row.framework.trim().toLowerCase()}`;
    const earlier = latest.get(key);
    if (earlier)
      problems.push({
        code: "conflict",
        rowId: row.rowId,
        message: `rows ${earlier.rowId} and ${row.rowId} both record URN ${row.urn} at the meeting on ${row.meetingDate}; the later row, ${row.rowId}, stands (a correction names the row it corrects in Supersedes)`,
      });
    latest.set(key, row);
  }
  const kept = new Set(latest.values());
  return standing.map(({ row }) => row).filter((row) => kept.has(row));
}

/** In a loop of corrections the row latest in the table stands: its own link is cut. */
function breakLoops(
  rows: readonly HistoryRow[],
  correctedBy: Map<number, number>,
  problems: RowProblem[]
): void {
  const settled = new Set<number>();
  for (const start of [...correctedBy.keys()]) {
    const path: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && !settled.has(at) && !path.includes(at)) {
      path.push(at);
      at = correctedBy.get(at);
    }
    if (at !== undefined && path.includes(at)) {
      const loop = path.slice(path.indexOf(at)).sort((a, b) => a - b);
      const latest = Math.max(...loop);
      correctedBy.delete(latest);
      problems.push({
        code: "conflict",
        rowId: rows[latest].rowId,
        message: `rows ${loop.map((index) => rows[index].rowId).join(", ")} supersede each other in a loop; ${rows[latest].rowId}, the latest in the table, stands`,
      });
    }
    path.forEach((index) => settled.add(index));
  }
}
