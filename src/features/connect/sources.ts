import type { WorkbookDescription } from "../../port";
import type { SourceChoice } from "../classify/read-source";

export interface SourceOption {
  /** Unique key for a picker: "table:Schools" or "sheet:Data". */
  key: string;
  choice: SourceChoice;
  /** What a person reads: "Table Schools (sheet Data, 14 rows)". */
  label: string;
}

export function sourceKey(choice: SourceChoice): string {
  return `${choice.kind}:${choice.name}`;
}

/**
 * The places a schools table can come from: every table, then every visible sheet that holds
 * no table (read as a range with a header row). TrustTier's own Framework_ sheets are left out.
 */
export function listSources(description: WorkbookDescription): SourceOption[] {
  const tables = description.tables.map((table): SourceOption => {
    const choice: SourceChoice = { kind: "table", name: table.name };
    const rows = `${table.rowCount} row${table.rowCount === 1 ? "" : "s"}`;
    return {
      key: sourceKey(choice),
      choice,
      label: `Table ${table.name} (sheet ${table.sheet}, ${rows})`,
    };
  });
  const withTables = new Set(description.tables.map((table) => table.sheet.toLowerCase()));
  const sheets = description.sheets
    .filter((sheet) => sheet.visibility === "visible")
    .filter((sheet) => !withTables.has(sheet.name.toLowerCase()))
    .filter((sheet) => !/^framework_/i.test(sheet.name))
    .map((sheet): SourceOption => {
      const choice: SourceChoice = { kind: "sheet", name: sheet.name };
      return {
        key: sourceKey(choice),
        choice,
        label: `Sheet ${sheet.name} (range with a header row)`,
      };
    });
  return [...tables, ...sheets];
}
