import { sameSheetName } from "../../core/layout/sheet-names";
import {
  isDateHeader,
  planPublishedImport,
  CANONICAL_ORDER,
  type CanonicalName,
  type ExistingTable,
  type FileReport,
  type ImportPlan,
  type MergePlan,
  type PublishedFile,
} from "../../core/published";
import {
  isWorkbookError,
  WorkbookError,
  type CancelSignal,
  type Progress,
  type WorkbookPort,
} from "../../port";
import { DATE_FORMAT } from "../../core/layout/number-formats";
import { tableSheetLayout } from "../../core/layout/table-sheet";
import { InputProblemsError } from "../input-problems";
import { throwIfCancelled } from "../progress";
import { writeDerivedEvidence, type DerivedOutcome } from "./derived-evidence-step";

/** What to import: the files, the trust's school list if given, a year for files without one. */
export interface ImportFiles {
  files: readonly PublishedFile[];
  schoolList?: PublishedFile;
  /** For files that do not state their academic year ("2018/19"). */
  year?: string;
}

export interface ImportRequest extends ImportFiles {
  signal?: CancelSignal;
  onProgress?: (progress: Progress) => void;
}

export interface TableOutcome {
  table: CanonicalName;
  created: boolean;
  added: number;
  replaced: number;
  unchanged: number;
  keptTyped: number;
  keptNewer: number;
  keptBecause: string;
}

export interface ImportResult {
  schools: number;
  tables: TableOutcome[];
  reports: FileReport[];
  derived: DerivedOutcome;
}

/** The workbook's tables of these names, where it has them, with their names as the workbook spells them. */
export async function readExisting<Name extends string>(
  port: WorkbookPort,
  names: readonly Name[]
): Promise<Partial<Record<Name, ExistingTable & { name: string }>>> {
  const tables = (await port.describe()).tables;
  const existing: Partial<Record<Name, ExistingTable & { name: string }>> = {};
  for (const name of names) {
    const info = tables.find((table) => sameSheetName(table.name, name));
    if (!info) continue;
    const data = await port.readTable(info.name);
    existing[name] = { name: info.name, headers: data.headers, rows: data.rows };
  }
  return existing;
}

/**
 * What an import of these files would do to the workbook, without writing: which files were
 * recognised (family, year, columns, codes, unreadable cells), the trust's schools, the rows
 * each table would gain or change, and any input a person must fix (`plan.problems`).
 */
export async function previewImport(port: WorkbookPort, request: ImportFiles): Promise<ImportPlan> {
  const existing = await readExisting(port, CANONICAL_ORDER);
  return planFrom(existing, request);
}

function planFrom(
  existing: Partial<Record<CanonicalName, ExistingTable>>,
  request: ImportFiles
): ImportPlan {
  return planPublishedImport({
    files: request.files,
    ...(request.schoolList ? { schoolList: request.schoolList } : {}),
    ...(request.year ? { year: request.year } : {}),
    existing,
  });
}

/**
 * Writes merge plans into the workbook, table by table in `order`: a table the workbook lacks is
 * created whole; an existing one has its new rows appended, gains its new columns at the right
 * and has its imported cells rewritten (only the cells that change), so a row a person typed is
 * never changed or deleted. Every table that gains rows is checked first (Excel refuses rows
 * for a filtered table, a protected sheet): a refusal there stops before anything is written,
 * and a later failure says which tables were written before it.
 */
export async function writeMergedTables<Name extends CanonicalName>(
  port: WorkbookPort,
  existing: Partial<Record<Name, ExistingTable & { name: string }>>,
  tables: Partial<Record<Name, MergePlan>>,
  order: readonly Name[],
  onTable?: (step: number, name: Name) => void
): Promise<TableOutcome[]> {
  const outcomes: TableOutcome[] = [];
  // appendRows with no rows only checks: what it would refuse, it refuses before any write.
  for (const name of order) {
    const table = existing[name];
    if (table && (tables[name]?.appends.length ?? 0) > 0) await port.appendRows(table.name, []);
  }
  for (const [step, name] of order.entries()) {
    const merge = tables[name];
    if (!merge) continue;
    onTable?.(step, name);
    const table = existing[name];
    if (!table && merge.appends.length === 0) continue;
    try {
      await writeMergedTable(port, name, table, merge);
    } catch (error) {
      throw afterWrites(error, name, outcomes);
    }
    outcomes.push({
      table: name,
      created: !table,
      added: merge.added,
      replaced: merge.replaced,
      unchanged: merge.unchanged,
      keptTyped: merge.keptTyped,
      keptNewer: merge.keptNewer,
      keptBecause: merge.keptBecause,
    });
  }
  return outcomes;
}

