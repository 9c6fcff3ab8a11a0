import { sameSheetName } from "../core/layout/sheet-names";
import {
  EMPTY_SETTINGS,
  mergeSettings,
  parseSettingsGrid,
  SETTINGS_SHEET_NAME,
  settingsLayout,
  type SettingsSnapshot,
} from "../core/layout/settings-sheet";
import type { WorkbookPort } from "./WorkbookPort";

/** `readSettings` for any adapter, through its own describe/readUsedRange. */
export async function readSettingsThrough(
  port: Pick<WorkbookPort, "describe" | "readUsedRange">
): Promise<SettingsSnapshot> {
  const { sheets } = await port.describe();
  const sheet = sheets.find((s) => sameSheetName(s.name, SETTINGS_SHEET_NAME));
  if (!sheet) return EMPTY_SETTINGS;
  const used = await port.readUsedRange(sheet.name);
  if (used.values.length === 0) return EMPTY_SETTINGS;
  if (used.origin.col !== 0) {
    return {
      values: {},
      problems: [
        {
          key: "",
          row: used.origin.row + 1,
          message: `Sheet ${SETTINGS_SHEET_NAME}: column A (keys) is empty.`,
        },
      ],
    };
  }
  return parseSettingsGrid(used.values, used.origin.row + 1);
}

/**
 * `writeSettings` for any adapter: merge over what is stored and replace the very hidden sheet
 * (a staged swap). Rows that could not be read are dropped unless `changes` sets their key;
 * `readSettings` reported them.
 */
export async function writeSettingsThrough(
  port: Pick<WorkbookPort, "describe" | "readUsedRange" | "writeLayout">,
  changes: Readonly<Record<string, unknown>>
): Promise<void> {
  const current = await readSettingsThrough(port);
  await port.writeLayout(settingsLayout(mergeSettings(current.values, changes)), {
    mode: "replace",
  });
}
