import * as z from "zod/mini";
import { readSetting, type SettingRead } from "../../core/layout/settings";
import type { SettingsSnapshot } from "../../core/layout/settings-sheet";
import type { WorkbookPort } from "../../port";

/** Settings key of a school's baseline: "baseline:138776". */
export const baselineSettingKey = (urn: number) => `baseline:${urn}`;

export const baselineSettingSchema = z.object({
  version: z.literal(1),
  urn: z.number(),
  name: z.string(),
  phase: z.string(),
  localAuthority: z.optional(z.string()),
  framework: z.string(),
  asOf: z.string(),
  sheet: z.string().check(z.minLength(1)),
  /** Set once the school has joined the trust. */
  joined: z.optional(z.object({ urn: z.number(), date: z.string(), plan: z.optional(z.string()) })),
});
export type BaselineSetting = z.infer<typeof baselineSettingSchema>;

export function readBaselineSetting(
  snapshot: SettingsSnapshot,
  urn: number
): SettingRead<BaselineSetting> {
  return readSetting(snapshot, baselineSettingKey(urn), baselineSettingSchema);
}

/** Every baseline the workbook holds (for the pane's join step), by URN; damaged records skipped. */
export async function listBaselines(
  port: Pick<WorkbookPort, "readSettings">
): Promise<BaselineSetting[]> {
  const snapshot = await port.readSettings();
  return Object.keys(snapshot.values)
    .filter((key) => key.startsWith("baseline:"))
    .flatMap((key) => {
      const read = readSetting(snapshot, key, baselineSettingSchema);
      return read.ok && read.value ? [read.value] : [];
    })
    .sort((a, b) => a.urn - b.urn);
}
