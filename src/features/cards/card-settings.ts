import * as z from "zod/mini";
import { readSetting, settingMap } from "../../core/layout/settings";
import type { SettingsSnapshot } from "../../core/layout/settings-sheet";
import { formatProblem } from "../../core/problems";

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

/** The stored record, or an empty one; a damaged record is reported, never trusted. */
export function readCardsSetting(snapshot: SettingsSnapshot): {
  setting: CardsSetting | undefined;
  problem?: string;
} {
  const read = readSetting(snapshot, CARDS_SETTING, cardsSettingSchema);
  return read.ok
    ? { setting: read.value }
    : { setting: undefined, problem: read.problems.map(formatProblem).join("\n") };
}
