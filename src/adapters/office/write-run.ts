import { cellAddress, rangeAddress, sheetReference } from "../../core/layout/a1";
import {
  COMMIT_MARKER,
  SETTINGS_SHEET_NAME,
  settingsRowWrites,
  type SettingsRowWrite,
} from "../../core/layout/settings-sheet";
import { sameSheetName } from "../../core/layout/sheet-names";
import { asLiteralText } from "../../core/layout/text-safety";
import type { CellRange, LayoutTable, SheetLayout } from "../../core/layout/types";
import type { CellGrid, CellValue } from "../../core/values/cell";
import { WorkbookError } from "../../port/errors";
import { checkWriteRun, throwIfCancelled, type CheckedSheetWrite } from "../../port/guards";
import type { ProgressOptions, WriteResult, WriteRun } from "../../port/WorkbookPort";
import type { ContextApi, RangeApi, TableApi, WorksheetApi } from "./api";
import {
  officeVisibility,
  queueCellRules,
  queueNumberFormats,
  queueSheetSettings,
  queueStyles,
  styleWrites,
  type StyleWrite,
} from "./queue-formats";
import { queueDateSystem } from "./date-system";
import { checkSheetProtection, queueWorkbookChecks } from "./write-checks";
import { cellBlocks, type CellBlock } from "./write-plan";

/** Staging sheets are Hidden (not very hidden: Excel refuses to delete a very hidden sheet). */
export const STAGING_PREFIX = "TrustTier_stage";

/**
 * What Office.js sends for one range style (a getRange, its format, font, fill and borders,
 * each an object path and an action): an estimate for packing the formats pass under the
 * request budget, since the adapter cannot measure the real request.
 */
const STYLE_WRITE_BYTES = 1_200;
const RULE_BYTES = 600;

interface LiveTable {
  readonly table: TableApi;
  /** Its whole range (header, data and any totals row): position and size. */
  readonly range: Pick<RangeApi, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;
}

interface LiveSheet {
  readonly sheet: WorksheetApi;
  /** The used range before the run; absent for a sheet the run creates. */
  readonly used?: RangeApi;
  readonly tables: Map<string, LiveTable>;
}

interface SheetJob extends CheckedSheetWrite {
  readonly stageName: string;
  readonly live?: LiveSheet;
}

const blankRow = (width: number): string[] => Array.from({ length: width }, () => "");

/**
 * One write run over Office.js, in the order the port promises:
 * 1. read what is there (sheets, tables, the settings rows, the live ranges to replace);
 * 2. create every new sheet and table under its final name, empty, and the Hidden staging
 *    sheets, in one sync, so no formula is written before the sheet it names exists;
 * 3. write contents, then formats, to the staging sheets in syncs kept under `budget`;
 * 4. commit in one request: marker, table resizes, `Range.copyFrom` of each staged range onto
 *    its live sheet at the same address, the sheet's own settings, the settings rows, the
 *    staging sheets deleted, marker cleared.
 * Nothing live changes before step 4, and no sheet or table TrustTier made is deleted or
 * renamed, so references to them from elsewhere stay valid.
 */
