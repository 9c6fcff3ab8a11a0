import { zeroAsBlank } from "./blanks";
import { overCells } from "./elementwise";
import { CellFailure, type ResultGrid } from "./failure";
import { findLevel } from "./levels";
import { readBuiltinFramework } from "./readers";

/** TRUST.SUPPORT: the support offer at each level (no built-in level is 0: 0 is blank). */
export function support(framework: unknown, level: unknown): ResultGrid {
  const chosen = readBuiltinFramework(framework);
  return overCells([["level", zeroAsBlank(level)]], ([value], at) => {
    const found = findLevel(chosen, value, `level${at}`);
    if (found instanceof CellFailure) return found;
    return found.support || `${chosen.name} states no support offer for ${found.name}`;
  });
}
