import type { CellGrid } from "../values/cell";
import type { Problem } from "../problems/problem";

/**
 * Settings the pane, the custom functions and the command line share live in the workbook
 * itself, on a very hidden sheet (Office's document settings are invisible to an xlsx
 * library): one key per row, its value as JSON text, split across columns when longer than
 * a cell holds.
 */
export const SETTINGS_SHEET_NAME = "TrustTier_Settings";

export const SETTINGS_HEADERS = ["Key", "Value (JSON)"] as const;

/**
 * Settings key present only while a write run's commit is under way, listing the sheets it
 * rewrites. Found by a later run, it means the commit stopped part-way: those sheets may hold
 * new content without the settings that describe it.
 */
export const COMMIT_MARKER = "commitInProgress";

/** Excel's limit is 32,767 characters a cell; stay well below it. */
const CHUNK = 30000;

/** A settings row that cannot be read: a Problem on the settings sheet, at its 1-based row. */
export interface SettingProblem extends Problem {
  readonly key: string;
  readonly sheet: string;
  readonly row: number;
}

export interface SettingsSnapshot {
  /** Parsed JSON values by key. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly problems: readonly SettingProblem[];
}

export const EMPTY_SETTINGS: SettingsSnapshot = { values: {}, problems: [] };

/**
 * Reads the settings sheet's used range (header row first). A row with no key, a repeated
 * key or text that is not JSON is reported, and the other rows are still read.
 */
export function parseSettingsGrid(grid: CellGrid, firstRow = 1): SettingsSnapshot {
  const values: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  const sheet = SETTINGS_SHEET_NAME;
  grid.slice(1).forEach((cells, index) => {
    const row = firstRow + 1 + index;
    const [rawKey, ...parts] = cells;
    const text = parts.map((part) => (part === null ? "" : String(part))).join("");
    const key = rawKey === null ? "" : String(rawKey).trim();
    if (key === "" && text.trim() === "") return;
    if (key === "") {
      problems.push({
        code: "missing",
        sheet,
        row,
        key,
        message: "a value has no key in column A.",
      });
      return;
    }
    if (Object.hasOwn(values, key)) {
      problems.push({
        code: "duplicate",
        sheet,
        row,
        key,
        field: key,
        message: `key "${key}" appears twice.`,
      });
      return;
    }
    try {
      values[key] = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({
        code: "invalid",
        sheet,
        row,
        key,
        field: key,
        message: `the value of "${key}" is not valid JSON (${reason}).`,
      });
    }
  });
  return { values, problems };
}

function chunks(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) parts.push(text.slice(i, i + CHUNK));
  return parts.length > 0 ? parts : [""];
}

/** One settings row rewritten in place: 0-based row, cells from column A. */
export interface SettingsRowWrite {
  readonly row: number;
  readonly cells: readonly string[];
}

/**
 * The row writes that apply `changes` to the settings sheet as it stands (`grid`: its cells
 * from A1, header row first), in place. A changed key's row is rewritten where it is (any
 * chunks it no longer needs cleared), a removed key's row is cleared, a new key goes below the
 * last used row; unchanged and unreadable rows are left exactly as they are. A new sheet
 * (empty `grid`) gets the header row.
 */
export function settingsRowWrites(
  grid: CellGrid,
  changes: Readonly<Record<string, unknown>>
): SettingsRowWrite[] {
  const writes: SettingsRowWrite[] = [];
  if (grid.length === 0) writes.push({ row: 0, cells: [...SETTINGS_HEADERS] });
  const rowOf = new Map<string, number>();
  grid.forEach((cells, row) => {
    const key = row === 0 || cells[0] === null ? "" : String(cells[0]).trim();
    if (key !== "" && !rowOf.has(key)) rowOf.set(key, row);
  });
  const current = parseSettingsGrid(grid).values;
  let next = Math.max(grid.length, 1);
  for (const key of Object.keys(changes).sort()) {
    const value = changes[key];
    const json = value === undefined ? undefined : JSON.stringify(value);
    const row = rowOf.get(key);
    const width = row === undefined ? 0 : grid[row].length;
    if (json === undefined) {
      if (row !== undefined) writes.push({ row, cells: Array.from({ length: width }, () => "") });
      continue;
    }
    if (row !== undefined && JSON.stringify(current[key]) === json) continue;
    const cells = [key, ...chunks(json)];
    while (cells.length < width) cells.push("");
    writes.push({ row: row ?? next++, cells });
  }
  return writes;
}
