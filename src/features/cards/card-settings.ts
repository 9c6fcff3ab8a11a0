import * as z from "zod/mini";
import { readSetting, settingMap } from "../../core/layout/settings";
import type { SettingsSnapshot } from "../../core/layout/settings-sheet";
import type { Problem } from "../../core/problems";

/** Settings key holding what TrustTier generated: card sheets and their fingerprints. */
export const CARDS_SETTING = "cards";

const generated = z.object({
  sheet: z.string().check(z.minLength(1)),
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  generatedOn: z.string(),
});

export const cardsSettingSchema = z.object({
  version: z.literal(1),
  framework: z.string(),
  /** By URN (as text). */
  cards: settingMap(generated),
  index: z.optional(generated),
});
export type CardsSetting = z.infer<typeof cardsSettingSchema>;
export type GeneratedSheet = z.infer<typeof generated>;

/**
 * The stored record, or none; a damaged record is reported, never trusted: its Problems are on
 * the settings sheet, at the row or the key, and the cards rebuild the record.
 */
export function readCardsSetting(snapshot: SettingsSnapshot): {
  setting: CardsSetting | undefined;
  problems: readonly Problem[];
} {
  const read = readSetting(snapshot, CARDS_SETTING, cardsSettingSchema);
  return read.ok
    ? { setting: read.value, problems: [] }
    : { setting: undefined, problems: read.problems };
}
