import type { Framework, FrameworkLevel } from "../../core/frameworks/types";
import type { CellValue } from "../../core/values/cell";
import { describeValue } from "../../core/values/parsed";
import { normaliseText } from "../../core/values/text";
import { invalidValue, notAvailable, type CellFailure } from "./failure";
import { isBlankInput } from "./excel-input";

/** A framework level written as its name, short code or id, any case ("Category 3", "3", "cat3"). */
export function findLevel(
  framework: Framework,
  value: CellValue,
  where: string
): FrameworkLevel | CellFailure {
  if (isBlankInput(value)) return notAvailable(`${where} is blank`);
  const key = normaliseText(String(value));
  const level = framework.levels.find((candidate) =>
    [candidate.name, candidate.code, candidate.id].some((label) => normaliseText(label) === key)
  );
  return (
    level ??
    invalidValue(
      `${where} ${describeValue(value)} is not a level of ${framework.name}; expected one of: ${framework.levels.map((l) => l.name).join(", ")}`
    )
  );
}
