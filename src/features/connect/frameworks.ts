import { sameExcelName } from "../../core/layout/sheet-names";
import {
  builtinFrameworkIds,
  builtinFrameworks,
  getBuiltinFramework,
} from "../../core/frameworks/builtin";
import { frameworkFromTable } from "../../core/frameworks/from-table";
import { frameworkToTable } from "../../core/frameworks/to-table";
import type { Framework } from "../../core/frameworks/types";
import type { SheetLayout } from "../../core/layout/types";
import { failed, succeeded, type Outcome } from "../../core/problems";
import { normaliseText } from "../../core/values/text";
import type { WorkbookDescription, WorkbookPort, WriteResult } from "../../port";
import { InputProblemsError } from "../input-problems";

export type FrameworkChoice =
  { kind: "builtin"; id: string } | { kind: "workbook"; sheet: string; table?: string };

export interface FrameworkOption {
  key: string;
  choice: FrameworkChoice;
  label: string;
}

const PREFIX = /^framework_/i;

/** Built-in frameworks, then the workbook's own Framework_<name> tables or sheets. */
export function frameworkOptions(description: WorkbookDescription): FrameworkOption[] {
  const builtins = builtinFrameworks.map((framework) => ({
    key: `builtin:${framework.id}`,
    choice: { kind: "builtin", id: framework.id } as FrameworkChoice,
    label: `${framework.name} (built-in)`,
  }));
  const sheets = description.sheets
    .filter((sheet) => sheet.visibility !== "veryHidden" && PREFIX.test(sheet.name))
    .map((sheet) => {
      const table = description.tables.find((candidate) =>
        sameExcelName(candidate.sheet, sheet.name)
      );
      const choice: FrameworkChoice = table
        ? { kind: "workbook", sheet: sheet.name, table: table.name }
        : { kind: "workbook", sheet: sheet.name };
      return { key: `workbook:${sheet.name}`, choice, label: `${sheet.name} (this workbook)` };
    });
  return [...builtins, ...sheets];
}

/**
 * A built-in framework, or a workbook framework read back. A workbook framework that does not
 * validate throws InputProblemsError naming each cell (sheet, column, row) to correct.
 */
export async function loadFramework(
  port: WorkbookPort,
  choice: FrameworkChoice
): Promise<Framework> {
  if (choice.kind === "builtin") {
    const framework = getBuiltinFramework(choice.id);
    if (framework) return framework;
    throw new InputProblemsError("The framework cannot be used.", [
      {
        code: "missing",
        message: `There is no built-in framework '${choice.id}'; expected one of: ${builtinFrameworkIds.join(", ")}.`,
      },
    ]);
  }
  const { grid, origin } = choice.table
    ? await port.readTable(choice.table).then((table) => ({
        grid: [[...table.headers], ...table.rows.map((row) => [...row])],
        origin: table.origin,
      }))
    : await port.readUsedRange(choice.sheet).then((used) => ({
        grid: used.values.map((row) => [...row]),
        origin: used.origin,
      }));
  const read = frameworkFromTable(grid);
  if (read.ok) return read.framework;
  const header = (grid[0] ?? []).map((cell) => normaliseText(String(cell ?? "")));
  throw new InputProblemsError(
    `Sheet ${choice.sheet} is not a usable framework. Correct these cells and choose it again.`,
    read.problems.map((problem) => {
      const index = problem.header ? header.indexOf(normaliseText(problem.header)) : -1;
      return {
        ...problem,
        sheet: choice.sheet,
        ...(problem.row !== undefined ? { row: problem.row + origin.row } : {}),
        ...(index >= 0 ? { column: index + origin.col } : {}),
      };
    })
  );
}

/** The sheet name a framework is copied to: Framework_<id>. */
export function frameworkSheetName(framework: Framework): string {
  return `Framework_${framework.id}`;
}

/** A framework as an editable sheet holding one table, header row first. */
export function frameworkSheetLayout(framework: Framework): SheetLayout {
  const [headers = [], ...rows] = frameworkToTable(framework);
  const name = frameworkSheetName(framework);
  return {
    name,
    cells: [],
    tables: [
      {
        name,
        row: 0,
        col: 0,
        headers: headers.map((header) => String(header ?? "")),
        rows,
        style: "TableStyleMedium2",
      },
    ],
    frozen: { rows: 1, cols: 0 },
  };
}

/** Copies a framework into the workbook; an earlier copy is replaced only when asked (staged). */
export async function copyFrameworkIntoWorkbook(
  port: WorkbookPort,
  framework: Framework,
  options: { signal?: { aborted: boolean }; replace?: boolean } = {}
): Promise<WriteResult> {
  // "create" refuses (SheetExists) when a copy is already there: it may hold the trust's edits.
  return port.writeLayout(frameworkSheetLayout(framework), {
    mode: options.replace ? "replace" : "create",
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** The framework found, and where from ("built-in", or "the workbook's own Framework_x"). */
export type FrameworkForId = Outcome<{ readonly framework: Framework; readonly from: string }>;

/**
 * The framework a command names by id: the workbook's own Framework_<id> sheet when it has one
 * (a copy the trust edited, or one holding its own words as alias rows), else the built-in.
 */
export async function frameworkForId(port: WorkbookPort, id: string): Promise<FrameworkForId> {
  const description = await port.describe();
  const option = frameworkOptions(description).find(
    (item) => item.choice.kind === "workbook" && sameExcelName(item.choice.sheet, `framework_${id}`)
  );
  if (option) {
    const framework = await loadFramework(port, option.choice);
    const sheet = option.choice.kind === "workbook" ? option.choice.sheet : id;
    return succeeded({ framework, from: `the workbook's own ${sheet}` });
  }
  const builtin = getBuiltinFramework(id.toLowerCase());
  if (builtin) return succeeded({ framework: builtin, from: "built-in" });
  return failed([
    {
      code: "missing",
      field: "framework",
      value: id,
      message: `framework '${id}' is not a built-in framework and the workbook has no Framework_${id} sheet; expected one of: ${builtinFrameworks.map((f) => f.id).join(", ")}`,
    },
  ]);
}
