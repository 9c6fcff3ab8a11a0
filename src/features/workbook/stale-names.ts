import { sameSheetName } from "../../core/layout/sheet-names";
import type { WorkbookDescription } from "../../port";

/** The sheets and tables an action was set up with and will read or write. */
export interface NameNeeds {
  readonly tables?: readonly string[];
  readonly sheets?: readonly string[];
}

export interface MissingName {
  readonly kind: "table" | "sheet";
  readonly name: string;
  /** A table or sheet that appeared where the missing one was: probably its new name. */
  readonly renamedTo?: string;
}

/** An action's sheet or table was renamed or deleted after the pane read the workbook. */
export class StaleNamesError extends Error {
  readonly missing: readonly MissingName[];

  constructor(missing: readonly MissingName[]) {
    super(staleNamesMessage(missing));
    this.name = "StaleNamesError";
    this.missing = missing;
  }
}

const has = (names: readonly string[], name: string) =>
  names.some((candidate) => sameSheetName(candidate, name));

/**
 * Which needed names `now` lacks. Excel raises no event when a sheet or table is renamed, so
 * a rename shows up as a name that is gone; with the description the action was set up with
 * (`before`) a likely new name is given: a new table on the same sheet with the same headers,
 * or a new sheet at the same tab position.
 */
export function missingNames(
  before: WorkbookDescription | undefined,
  now: WorkbookDescription,
  needs: NameNeeds
): MissingName[] {
  const tableNames = now.tables.map((table) => table.name);
  const sheetNames = now.sheets.map((sheet) => sheet.name);
  const oldTables = before?.tables.map((table) => table.name) ?? [];
  const oldSheets = before?.sheets.map((sheet) => sheet.name) ?? [];
  const missing: MissingName[] = [];
  for (const name of needs.tables ?? []) {
    if (has(tableNames, name)) continue;
    const old = before?.tables.find((table) => sameSheetName(table.name, name));
    const renamed = old
      ? now.tables.find(
          (table) =>
            !has(oldTables, table.name) &&
            sameSheetName(table.sheet, old.sheet) &&
            table.headers.join("\u0000") === old.headers.join("\u0000")
        )
      : undefined;
    missing.push({ kind: "table", name, ...(renamed ? { renamedTo: renamed.name } : {}) });
  }
  for (const name of needs.sheets ?? []) {
    if (has(sheetNames, name)) continue;
    const position = oldSheets.findIndex((sheet) => sameSheetName(sheet, name));
    const atPosition = position >= 0 ? now.sheets[position] : undefined;
    const renamed = atPosition && !has(oldSheets, atPosition.name) ? atPosition : undefined;
    missing.push({ kind: "sheet", name, ...(renamed ? { renamedTo: renamed.name } : {}) });
  }
  return missing;
}

/** Throws `StaleNamesError` when `missingNames` finds any. */
export function confirmNames(
  before: WorkbookDescription | undefined,
  now: WorkbookDescription,
  needs: NameNeeds
): void {
  const missing = missingNames(before, now, needs);
  if (missing.length > 0) throw new StaleNamesError(missing);
}

export function staleNamesMessage(missing: readonly MissingName[]): string {
  const lines = missing.map((item) =>
    item.renamedTo
      ? `The ${item.kind} "${item.name}" is no longer in this workbook: it looks renamed to "${item.renamedTo}".`
      : `The ${item.kind} "${item.name}" is no longer in this workbook: it was renamed or deleted after TrustTier read it.`
  );
  return (
    `${lines.join(" ")} Nothing was written. The pane now shows the workbook as it is: ` +
    `choose again above (or give the ${missing.length === 1 ? missing[0].kind : "sheets and tables"} ` +
    `back ${missing.length === 1 ? "its" : "their"} old name${missing.length === 1 ? "" : "s"}), then try again.`
  );
}

/** The table or sheet a schools source reads. */
export function sourceNeeds(choice: {
  readonly kind: "table" | "sheet";
  readonly name: string;
}): NameNeeds {
  return choice.kind === "table" ? { tables: [choice.name] } : { sheets: [choice.name] };
}

/** The Framework_ sheet (and its table) of a workbook framework; nothing for a built-in one. */
export function frameworkNeeds(
  choice:
    | { readonly kind: "builtin" }
    | { readonly kind: "workbook"; readonly sheet: string; readonly table?: string }
): NameNeeds {
  if (choice.kind === "builtin") return {};
  return { sheets: [choice.sheet], ...(choice.table ? { tables: [choice.table] } : {}) };
}

/** Several actions' needs as one. */
export function allNeeds(...needs: readonly NameNeeds[]): NameNeeds {
  return {
    tables: needs.flatMap((need) => need.tables ?? []),
    sheets: needs.flatMap((need) => need.sheets ?? []),
  };
}