export async function writeRun(
  context: ContextApi,
  run: WriteRun,
  options: ProgressOptions,
  budget: number
): Promise<WriteResult[]> {
  const { worksheets, tables, application } = context.workbook;
  worksheets.load("items/name,items/visibility");
  tables.load("items/name");
  const checks = queueWorkbookChecks(context);
  const dateShift = queueDateSystem(context);
  await context.sync();
  const what = describeRun(run);
  // Structure protection refuses the staging sheets every run adds (and the settings sheet's
  // visibility): stop before anything is written.
  checks.workbook(what, { structure: true });
  tables.items.forEach((table) => table.worksheet.load("name"));
  const names = worksheets.items.map((sheet) => sheet.name);
  const checkedNames = names.filter((name) => !name.startsWith(STAGING_PREFIX));
  const settingsName = names.find((name) => sameSheetName(name, SETTINGS_SHEET_NAME));
  const settingsSheet =
    settingsName === undefined ? undefined : worksheets.getItemOrNullObject(settingsName);
  const settingsUsed = settingsSheet?.getUsedRangeOrNullObject(true);
  settingsUsed?.load("values,rowIndex,columnIndex");
  // Every existing sheet the run writes: the sheets it replaces and the settings sheet.
  const touched = [
    ...checkedNames.filter((name) => run.sheets.some((w) => sameSheetName(w.layout.name, name))),
    ...(settingsName === undefined ? [] : [settingsName]),
  ];
  const protections = touched.map((name) => {
    const protection = worksheets.getItemOrNullObject(name).protection;
    protection.load("protected");
    return { name, protection };
  });
  if (tables.items.length > 0 || settingsUsed || touched.length > 0) await context.sync();
  for (const { name, protection } of protections) checkSheetProtection(protection, name, what);
  const tableSheets = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const checked = checkWriteRun(run, checkedNames, tableSheets);
  throwIfCancelled(options.signal, "the sheets");

  const jobs: SheetJob[] = checked.map((write, index) => ({
    ...write,
    stageName: `${STAGING_PREFIX}${index + 1}`,
    ...(write.existing !== undefined && {
      live: readLive(context, write.existing, tables.items, tableSheets),
    }),
  }));
  if (jobs.some((job) => job.live)) await context.sync();
  for (const job of jobs) checkTablesStay(job);

  // Step 2: create, in one sync (none when there is nothing to create or clear away).
  const leftovers = names.filter((name) => name.startsWith(STAGING_PREFIX));
  const mustCreate = jobs.length > 0 || leftovers.length > 0 || !settingsSheet;
  application.suspendApiCalculationUntilNextSync();
  for (const leftover of leftovers) {
    worksheets.getItemOrNullObject(leftover).delete();
  }
  const created = new Map<SheetJob, LiveSheet>();
  for (const job of jobs) {
    if (job.live) continue;
    const sheet = worksheets.add(job.layout.name);
    const liveTables = new Map<string, LiveTable>();
    for (const table of job.layout.tables ?? []) {
      liveTables.set(table.name.toUpperCase(), createTable(sheet, table));
    }
    created.set(job, { sheet, tables: liveTables });
  }
  const settingsGrid = !settingsUsed || settingsUsed.isNullObject ? [] : fromA1(settingsUsed);
  const settingsTarget = settingsSheet ?? createSettingsSheet(worksheets);
  const staged = jobs.map((job) => {
    const sheet = worksheets.add(job.stageName);
    sheet.visibility = "Hidden";
    return sheet;
  });
  // Step 3: staged contents and formats, packed under the budget. A failure or cancel here (or
  // in step 2) removes the staging and the sheets this run created; live sheets were never
  // touched.
  const parts = stagedParts(jobs, budget, -dateShift());
  const total = parts.length + 1;
  try {
    if (mustCreate) await context.sync();
    let done = 0;
    for (const batch of parts) {
      throwIfCancelled(options.signal, "the sheets");
      application.suspendApiCalculationUntilNextSync();
      for (const part of batch) part.queue(staged[part.job]);
      // One sync per packed batch (kept under the request budget), by design.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      options.onProgress?.({ done: ++done, total, step: batch[0].step });
    }
    throwIfCancelled(options.signal, "the sheets");
  } catch (error) {
    await discard(context, [
      ...jobs.map((job) => job.stageName),
      ...jobs.filter((job) => !job.live).map((job) => job.layout.name),
    ]);
    throw error;
  }

  // Step 4: the commit.
  application.suspendApiCalculationUntilNextSync();
  const marker = jobs.length > 0 ? { [COMMIT_MARKER]: jobs.map((job) => job.layout.name) } : {};
  const markerWrites = settingsRowWrites(settingsGrid, marker);
  queueSettingsRows(settingsTarget, markerWrites);
  const afterMarker = applyRowWrites(settingsGrid, markerWrites);
  for (const job of jobs) commitSheet(job.live ?? created.get(job)!, job);
  queueSettingsRows(
    settingsTarget,
    settingsRowWrites(afterMarker, {
      ...run.settings,
      ...(jobs.length > 0 && { [COMMIT_MARKER]: undefined }),
    })
  );
  settingsTarget.visibility = "VeryHidden";
  staged.forEach((sheet) => sheet.delete());
  await context.sync();
  options.onProgress?.({ done: total, total, step: "commit" });
  return jobs.map((job) => ({
    sheet: job.existing ?? job.layout.name,
    replaced: job.existing !== undefined,
  }));
}

/** What a run writes, for a message: its sheets, or the settings. */
function describeRun(run: WriteRun): string {
  if (run.sheets.length === 0) return "TrustTier's settings";
  const names = run.sheets.map((write) => JSON.stringify(write.layout.name));
  return `sheet${names.length === 1 ? "" : "s"} ${names.join(", ")}`;
}

function readLive(
  context: ContextApi,
  name: string,
  all: readonly TableApi[],
  tableSheets: readonly { name: string; sheet: string }[]
): LiveSheet {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  sheet.charts.load("items/name");
  const liveTables = new Map<string, LiveTable>();
  all.forEach((table, index) => {
    if (!sameSheetName(tableSheets[index].sheet, name)) return;
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    liveTables.set(table.name.toUpperCase(), { table, range });
  });
  return { sheet, used, tables: liveTables };
}

