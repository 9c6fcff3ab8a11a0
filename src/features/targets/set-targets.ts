import { nextAcademicYear, parseAcademicYear } from "../../core/dates/academic-year";
import {
  measuresTable,
  nationalTable,
  readCanonicalTable,
  readNumber,
  readText,
  schoolsTable,
  type ImportProblem,
} from "../../core/import";
import { sameSheetName } from "../../core/layout/sheet-names";
import {
  DEFAULT_TARGET_METHOD,
  planTargets,
  TARGET_DATE_COLUMNS,
  TARGET_METHOD_TABLE,
  targetMethodFromTable,
  targetMethodToTable,
  targetsColumnName,
  targetsTableWrites,
  type EstimateRow,
  type FigureRow,
  type TargetMethod,
  type TargetsPlan,
} from "../../core/targets";
import type { CellGrid, CellValue } from "../../core/values/cell";
import { normaliseText } from "../../core/values/text";
import type { ProgressOptions, WorkbookPort } from "../../port";
import { tableSheetLayout } from "../../core/layout/table-sheet";
import { DATE_FORMAT } from "../../core/layout/number-formats";
import { InputProblemsError } from "../input-problems";
import { throwIfCancelled } from "../progress";
import { tableGrid } from "../workbook-tables";

export interface SetTargetsRequest {
  /** The year to set targets for; by default the year after the latest in Measures. */
  year?: string;
}

export interface TargetsProposed extends TargetsPlan {
  year: string;
  method: TargetMethod;
  /** True when the workbook had no TargetMethod table and the default was written. */
  methodAdded: boolean;
}

/** A Measures column the definition does not hold (the import's Cohort, Status), by its label. */
const cellOf = (extras: Record<string, CellValue>, name: string) =>
  Object.entries(extras).find(([header]) => normaliseText(header) === normaliseText(name))?.[1];

function figureRows(grid: CellGrid, problems: ImportProblem[]): FigureRow[] {
  const read = readCanonicalTable(measuresTable, grid);
  problems.push(...read.problems);
  return read.rows.map(({ value, extras }) => {
    const cohort = readNumber(cellOf(extras, "cohort") ?? null);
    const status = readText(cellOf(extras, "status") ?? null);
    return {
      ...value,
      ...(cohort.ok && cohort.value > 0 ? { cohort: cohort.value } : {}),
      ...(status.ok ? { status: status.value } : {}),
    };
  });
}

/** Estimates as a trust exports them (URN, Measure code, Academic year, Estimate, Source). */
function estimateRows(grid: CellGrid | undefined): EstimateRow[] {
  if (!grid) return [];
  const headers = (grid[0] ?? []).map((h) => normaliseText(String(h ?? "")));
  const at = (name: string) => headers.indexOf(normaliseText(name));
  return grid.slice(1).flatMap((row) => {
    const year = parseAcademicYear(row[at("academic year")]);
    const estimate = readNumber(row[at("estimate")] ?? null);
    const urn = readNumber(row[at("urn")] ?? null);
    if (!year.ok || !estimate.ok || !urn.ok) return [];
    return [
      {
        urn: urn.value,
        measure: String(row[at("measure code")] ?? "").trim(),
        year: year.value,
        estimate: estimate.value,
        source: String(row[at("source")] ?? "imported estimates"),
      },
    ];
  });
}

/**
 * Proposes the year's Targets rows by the workbook's TargetMethod table (the default TrustTier
 * proposal when there is none): pure planning on the workbook's tables. Shared by the CLI and
 * the pane, which shows the plan before `writeTargets` writes it.
 */
export async function proposeTargets(
  port: WorkbookPort,
  request: SetTargetsRequest = {}
): Promise<TargetsProposed> {
  const problems: ImportProblem[] = [];
  const [measuresGrid, nationalGrid, schoolsGrid, targetsGrid, methodGrid] = await Promise.all(
    ["Measures", "National", "Schools", "Targets", TARGET_METHOD_TABLE].map((name) =>
      tableGrid(port, name)
    )
  );
  for (const [name, grid] of [
    ["Measures", measuresGrid],
    ["Schools", schoolsGrid],
  ] as const) {
    if (!grid) problems.push({ sheet: name, message: `the workbook has no ${name} table` });
  }
  if (problems.length > 0) throw new InputProblemsError("Targets cannot be set:", problems);
  const measures = figureRows(measuresGrid as CellGrid, problems);
  const national = nationalGrid ? readCanonicalTable(nationalTable, nationalGrid) : undefined;
  const schools = readCanonicalTable(schoolsTable, schoolsGrid as CellGrid);
  problems.push(...(national?.problems ?? []), ...schools.problems);
  let method = DEFAULT_TARGET_METHOD;
  if (methodGrid) {
    const read = targetMethodFromTable(methodGrid);
    if (read.ok) method = read.method;
    else problems.push(...read.problems);
  }
  if (problems.length > 0)
    throw new InputProblemsError("Targets cannot be set from the workbook as it is:", problems);
  const latest = measures.reduce((max, m) => (m.year > max ? m.year : max), "");
  const year = request.year ?? (latest ? nextAcademicYear(latest) : "");
  if (!year)
    throw new InputProblemsError("Targets cannot be set:", [
      { sheet: "Measures", message: "the Measures table has no rows to set targets from" },
    ]);
  const plan = planTargets({
    year,
    method,
    schools: schools.rows.map(({ value }) => ({ urn: value.urn, phase: value.phase })),
    measures,
    national: national?.rows.map((r) => r.value) ?? [],
    ...(targetsGrid ? { targets: targetsGrid } : {}),
    estimates: estimateRows(await tableGrid(port, method.estimatesTable)),
  });
  return { ...plan, year, method, methodAdded: !methodGrid };
}

