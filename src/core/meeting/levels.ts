import type { Framework, FrameworkLevel } from "../frameworks/types";
import { normaliseText } from "../values/text";

/** The framework's level written as its name, code or id, in any case; undefined otherwise. */
export function findLevel(framework: Framework, text: string): FrameworkLevel | undefined {
  const key = normaliseText(text);
  if (key === "") return undefined;
  return framework.levels.find((level) =>
    [level.id, level.name, level.code].some((label) => normaliseText(label) === key)
  );
}

/** 0 for the least concern. */
export const rankOf = (framework: Framework, level: FrameworkLevel): number =>
  framework.levels.findIndex((candidate) => candidate.id === level.id);

export const levelNames = (framework: Framework): string =>
  framework.levels.map((level) => level.name).join(", ");

/** Whether a history row's framework cell names this framework (by id or name). */
export const isFramework = (framework: Framework, text: string): boolean =>
  [framework.id, framework.name].some((label) => normaliseText(label) === normaliseText(text));
