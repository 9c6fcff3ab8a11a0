import { curriculumTier } from "../../core/classify/curriculum-tier";
import { zeroAsBlank } from "./blanks";
import { overCells } from "./elementwise";
import { invalidValue, type ResultGrid } from "./failure";

export const NO_MATCHING_TIER = "no matching tier";

/**
 * TRUST.CURRICULUM: a subject area's tier (1-5) from 001's table, or "no matching tier". Every
 * argument is a word, so 0 (a blank cell on older desktops) is blank.
 */
export const curriculum = (
  intent: unknown,
  implementation: unknown,
  impact: unknown,
  capacity: unknown
): ResultGrid =>
  overCells(
    [
      ["intent", zeroAsBlank(intent)],
      ["implementation", zeroAsBlank(implementation)],
      ["impact", zeroAsBlank(impact)],
      ["capacity", zeroAsBlank(capacity)],
    ],
    ([i, m, p, c], at) => {
      const result = curriculumTier(i, m, p, c);
      if (result.ok) return result.tier;
      if (result.reason === "no matching tier") return NO_MATCHING_TIER;
      return invalidValue(at ? `${at.trim()}: ${result.message}` : result.message);
    }
  );