/** A table keeps its place: a layout that moves one on a live sheet is refused before writing. */
function checkTablesStay(job: SheetJob): void {
  for (const table of job.layout.tables ?? []) {
    const live = job.live?.tables.get(table.name.toUpperCase());
    if (!live) continue;
    if (live.range.rowIndex !== table.row || live.range.columnIndex !== table.col) {
      throw new WorkbookError(
        "InvalidLayout",
        `Table ${table.name} on sheet ${JSON.stringify(job.existing)} starts at ${cellAddress(live.range.rowIndex, live.range.columnIndex)}; the new content puts it at ${cellAddress(table.row, table.col)}. Move the table back, or delete the sheet, and try again.`
      );
    }
  }
}

function createSettingsSheet(worksheets: ContextApi["workbook"]["worksheets"]): WorksheetApi {
  const sheet = worksheets.add(SETTINGS_SHEET_NAME);
  sheet.visibility = "VeryHidden";
  return sheet;
}

/** A new table with its headers and one blank data row (what Excel gives a header-only table). */
function createTable(sheet: WorksheetApi, table: LayoutTable): LiveTable {
  const width = table.headers.length;
  sheet.getRange(rangeAddress({ row: table.row, col: table.col, rows: 1, cols: width })).values = [
    table.headers.map(asLiteralText),
  ];
  const added = sheet.tables.add(
    rangeAddress({ row: table.row, col: table.col, rows: 2, cols: width }),
    true
  );
  added.name = table.name;
  return {
    table: added,
    range: { rowIndex: table.row, columnIndex: table.col, rowCount: 2, columnCount: width },
  };
}

interface StagedPart {
  readonly job: number;
  readonly bytes: number;
  readonly step: "cells" | "formats";
  readonly queue: (sheet: WorksheetApi) => void;
}

