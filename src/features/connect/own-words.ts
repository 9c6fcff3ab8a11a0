import { CRITERION_TARGET_PREFIX } from "../../core/mapping";
import { frameworkFromTable } from "../../core/frameworks/from-table";
import { frameworkToTable } from "../../core/frameworks/to-table";
import { ownWordRowCells, ownWordSource, withOwnWord } from "../../core/frameworks/own-word-row";
import type { Framework, OwnWordAlias } from "../../core/frameworks/types";
import type { ImportProblem } from "../../core/import/location";
import type { Problem } from "../../core/problems";
import type { CellValue } from "../../core/values/cell";
import { normaliseText } from "../../core/values/text";
import { isWorkbookError, type WorkbookPort } from "../../port";
import type { Connection } from "./connection";
import { InputProblemsError } from "../input-problems";
import { frameworkSheetLayout, frameworkSheetName, type FrameworkChoice } from "./frameworks";

/** One text a criterion column holds that the framework cannot read, with how often. */
export interface UnreadOwnWord {
  criterion: string;
  label: string;
  value: string;
  cells: number;
}

/** The unreadable criterion values among Connect's problems, once each (case and spacing aside). */
export function unreadOwnWords(
  connection: Connection,
  columnOf: Readonly<Record<string, number>>,
  problems: readonly ImportProblem[]
): UnreadOwnWord[] {
  const byKey = new Map<string, UnreadOwnWord>();
  for (const problem of problems) {
    if (typeof problem.value !== "string" || problem.column === undefined) continue;
    const target = Object.entries(columnOf).find(([, at]) => at === problem.column)?.[0];
    if (!target?.startsWith(CRITERION_TARGET_PREFIX)) continue;
    const criterion = target.slice(CRITERION_TARGET_PREFIX.length);
    const key = `${criterion}\u0000${normaliseText(problem.value)}`;
    const known = byKey.get(key);
    if (known) known.cells++;
    else {
      const label =
        connection.framework.criteria.find((item) => item.id === criterion)?.label ?? criterion;
      byKey.set(key, { criterion, label, value: problem.value.trim(), cells: 1 });
    }
  }
  return [...byKey.values()];
}

export interface SavedOwnWord {
  /** The framework now in use: the workbook's copy, which holds the alias. */
  choice: FrameworkChoice;
  framework: Framework;
  message: string;
}

function refuse(sheet: string, problems: readonly Problem[]) {
  return new InputProblemsError(
    `The alias was not written to ${sheet}; correct these cells of it first.`,
    problems.map((problem) => ({ ...problem, sheet }))
  );
}

/**
 * Stores a person's answer "this value means that level" as an alias row in the workbook's copy
 * of the framework. A workbook framework table gets one row appended (nothing a person typed is
 * rewritten); a built-in framework is first copied into the workbook as Framework_<id>, alias
 * included, and that copy is used from then on. An existing copy is never replaced.
 */
export async function saveOwnWord(
  port: WorkbookPort,
  choice: FrameworkChoice,
  framework: Framework,
  answer: Pick<OwnWordAlias, "criterion" | "value" | "level">,
  asOf: string
): Promise<SavedOwnWord> {
  const alias: OwnWordAlias = { ...answer, source: ownWordSource(asOf) };
  const level = framework.levels.find((item) => item.id === alias.level)?.name ?? alias.level;
  const said = `'${alias.value}' now means ${level}`;
  if (choice.kind === "builtin") {
    const updated = withOwnWord(framework, alias);
    const check = frameworkFromTable(frameworkToTable(updated));
    const name = frameworkSheetName(framework);
    if (!check.ok) throw refuse(name, check.problems);
    try {
      await port.writeLayout(frameworkSheetLayout(updated), { mode: "create" });
    } catch (error) {
      if (isWorkbookError(error) && error.code === "SheetExists")
        throw new InputProblemsError("The alias was not written.", [
          {
            code: "conflict",
            sheet: name,
            message: `The workbook already has a sheet ${name}, which may hold the trust's edits, so TrustTier did not replace it. Choose "${name} (this workbook)" as the framework, then say again which level '${alias.value}' means.`,
          },
        ]);
      throw error;
    }
    return {
      choice: { kind: "workbook", sheet: name, table: name },
      framework: check.framework,
      message: `${said}: the alias is stored in ${name}, the workbook's own copy of ${framework.name}, which TrustTier uses from now on.`,
    };
  }
  if (!choice.table)
    throw new InputProblemsError("The alias was not written.", [
      {
        code: "invalid",
        sheet: choice.sheet,
        message: `holds its framework as plain cells: make it a table (Insert > Table) so TrustTier can add the alias as a row without touching the rest`,
      },
    ]);
  const table = await port.readTable(choice.table);
  const row = ownWordRowCells(table.headers, alias);
  const grid: CellValue[][] = [[...table.headers], ...table.rows.map((cells) => [...cells]), row];
  const check = frameworkFromTable(grid);
  if (!check.ok) throw refuse(choice.sheet, check.problems);
  await port.appendRows(choice.table, [row]);
  return {
    choice,
    framework: check.framework,
    message: `${said}: the alias is a new row at the foot of ${choice.sheet}.`,
  };
}
