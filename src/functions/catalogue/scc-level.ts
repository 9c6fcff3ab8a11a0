import { sccNextLevel, type SccOnGoodProgress } from "../../core/classify/scc";
import { describeValue } from "../../core/values/parsed";
import { normaliseText } from "../../core/values/text";
import { zeroAsBlank } from "./blanks";
import { overCells } from "./elementwise";
import { isBlankInput, readPlainScalar } from "./excel-input";
import { ArgumentProblem, invalidValue, type ResultGrid } from "./failure";

const RULES: Record<string, SccOnGoodProgress> = { stay: "stay", "step down": "step down" };

function readOnGoodProgress(argument: unknown): SccOnGoodProgress {
  const value = readPlainScalar(zeroAsBlank(argument), "onGoodProgress");
  if (isBlankInput(value)) return "stay";
  const rule = RULES[normaliseText(String(value))];
  if (!rule)
    throw new ArgumentProblem(
      "invalidValue",
      `onGoodProgress ${describeValue(value)} is not recognised; expected stay or step down`
    );
  return rule;
}

/**
 * TRUST.SCCLEVEL: the next Schools Causing Concern level (0: the school leaves SCC). progress
 * is a word, so 0 there is blank; currentLevel 0 stays 0 (refused, as a blank is).
 */
export function sccLevel(
  currentLevel: unknown,
  progress: unknown,
  onGoodProgress: unknown
): ResultGrid {
  const rule = readOnGoodProgress(onGoodProgress);
  return overCells(
    [
      ["currentLevel", currentLevel],
      ["progress", zeroAsBlank(progress)],
    ],
    ([level, said], at) => {
      const result = sccNextLevel(level, said, rule);
      if (result.ok) return result.level;
      return invalidValue(at ? `${at.trim()}: ${result.message}` : result.message);
    }
  );
}
