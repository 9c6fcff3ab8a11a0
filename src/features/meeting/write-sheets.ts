import * as z from "zod/mini";
import { fingerprintContent, fingerprintLayout } from "../../core/layout/fingerprint";
import { readSetting } from "../../core/layout/settings";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { SheetLayout } from "../../core/layout/types";
import type { WorkbookPort } from "../../port/WorkbookPort";

/** Settings key: the fingerprint of each meeting sheet as TrustTier last wrote it. */
export const MEETING_SHEETS_SETTING = "meetingSheets";
const schema = z.record(z.string(), z.string());

export interface MeetingSheetsWritten {
  written: string[];
  /** Sheets a person has edited since TrustTier wrote them: left as they are. */
  kept: string[];
}

/**
 * Writes the generated meeting sheets (register, projected register, charts), each staged
 * ("replace": a temporary sheet, then swapped in). A sheet whose content no longer matches
 * the fingerprint stored when it was written has been edited by a person and is kept unless
 * `overwrite` names it. The history and actions tables are never written here.
 */
export async function writeMeetingSheets(
  port: WorkbookPort,
  layouts: readonly SheetLayout[],
  options: { overwrite?: readonly string[] } = {}
): Promise<MeetingSheetsWritten> {
  const stored = readSetting(await port.readSettings(), MEETING_SHEETS_SETTING, schema);
  const fingerprints: Record<string, string> = { ...(stored.ok ? (stored.value ?? {}) : {}) };
  const sheets = (await port.describe()).sheets.map((sheet) => sheet.name);
  const written: string[] = [];
  const kept: string[] = [];
  for (const layout of layouts) {
    const exists = sheets.some((name) => sameSheetName(name, layout.name));
    const forced = options.overwrite?.some((name) => sameSheetName(name, layout.name));
    if (exists && !forced) {
      const content = await port.readSheetContent(layout.name);
      if (fingerprintContent(content.cells) !== fingerprints[layout.name]) {
        kept.push(layout.name);
        continue;
      }
    }
    await port.writeLayout(layout, { mode: "replace" });
    fingerprints[layout.name] = fingerprintLayout(layout);
    written.push(layout.name);
  }
  await port.writeSettings({ [MEETING_SHEETS_SETTING]: fingerprints });
  return { written, kept };
}
