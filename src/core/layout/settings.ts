import * as z from "zod/mini";
import type { Outcome } from "../problems/problem";
import { SETTINGS_SHEET_NAME, type SettingsSnapshot } from "./settings-sheet";

/**
 * A setting's map of any keys, each value checked by `value`: zod's record, as an object with
 * no fixed keys whose extra keys take `value`. zod's record class (2.4 KB) would sit in the
 * shared runtime's zod, which the custom functions' bundle carries (`npm run bench`); the
 * object class is there already. A value that is not an object is "expected object".
 */
export const settingMap = <T extends z.core.SomeType>(value: T) => z.catchall(z.object({}), value);

/** A setting: its value (undefined when absent), or the problem with its row or its value. */
export type SettingRead<T> = Outcome<T | undefined>;

/**
 * zod/mini loads no locale, so its own messages would be a bare "Invalid input": the settings
 * schemas rely on zod's English messages ("expected string, received number") for the why.
 */
const englishMessages = z.locales.en().localeError;

/**
 * One setting checked against its zod schema. Absent gives `value: undefined`; a value that
 * was damaged on the sheet or does not fit the schema gives a message naming the key and why.
 */
export function readSetting<T>(
  snapshot: SettingsSnapshot,
  key: string,
  schema: z.core.$ZodType<T>
): SettingRead<T> {
  const problem = snapshot.problems.find((p) => p.key === key);
  if (problem) return { ok: false, problems: [problem] };
  if (!Object.hasOwn(snapshot.values, key)) return { ok: true, value: undefined };
  const result = z.safeParse(schema, snapshot.values[key], { error: englishMessages });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") + ": " : ""}${issue.message}`)
    .join("; ");
  return {
    ok: false,
    problems: [
      {
        code: "invalid",
        sheet: SETTINGS_SHEET_NAME,
        field: key,
        message: `setting "${key}" is not valid: ${issues}.`,
      },
    ],
  };
}
