import { sameSheetName } from "../core/layout/sheet-names";
import {
  EMPTY_SETTINGS,
  parseSettingsGrid,
  SETTINGS_SHEET_NAME,
  type SettingsSnapshot,
} from "../core/layout/settings-sheet";
import type { SheetLayout } from "../core/layout/types";
import type { UsedRange, WorkbookPort, WriteOptions, WriteResult } from "./WorkbookPort";

/** `readSettings` for any adapter, through its own describe/readUsedRange. */
export async function readSettingsThrough(
  port: Pick<WorkbookPort, "describe" | "readUsedRange">
): Promise<SettingsSnapshot> {
  const { sheets } = await port.describe();
  const sheet = sheets.find((s) => sameSheetName(s.name, SETTINGS_SHEET_NAME));
  if (!sheet) return EMPTY_SETTINGS;
  return settingsFromUsedRange(await port.readUsedRange(sheet.name));
}

/** The settings held in the settings sheet's used range. */
export function settingsFromUsedRange(
  used: Pick<UsedRange, "origin" | "values">
): SettingsSnapshot {
  if (used.values.length === 0) return EMPTY_SETTINGS;
  if (used.origin.col !== 0) {
    return {
      values: {},
      problems: [
        {
          code: "missing",
          sheet: SETTINGS_SHEET_NAME,
          key: "",
          row: used.origin.row + 1,
          column: 0,
          message: "column A (keys) is empty.",
        },
      ],
    };
  }
  return parseSettingsGrid(used.values, used.origin.row + 1);
}

/** `writeSettings` for any adapter: a write run with no sheets. */
export async function writeSettingsThrough(
  port: Pick<WorkbookPort, "writeSheets">,
  changes: Readonly<Record<string, unknown>>
): Promise<void> {
  await port.writeSheets({ sheets: [], settings: changes });
}

/** `writeLayout` for any adapter: a write run of one sheet. */
export async function writeLayoutThrough(
  port: Pick<WorkbookPort, "writeSheets">,
  layout: SheetLayout,
  options: WriteOptions
): Promise<WriteResult> {
  const [result] = await port.writeSheets({ sheets: [{ layout, mode: options.mode }] }, options);
  return result;
}

/** `readTable` for an adapter whose `readTables` reads several in one round trip. */
export async function readTableThrough(
  port: Pick<WorkbookPort, "readTables">,
  name: string
): Promise<Awaited<ReturnType<WorkbookPort["readTable"]>>> {
  const [table] = await port.readTables([name]);
  return table;
}
