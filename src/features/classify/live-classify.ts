import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { WorkbookPort } from "../../port";
import type { ClassifiedSchools } from "./classify-grid";
import { classifyWorkbook } from "./classify-workbook";
import type { SourceChoice } from "./read-source";
import type { FrameworkChoice } from "../connect/frameworks";
import type { FeatureOptions } from "../progress";
import { throwIfCancelled } from "../progress";
import { liveFormulaColumns, writeLiveFormulaColumns } from "./formula-column";
import { savedSource } from "../connect/saved-source";
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
 * The table the live column goes into: the one Connect saved, else the workbook's only table
 * or its table called Schools. Schools on a sheet without a table stop with what to do.
 */
export async function liveColumnTable(
  port: WorkbookPort,
  source: SourceChoice | undefined
): Promise<string> {
  if (source?.kind === "table") return source.name;
  const tables = (await port.describe()).tables;
  const found =
    source === undefined
      ? ((tables.length === 1 ? tables[0] : undefined) ??
        tables.find((t) => sameSheetName(t.name, "Schools")))
      : undefined;
  if (found) return found.name;
  const where = source ? `sheet ${source.name}` : "a sheet";
  throw new InputProblemsError("The live formula column was not added.", [
    {
      code: "missing",
      ...(source ? { sheet: source.name } : {}),
      message: `A live formula column goes into an Excel table, and the schools are on ${where} without one. Select the schools (header row included), choose Insert > Table, then choose the table in Connect and save.`,
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
  const saved = await savedSource(port, framework.id);
  const table = await liveColumnTable(port, saved.source);
  const classified = await classifyWorkbook(port, {
    frameworks: [framework],
    asOf: request.asOf,
    source: { kind: "table", name: table },
    ...(saved.columnOf ? { columnOf: saved.columnOf } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  const block = classified.blocks[0];
  const read = await port.readTable(table);
  const termDates = (await port.describe()).tables.find((t) => sameSheetName(t.name, "TermDates"));
  const live = liveFormulaColumns({
    table: { name: read.name, headers: read.headers },
    columnOf: block.columnOf,
    framework,
    ...(choice.kind === "workbook" && choice.table ? { frameworkTable: choice.table } : {}),
    ...(termDates ? { termDatesTable: termDates.name } : {}),
  });
  if (!live.ok)
    throw new InputProblemsError(
      "The live formula column was not added.",
      live.problems.map((problem) => {
        const index = read.headers.findIndex((header) => header === problem.header);
        return {
          ...problem,
          sheet: read.sheet,
          ...(index >= 0 ? { column: read.origin.col + index, row: read.origin.row + 1 } : {}),
        };
      })
    );
  throwIfCancelled(request.signal);
  request.onProgress?.({ done: 1, total: 1, step: `Adding the formula column to ${read.name}` });
  await writeLiveFormulaColumns(port, read.name, live.columns);
  const first = live.columns[0];
  return {
    table: read.name,
    headers: live.columns.map((c) => c.header),
    formula: "formula" in first ? first.formula : "",
    block,
  };
}