/**
 * One table's merge. Rows first: what Excel could refuse (a filter) refuses before any cell of
 * the table changes; the new columns and updates then leave the appended rows' cells as they are.
 */
async function writeMergedTable(
  port: WorkbookPort,
  name: string,
  table: (ExistingTable & { name: string }) | undefined,
  merge: MergePlan
): Promise<void> {
  if (!table) {
    await port.writeLayout(
      tableSheetLayout({
        name,
        grid: [merge.headers, ...merge.appends],
        dateColumns: merge.headers.flatMap((header, col) => (isDateHeader(header) ? [col] : [])),
        wideColumns: merge.headers.flatMap((header, col) =>
          /^(source|note)$/i.test(header) ? [col] : []
        ),
      }),
      { mode: "create" }
    );
    return;
  }
  const width = table.headers.length;
  if (merge.appends.length > 0) {
    await port.appendRows(
      table.name,
      merge.appends.map((row) => row.slice(0, width))
    );
  }
  const appended = merge.appends.map(() => undefined);
  for (const [offset, header] of merge.headers.slice(width).entries()) {
    await port.setTableColumn(table.name, {
      header,
      ...dateFormatOf(header),
      values: [
        ...table.rows.map(() => null),
        ...merge.appends.map((row) => row[width + offset] ?? null),
      ],
    });
  }
  for (const update of merge.columnUpdates) {
    await port.setTableColumn(table.name, {
      header: update.header,
      ...dateFormatOf(update.header),
      values: [...update.values, ...appended],
    });
  }
}

/** A date column (as the import lays out a new table's) is written with a date format. */
const dateFormatOf = (header: string) =>
  isDateHeader(header) ? { numberFormat: DATE_FORMAT } : {};

/** A failure after earlier tables were written: the message says which, as they stay written. */
function afterWrites(error: unknown, name: string, outcomes: readonly TableOutcome[]): unknown {
  const written = outcomes.filter((o) => o.created || o.added > 0 || o.replaced > 0);
  if (!isWorkbookError(error) || written.length === 0) return error;
  const tables = written.map((outcome) => outcome.table).join(", ");
  const one = written.length === 1;
  return new WorkbookError(
    error.code,
    `${error.message} (Table ${name} stopped the import; ${tables} ${one ? "was" : "were"} already written and stay${one ? "s" : ""} as written.)`,
    { cause: error }
  );
}

/** Steps reported before any write: reading the tables, then planning. */
const READ_STEPS = 2;

/**
 * Imports published files (DfE performance tables, Ofsted management information, GIAS) into
 * the workbook's Schools, Inspections, Measures and National tables, for the trust's schools
 * only. New tables are written whole; existing ones are updated by key through the port
 * (columns added at the right, imported cells rewritten, new rows appended), so a row a person
 * typed is never changed or deleted. Input a person must fix throws InputProblemsError.
 *
 * The existing tables are read and the import planned afresh here (a preview may be stale).
 * Cancellation is honoured up to the first write and not after it: an existing table is updated
 * column by column and row block by row block, so stopping half-way would leave Measures
 * updated and National not. A cancelled import therefore leaves every table as it was.
 */
export async function importPublishedData(
  port: WorkbookPort,
  request: ImportRequest
): Promise<ImportResult> {
  const total = READ_STEPS + CANONICAL_ORDER.length + 1;
  const report = (done: number, step: string) => request.onProgress?.({ done, total, step });
  throwIfCancelled(request.signal);
  report(0, "Reading the workbook's tables");
  const existing = await readExisting(port, CANONICAL_ORDER);
  throwIfCancelled(request.signal);
  report(1, "Matching the files to the trust's schools");
  const plan = planFrom(existing, request);
  if (plan.problems.length > 0) {
    throw new InputProblemsError("The data files cannot be imported as they are:", plan.problems);
  }
  // The last point at which a cancel is honoured: nothing has been written yet.
  throwIfCancelled(request.signal);
  const outcomes = await writeMergedTables(
    port,
    existing,
    plan.tables,
    CANONICAL_ORDER,
    (step, name) => report(READ_STEPS + step, `Writing ${name}`)
  );
  report(total - 1, "Deriving evidence from the data");
  const derived = await writeDerivedEvidence(port);
  return { schools: plan.schools, tables: outcomes, reports: plan.reports, derived };
}
