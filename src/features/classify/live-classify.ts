import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import type { WorkbookPort } from "../../port";
import type { ClassifiedSchools } from "./classify-grid";
import { classifySchools } from "./classify-schools";
import type { SchoolsSource } from "./read-source";
import type { FrameworkChoice } from "../connect/frameworks";
import type { FeatureOptions } from "../progress";
import { throwIfCancelled } from "../progress";
import { liveFormulaColumns, writeLiveFormulaColumns } from "./formula-column";
import { InputProblemsError } from "../input-problems";

export interface LiveClassifyRequest extends FeatureOptions {
  readonly framework: Framework;
  readonly choice: FrameworkChoice;
  readonly asOf: IsoDate;
}

export interface LiveClassified {
  readonly table: string;
  /** The headers of the columns added or rewritten, with the level formula of the first row. */
  readonly headers: readonly string[];
  readonly formula: string;
  /** The proposed levels as TrustTier computes them now (the formulas give the same). */
  readonly block: ClassifiedSchools;
}

/**
 * The table the live column goes into: the schools table as located (Connect's saved one,
 * else the workbook's only table or its table called Schools). Schools on a sheet without a
 * table stop with what to do. Pure.
 */
export function liveColumnTable(source: SchoolsSource): string {
  if (source.table) return source.table;
  throw new InputProblemsError("The live formula column was not added.", [
    {
      code: "missing",
      sheet: source.sheet,
      message: `A live formula column goes into an Excel table, and the schools are on sheet ${source.sheet} without one. Select the schools (header row included), choose Insert > Table, then choose the table in Connect and save.`,
    },
  ]);
}

/**
 * Classify with a live formula column: checks the evidence as "values only" does, then adds
 * (or rewrites) the per-row TRUST.TIER column, and for a built-in framework its next review
 * date, at the right-hand end of the schools table. Nothing else in the workbook changes.
 */
export async function classifyWithLiveColumn(
  port: WorkbookPort,
  request: LiveClassifyRequest
): Promise<LiveClassified> {
  const { framework, choice } = request;
  if (choice.kind === "workbook" && !choice.table) {
    throw new InputProblemsError("The live formula column was not added.", [
      {
        code: "missing",
        sheet: choice.sheet,
        message: `Sheet ${choice.sheet} holds no table, and TRUST.TIERFROM reads a framework table. Copy the framework in again from the Frameworks tab (it makes a table), or choose values only.`,
      },
    ]);
  }
  const classified = await classifySchools(port, {
    frameworks: [framework],
    asOf: request.asOf,
    check: liveColumnTable,
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  const block = classified.blocks[0];
  const table = liveColumnTable(classified.source);
  const live = liveFormulaColumns({
    table: { name: table, headers: (classified.source.grid[0] ?? []).map(String) },
    columnOf: block.columnOf,
    framework,
    ...(choice.kind === "workbook" && choice.table ? { frameworkTable: choice.table } : {}),
    ...(classified.tables.termDates ? { termDatesTable: classified.tables.termDates } : {}),
  });
  if (!live.ok)
    throw new InputProblemsError(
      "The live formula column was not added.",
      live.problems.map((problem) => ({
        ...problem,
        sheet: classified.source.sheet,
        row: classified.source.headerRow,
      }))
    );
  throwIfCancelled(request.signal);
  request.onProgress?.({ done: 1, total: 1, step: `Adding the formula column to ${table}` });
  await writeLiveFormulaColumns(port, table, live.columns);
  const first = live.columns[0];
  return {
    table,
    headers: live.columns.map((c) => c.header),
    formula: "formula" in first ? first.formula : "",
    block,
  };
}
