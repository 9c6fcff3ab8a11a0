import { sameSheetName } from "../../core/layout/sheet-names";
import {
  isDateHeader,
  planPublishedImport,
  type CanonicalName,
  type ExistingTable,
  type FileReport,
  type ImportPlan,
  type MergePlan,
  type PublishedFile,
} from "../../core/published";
import type { CancelSignal, Progress, WorkbookPort } from "../../port";
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

const ORDER: readonly CanonicalName[] = [
  "Schools",
  "Inspections",
  "Measures",
  "National",
  "LocalAuthority",
];

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
  const existing = await readExisting(port, ORDER);
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
 * created whole; an existing one gains its new columns at the right, has its imported cells
 * rewritten column by column and its new rows appended, so a row a person typed is never
 * changed or deleted.
 */
export async function writeMergedTables<Name extends CanonicalName>(
  port: WorkbookPort,
  existing: Partial<Record<Name, ExistingTable & { name: string }>>,
  tables: Partial<Record<Name, MergePlan>>,
  order: readonly Name[],
  onTable?: (step: number, name: Name) => void
): Promise<TableOutcome[]> {
  const outcomes: TableOutcome[] = [];
  for (const [step, name] of order.entries()) {
    const merge = tables[name];
    if (!merge) continue;
    onTable?.(step, name);
    const table = existing[name];
    if (!table) {
      if (merge.appends.length === 0) continue;
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
    } else {
      const added = merge.headers.slice(table.headers.length);
      for (const header of added) {
        await port.setTableColumn(table.name, { header, values: table.rows.map(() => null) });
      }
      for (const update of merge.columnUpdates) {
        await port.setTableColumn(table.name, { header: update.header, values: update.values });
      }
      if (merge.appends.length > 0) await port.appendRows(table.name, merge.appends);
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
  const total = READ_STEPS + ORDER.length + 1;
  const report = (done: number, step: string) => request.onProgress?.({ done, total, step });
  throwIfCancelled(request.signal);
  report(0, "Reading the workbook's tables");
  const existing = await readExisting(port, ORDER);
  throwIfCancelled(request.signal);
  report(1, "Matching the files to the trust's schools");
  const plan = planFrom(existing, request);
  if (plan.problems.length > 0) {
    throw new InputProblemsError("The data files cannot be imported as they are:", plan.problems);
  }
  // The last point at which a cancel is honoured: nothing has been written yet.
  throwIfCancelled(request.signal);
  const outcomes = await writeMergedTables(port, existing, plan.tables, ORDER, (step, name) =>
    report(READ_STEPS + step, `Writing ${name}`)
  );
  report(total - 1, "Deriving evidence from the data");
  const derived = await writeDerivedEvidence(port);
  return { schools: plan.schools, tables: outcomes, reports: plan.reports, derived };
}
