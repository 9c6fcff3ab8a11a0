import * as z from "zod/mini";
import { fingerprintContent, fingerprintLayout } from "../../core/layout/fingerprint";
import { readSetting, settingMap } from "../../core/layout/settings";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { SheetLayout } from "../../core/layout/types";
import type { WorkbookPort } from "../../port/WorkbookPort";

/** Settings key: the fingerprint of each meeting sheet as TrustTier last wrote it. */
export const MEETING_SHEETS_SETTING = "meetingSheets";
const schema = settingMap(z.string());

export interface MeetingSheetsWritten {
  written: string[];
  /** Sheets a person has edited since TrustTier wrote them: left as they are. */
  kept: string[];
}

/**
 * Writes the generated meeting sheets (register, projected register, charts) and their
 * fingerprints in one write run (staged, then committed in place). A sheet whose content no longer matches
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
  const existing = (name: string) => sheets.find((sheet) => sameSheetName(sheet, name));
  const toCompare = layouts.filter(
    (layout) =>
      existing(layout.name) !== undefined &&
      !options.overwrite?.some((name) => sameSheetName(name, layout.name))
  );
  const contents = await port.readSheetContents(toCompare.map((l) => existing(l.name)!));
  const kept = toCompare
    .filter((layout, i) => fingerprintContent(contents[i].cells) !== fingerprints[layout.name])
    .map((layout) => layout.name);
  const toWrite = layouts.filter((layout) => !kept.includes(layout.name));
  for (const layout of toWrite) fingerprints[layout.name] = fingerprintLayout(layout);
  await port.writeSheets({
    sheets: toWrite.map((layout) => ({ layout, mode: "replace" as const })),
    settings: { [MEETING_SHEETS_SETTING]: fingerprints },
  });
  return { written: toWrite.map((layout) => layout.name), kept };
}
