import { annotateRenamedBodies } from "../frameworks/builtin/renamed-bodies";
import type { Problem } from "../problems";
import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { describeValue } from "../values/parsed";
import { normaliseText } from "../values/text";

/** Schools Causing Concern levels, 002 section 6 and 004 Table 3. */
export type SccLevel = 1 | 2 | 3 | 4;

export type SccProgress = "responding well" | "insufficient progress";

/** What the trust does when a school at a level responds well; the seeds leave it to the trust. */
export type SccOnGoodProgress = "stay" | "step down";

export type SccResult =
  | {
      ok: true;
      level: SccLevel | 0;
      change: "stays" | "moves up" | "steps down" | "leaves SCC";
      reason: string;
    }
  | {
      ok: false;
      /** What cannot be read, as the one vocabulary: the field is `level` or `progress`. */
      problems: readonly Problem[];
      /** The same, as one line (TRUST.SCCLEVEL shows it in the cell's #VALUE!). */
      message: string;
    };

function refused(problem: Problem): SccResult {
  return { ok: false, problems: [problem], message: problem.message };
}

const PROGRESS: Record<string, SccProgress> = {
  "responding well": "responding well",
  "respond well": "responding well",
  "responds well": "responding well",
  "improvements in line with expectations": "responding well",
  "in line with expectations": "responding well",
  good: "responding well",
  "insufficient progress": "insufficient progress",
  "concerns remain": "insufficient progress",
  "the concerns remain": "insufficient progress",
  insufficient: "insufficient progress",
  "not in line with expectations": "insufficient progress",
};

const SOURCE =
  '002 section 6 / 004 Table 3: "Move to level 2/3/4" when "monitoring identifies insufficient progress" or "The concerns remain"';

/**
 * The next SCC level. "Head teacher/Governors/School Leaders respond well to the plan and
 * monitoring identifies improvements in line with expectations": the school stays (or steps
 * down a level, where the trust's setting says so; from level 1 it leaves SCC). "Insufficient
 * progress" / "concerns remain": it moves up a level; level 4 is the ceiling, where "Relevant
 * action is taken which may include changes in leadership".
 */
export function sccNextLevel(
  current: CellValue,
  progress: CellValue,
  onGoodProgress: SccOnGoodProgress = "stay"
): SccResult {
  const level =
    typeof current === "number"
      ? current
      : Number(String(current ?? "").replace(/^\s*level\s*/i, ""));
  if (isBlank(current) || !Number.isInteger(level) || level < 1 || level > 4) {
    return refused({
      code: isBlank(current) ? "missing" : "invalid",
      field: "level",
      ...(isBlank(current) ? {} : { value: current }),
      message: `SCC level ${describeValue(current)} is not recognised; expected 1, 2, 3 or 4`,
    });
  }
  const reading = PROGRESS[normaliseText(String(progress ?? ""))];
  if (!reading) {
    return refused({
      code: isBlank(progress) ? "missing" : "invalid",
      field: "progress",
      ...(isBlank(progress) ? {} : { value: progress }),
      message: `progress ${describeValue(progress)} is not recognised; expected Responding well (improvements in line with expectations) or Insufficient progress (concerns remain)`,
    });
  }
  const at = level as SccLevel;
  if (reading === "insufficient progress") {
    if (at === 4)
      return {
        ok: true,
        level: 4,
        change: "stays",
        reason: annotateRenamedBodies(
          `level 4 is the highest: "Relevant action is taken which may include changes in leadership or at Governor level and possible involvement of the RSC" (${SOURCE})`
        ),
      };
    return { ok: true, level: (at + 1) as SccLevel, change: "moves up", reason: SOURCE };
  }
  if (onGoodProgress === "stay")
    return {
      ok: true,
      level: at,
      change: "stays",
      reason: "responding well: the trust's setting keeps the school at its level",
    };
  if (at === 1)
    return {
      ok: true,
      level: 0,
      change: "leaves SCC",
      reason: "responding well at level 1: the trust's setting steps the school out of SCC",
    };
  return {
    ok: true,
    level: (at - 1) as SccLevel,
    change: "steps down",
    reason: "responding well: the trust's setting steps the school down a level",
  };
}