/** Every staged write (numbers shown as dates moved by `dateShift` days), cut into syncs of at most `budget` estimated bytes. */
function stagedParts(jobs: readonly SheetJob[], budget: number, dateShift: number): StagedPart[][] {
  const parts: StagedPart[] = [];
  jobs.forEach((job, index) => {
    for (const block of cellBlocks(job.layout, budget, dateShift)) {
      parts.push({ job: index, bytes: blockBytes(block), step: "cells", queue: writeBlock(block) });
    }
  });
  jobs.forEach((job, index) => {
    parts.push({
      job: index,
      bytes: (job.layout.formats?.length ?? 0) * RULE_BYTES,
      step: "formats",
      queue: (sheet) => queueNumberFormats(sheet, job.layout),
    });
    for (const chunk of chunkStyles(styleWrites(job.layout), budget)) {
      parts.push({
        job: index,
        bytes: chunk.length * STYLE_WRITE_BYTES,
        step: "formats",
        queue: (sheet) => queueStyles(sheet, chunk),
      });
    }
  });
  const batches: StagedPart[][] = [];
  let current: StagedPart[] = [];
  let size = 0;
  for (const part of parts) {
    if (current.length > 0 && size + part.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(part);
    size += part.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function chunkStyles(writes: readonly StyleWrite[], budget: number): StyleWrite[][] {
  const per = Math.max(1, Math.floor(budget / STYLE_WRITE_BYTES));
  const chunks: StyleWrite[][] = [];
  for (let i = 0; i < writes.length; i += per) chunks.push(writes.slice(i, i + per));
  return chunks;
}

function blockBytes(block: CellBlock): number {
  return (
    JSON.stringify(block.formulas).length +
    (block.numberFormats ? JSON.stringify(block.numberFormats).length : 0)
  );
}

const writeBlock = (block: CellBlock) => (sheet: WorksheetApi) => {
  const range = sheet.getRange(block.address);
  if (block.numberFormats) range.numberFormat = block.numberFormats;
  range.formulas = block.formulas;
};

/** Bottom-right extent (exclusive) of everything a layout puts in cells. */
function layoutExtent(layout: SheetLayout): { rows: number; cols: number } {
  const ranges: CellRange[] = [
    ...layout.cells.map((c) => ({ row: c.row, col: c.col })),
    ...(layout.formats ?? []).map((f) => f.range),
    ...(layout.merges ?? []),
    ...(layout.validations ?? []).map((v) => v.range),
    ...(layout.conditionalFormats ?? []).map((c) => c.range),
    ...(layout.hyperlinks ?? []).map((h) => ({ row: h.row, col: h.col })),
    ...(layout.tables ?? []).map((t) => ({
      row: t.row,
      col: t.col,
      rows: Math.max(1, t.rows.length) + 1,
      cols: t.headers.length,
    })),
  ];
  return {
    rows: Math.max(1, ...ranges.map((r) => r.row + (r.rows ?? 1))),
    cols: Math.max(1, ...ranges.map((r) => r.col + (r.cols ?? 1))),
  };
}

/**
 * Queues one sheet's commit: tables resized to the new row and column counts, the live range
 * (old content and new, whichever reaches further) cleared of rules and merges and overwritten
 * by the staged copy, then the sheet's own settings.
 */
function commitSheet(live: LiveSheet, job: SheetJob): void {
  const sheet = live.sheet;
  let { rows, cols } = layoutExtent(job.layout);
  if (live.used && !live.used.isNullObject) {
    rows = Math.max(rows, live.used.rowIndex + live.used.rowCount);
    cols = Math.max(cols, live.used.columnIndex + live.used.columnCount);
  }
  for (const table of job.layout.tables ?? []) {
    const existing = live.tables.get(table.name.toUpperCase()) ?? createTable(sheet, table);
    rows += Math.max(0, Math.max(1, table.rows.length) + 1 - existing.range.rowCount);
    resizeTable(sheet, existing, table);
  }
  const area = rangeAddress({ row: 0, col: 0, rows, cols });
  const target = sheet.getRange(area);
  target.conditionalFormats.clearAll();
  target.dataValidation.clear();
  target.unmerge();
  target.clear("Hyperlinks");
  target.copyFrom(`${sheetReference(job.stageName)}!${area}`, "All", false, false);
  queueCellRules(sheet, job.layout);
  if (live.used) {
    for (const chart of sheet.charts.items) chart.delete();
    sheet.freezePanes.unfreeze();
  }
  queueSheetSettings(sheet, job.layout);
  for (const table of job.layout.tables ?? []) {
    const item = sheet.tables.getItemOrNullObject(table.name);
    item.style = table.style ?? "TableStyleMedium2";
  }
  sheet.visibility = officeVisibility(job.layout);
}

/** Rows by `rows.add` or by deleting the surplus rows' cells; columns at the right-hand end. */
function resizeTable(sheet: WorksheetApi, live: LiveTable, table: LayoutTable): void {
  const { rowIndex, columnIndex, rowCount, columnCount } = live.range;
  const width = table.headers.length;
  for (let c = columnCount; c < width; c++) {
    live.table.columns.add(undefined, undefined, table.headers[c]);
  }
  if (columnCount > width) {
    sheet
      .getRange(
        rangeAddress({
          row: rowIndex,
          col: columnIndex + width,
          rows: rowCount,
          cols: columnCount - width,
        })
      )
      .delete("Left");
  }
  const have = rowCount - 1;
  const want = Math.max(1, table.rows.length);
  if (want > have) {
    live.table.rows.add(
      undefined,
      Array.from({ length: want - have }, () => blankRow(width))
    );
  } else if (want < have) {
    sheet
      .getRange(
        rangeAddress({ row: rowIndex + 1 + want, col: columnIndex, rows: have - want, cols: width })
      )
      .delete("Up");
  }
}

function fromA1(used: RangeApi): CellGrid {
  const grid: CellValue[][] = Array.from({ length: used.rowIndex + used.values.length }, () =>
    Array.from({ length: used.columnIndex + (used.values[0]?.length ?? 0) }, (): CellValue => null)
  );
  used.values.forEach((line, r) =>
    line.forEach((value, c) => {
      grid[used.rowIndex + r][used.columnIndex + c] =
        value === "" || value === undefined ? null : (value as CellValue);
    })
  );
  return grid;
}

function queueSettingsRows(sheet: WorksheetApi, writes: readonly SettingsRowWrite[]): void {
  for (const write of writes) {
    const range = sheet.getRange(
      rangeAddress({ row: write.row, col: 0, rows: 1, cols: write.cells.length })
    );
    range.numberFormat = [write.cells.map(() => "@")];
    range.values = [write.cells.map(asLiteralText)];
  }
}

function applyRowWrites(grid: CellGrid, writes: readonly SettingsRowWrite[]): CellGrid {
  const next: CellValue[][] = grid.map((row) => [...row]);
  for (const write of writes) {
    while (next.length <= write.row) next.push([]);
    write.cells.forEach((text, col) => {
      while (next[write.row].length <= col) next[write.row].push(null);
      next[write.row][col] = text === "" ? null : text;
    });
  }
  return next;
}

/**
 * Deletes what a run created before its commit, those of `names` that exist (a failed sync
 * may have created some and not others). A failure here must not hide the first one.
 */
async function discard(context: ContextApi, names: readonly string[]): Promise<void> {
  try {
    const { worksheets } = context.workbook;
    worksheets.load("items/name");
    await context.sync();
    const doomed = worksheets.items.filter((sheet) =>
      names.some((name) => sameSheetName(name, sheet.name))
    );
    for (const sheet of doomed) sheet.delete();
    if (doomed.length > 0) await context.sync();
  } catch {
    // The next run deletes leftover staging sheets (named TrustTier_stage*) before it starts.
  }
}
