import * as z from "zod/mini";
import type { Outcome } from "../problems/problem";
import { SETTINGS_SHEET_NAME, type SettingsSnapshot } from "./settings-sheet";

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