export interface TargetsWritten {
  /** True when the workbook had no Targets table and one was created. */
  readonly created: boolean;
  /** Earlier open proposals updated in place, and new ones added. */
  readonly updated: number;
  readonly added: number;
  /**
   * Earlier open proposals of the year this run no longer proposes, by sheet row: left as
   * they are (TrustTier deletes no row of a person's table) for a person to delete.
   */
  readonly leftRows: readonly number[];
}

const dateFormatOf = (header: string) =>
  TARGET_DATE_COLUMNS.some((h) => targetsColumnName(h) === targetsColumnName(header))
    ? { numberFormat: DATE_FORMAT }
    : {};

/**
 * Writes the proposals and, where absent, the default TargetMethod table. A workbook without a
 * Targets table gets one on a new Targets sheet, with the method, in one staged write run.
 * An existing Targets table, wherever it sits, is updated by key (URN, measure, year): the
 * year's open proposals are rewritten in place, new ones appended, missing Targets columns
 * added at its end. Rows a person typed, reviewed or agreed, and their own columns (a
 * calculated column keeps its formula, notes stay on their row), are never written.
 * A cancel before the first write leaves the workbook as it was.
 */
export async function writeTargets(
  port: WorkbookPort,
  proposed: TargetsProposed,
  options: ProgressOptions = {}
): Promise<TargetsWritten> {
  const described = await port.describe();
  const table = described.tables.find((t) => sameSheetName(t.name, "Targets"));
  const method = {
    layout: tableSheetLayout({
      name: TARGET_METHOD_TABLE,
      grid: targetMethodToTable(proposed.method),
      dateColumns: [],
      wideColumns: [2],
    }),
    mode: "create" as const,
  };
  if (!table) {
    const headers = proposed.grid[0].map((h) => String(h));
    const targets = {
      layout: tableSheetLayout({
        name: "Targets",
        grid: proposed.grid,
        dateColumns: headers.flatMap((h, c) =>
          TARGET_DATE_COLUMNS.includes(h as never) ? [c] : []
        ),
        wideColumns: headers.flatMap((h, c) => (h === "How set" ? [c] : [])),
      }),
      mode: "create" as const,
    };
    await port.writeSheets(
      { sheets: [targets, ...(proposed.methodAdded ? [method] : [])] },
      options
    );
    return { created: true, updated: 0, added: proposed.proposed, leftRows: [] };
  }
  const current = await port.readTable(table.name);
  const writes = targetsTableWrites(
    [[...current.headers], ...current.rows],
    proposed,
    proposed.year,
    current.origin.row + 1
  );
  throwIfCancelled(options.signal);
  // What Excel would refuse rows for (a filter, a protected sheet) is refused before any write:
  // appendRows with no rows only checks.
  if (writes.appends.length > 0) await port.appendRows(table.name, []);
  if (proposed.methodAdded) await port.writeSheets({ sheets: [method] }, options);
  // Rows first, under the table's own columns; the new columns then carry the appended rows'
  // cells, and the updated columns leave them as they are.
  const width = current.headers.length;
  if (writes.appends.length > 0) {
    await port.appendRows(
      table.name,
      writes.appends.map((row) => row.slice(0, width))
    );
  }
  for (const [offset, header] of writes.addHeaders.entries()) {
    await port.setTableColumn(table.name, {
      header,
      values: [
        ...current.rows.map(() => null),
        ...writes.appends.map((row) => row[width + offset] ?? null),
      ],
      ...dateFormatOf(header),
    });
  }
  for (const update of writes.columnUpdates) {
    // The appended rows already hold their cells: left as they are.
    await port.setTableColumn(table.name, {
      header: update.header,
      values: [...update.values, ...writes.appends.map(() => undefined)],
      ...dateFormatOf(update.header),
    });
  }
  return {
    created: false,
    updated: writes.updated,
    added: writes.appends.length,
    leftRows: writes.leftRows,
  };
}
