import type { Framework } from "../../core/frameworks/types";
import { structuredName } from "../../core/layout/a1";
import { CRITERION_TARGET_PREFIX } from "../../core/mapping";
import type { TableColumnResult, TableColumnWrite, WorkbookPort } from "../../port";
import { planLiveColumn } from "./live-column";
import { DATE_FORMAT } from "../../core/layout/number-formats";
import type { Problem } from "../../core/problems";

export interface LiveColumnsInput {
  /** The schools table the columns go into, and its header row. */
  readonly table: { readonly name: string; readonly headers: readonly string[] };
  /** The mapping in use: target id ("criterion:ofsted") -> 0-based column of the table. */
  readonly columnOf: Readonly<Record<string, number>>;
  readonly framework: Framework;
  /** A workbook framework table (TIERFROM); the built-in framework (TIER) when absent. */
  readonly frameworkTable?: string;
  /** The workbook's TermDates table, when it has one (passed to NEXTREVIEW). */
  readonly termDatesTable?: string;
}

export type LiveColumns =
  | { readonly ok: true; readonly columns: readonly TableColumnWrite[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The header of the live next-review column: "Tier next review (live)". */
export const liveReviewHeader = (framework: Framework): string =>
  `${framework.levelNoun} next review (live)`;

/**
 * The columns the Classify tab's "live formula column" option adds at the table's end: the
 * per-row level formula (planned by the classify feature over the mapped evidence span) and,
 * for a built-in framework, `TRUST.NEXTREVIEW` on that level, formatted as a date. Pure.
 */
export function liveFormulaColumns(input: LiveColumnsInput): LiveColumns {
  const { table, framework } = input;
  const mapping: Record<string, string> = {};
  for (const [target, column] of Object.entries(input.columnOf)) {
    if (!target.startsWith(CRITERION_TARGET_PREFIX)) continue;
    const header = table.headers[column];
    if (header !== undefined) mapping[target.slice(CRITERION_TARGET_PREFIX.length)] = header;
  }
  const review = liveReviewHeader(framework);
  const level = planLiveColumn({
    table,
    framework,
    mapping,
    ...(input.frameworkTable ? { frameworkTable: input.frameworkTable } : { alsoWrites: [review] }),
  });
  if (!level.ok) return level;
  const columns: TableColumnWrite[] = [{ header: level.header, formula: level.formula }];
  if (input.frameworkTable) return { ok: true, columns };

  const terms = input.termDatesTable ? `,${input.termDatesTable}[#All]` : "";
  columns.push({
    header: review,
    formula: `=TRUST.NEXTREVIEW("${framework.id}",${table.name}[@[${structuredName(level.header)}]],TODAY()${terms})`,
    numberFormat: DATE_FORMAT,
  });
  return { ok: true, columns };
}

/** Adds (or rewrites) the live columns at the table's right-hand end, in order. */
export async function writeLiveFormulaColumns(
  port: WorkbookPort,
  table: string,
  columns: readonly TableColumnWrite[]
): Promise<TableColumnResult[]> {
  const results: TableColumnResult[] = [];
  for (const column of columns) results.push(await port.setTableColumn(table, column));
  return results;
}
