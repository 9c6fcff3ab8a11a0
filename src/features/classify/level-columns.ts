import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { WorkbookPort } from "../../port";
import { isInputProblemsError } from "../input-problems";
import type { FeatureOptions } from "../progress";
import { NO_CRITERION } from "./classify-grid";
import { classifySchools } from "./classify-schools";
import { resultCells, resultColumns } from "../../core/classify/sheets/result-columns";

export interface LevelColumnsRequest extends FeatureOptions {
  framework: Framework;
  asOf: IsoDate;
  /** The schools table; "Schools" where absent. */
  table?: string;
}

export type LevelColumnsOutcome =
  /** The table already has the framework's proposed-level column: nothing was written. */
  | { kind: "present"; header: string }
  /** The table was classified and its proposed level, security, next review and reason set. */
  | { kind: "added"; headers: string[]; warnings: string[] }
  /** The table holds no evidence for the framework (Schools from an import): nothing written. */
  | { kind: "no evidence"; message: string };

export type LevelColumnsCheck =
  /** The table has the framework's proposed-level column. */
  | { kind: "present"; table: string; header: string }
  /** The table lacks it: `ensureLevelColumns` would add `headers` at the table's end. */
  | { kind: "missing"; table: string; header: string; headers: string[] }
  /** The workbook has no such table (the cards say so themselves). */
  | { kind: "no table"; table: string };

const hasHeader = (headers: readonly string[], wanted: string) =>
  headers.some((h) => h.trim().toLowerCase() === wanted.toLowerCase());

/**
 * Whether the schools table has the level column the academy cards read for a framework
 * ("Category (proposed)"), reading only the workbook's description: nothing is written, so the
 * pane can say what is missing and ask before `ensureLevelColumns` adds it.
 */
export async function checkLevelColumns(
  port: WorkbookPort,
  request: { framework: Framework; table?: string }
): Promise<LevelColumnsCheck> {
  const name = request.table ?? "Schools";
  const columns = resultColumns(request.framework).slice(0, 4);
  const header = columns[0].header;
  const info = (await port.describe()).tables.find((t) => sameSheetName(t.name, name));
  if (!info) return { kind: "no table", table: name };
  return hasHeader(info.headers, header)
    ? { kind: "present", table: info.name, header }
    : {
        kind: "missing",
        table: info.name,
        header,
        headers: columns.map((c) => c.header).filter((h) => !hasHeader(info.headers, h)),
      };
}

/**
 * The schools table's level columns for a framework, as the academy cards read them: where the
 * table has no "<Level> (proposed)" column, classifies it (with its TermDates and Inspections)
 * and sets the proposed level, security, next review and reason as table columns, each
 * added at the table's right-hand end or rewritten in place. The formula text stays out.
 */
export async function ensureLevelColumns(
  port: WorkbookPort,
  request: LevelColumnsRequest
): Promise<LevelColumnsOutcome> {
  const { framework, asOf } = request;
  const name = request.table ?? "Schools";
  const columns = resultColumns(framework).slice(0, 4);
  const wanted = columns[0].header;
  const info = (await port.describe()).tables.find((t) => sameSheetName(t.name, name));
  if (info && hasHeader(info.headers, wanted)) return { kind: "present", header: wanted };
  request.onProgress?.({
    done: 0,
    total: 1,
    step: `Classifying the ${info?.name ?? name} table with ${framework.name} (as of ${asOf})`,
  });
  let classified;
  try {
    classified = await classifySchools(port, {
      frameworks: [framework],
      asOf,
      source: { kind: "table", name: info?.name ?? name },
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error) {
    if (
      !isInputProblemsError(error) ||
      !error.problems.every((p) => p.message.startsWith(NO_CRITERION))
    ) {
      throw error;
    }
    return {
      kind: "no evidence",
      message: `the ${info?.name ?? name} table has no evidence column for ${framework.name}; the cards show no proposed level`,
    };
  }
  const table = classified.source.table ?? name;
  const rowCount = classified.source.grid.length - 1;
  const byIndex = new Map(classified.blocks[0].results.map((r) => [r.index, r]));
  for (const [i, column] of columns.entries()) {
    const values = Array.from({ length: rowCount }, (_, row) => {
      const result = byIndex.get(row);
      return result ? resultCells(result.classification, "")[i] : null;
    });
    await port.setTableColumn(table, {
      header: column.header,
      values,
      ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
    });
  }
  return {
    kind: "added",
    headers: columns.map((column) => column.header),
    warnings: classified.warnings,
  };
}
