import * as z from "zod/mini";
import { readSetting } from "../../core/layout/settings";
import type { SettingsSnapshot } from "../../core/layout/settings-sheet";

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
): { ok: true; value: BaselineSetting | undefined } | { ok: false; message: string } {
  return readSetting(snapshot, baselineSettingKey(urn), baselineSettingSchema);
}
