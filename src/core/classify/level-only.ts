import type { Framework } from "../frameworks/types";
import type { CellValue } from "../values/cell";
import { bestFitRank } from "./best-fit";
import { compileFramework, type CompiledFramework } from "./compile";
import { BLANK, INVALID, resolveValue, UNAVAILABLE } from "./resolve";
import { trustHeldMissing } from "./trust-held";

export const LEVEL_ONLY_NOT_ENOUGH_EVIDENCE = -1;
export const LEVEL_ONLY_INVALID = -2;

interface Scratch {
  froms: Int32Array;
  tos: Int32Array;
  memberFroms: Int32Array;
  memberTos: Int32Array;
  /** 1 for a piece trustHeldMissing names when it is missing. */
  trustHeld: Uint8Array;
}
const scratches = new WeakMap<CompiledFramework, Scratch>();
// The last framework's scratch, so a call over 25,000 rows of one framework skips the WeakMap.
let last: { compiled: CompiledFramework; scratch: Scratch } | undefined;

function scratchFor(compiled: CompiledFramework): Scratch {
  if (last?.compiled === compiled) return last.scratch;
  let scratch = scratches.get(compiled);
  if (!scratch) {
    const size = Math.max(1, compiled.criteria.length);
    scratch = {
      froms: new Int32Array(size),
      tos: new Int32Array(size),
      memberFroms: new Int32Array(size),
      memberTos: new Int32Array(size),
      trustHeld: Uint8Array.from(
        compiled.pieces,
        ({ label }) => trustHeldMissing(compiled, [label]).length
      ),
    };
    scratches.set(compiled, scratch);
  }
  last = { compiled, scratch };
  return scratch;
}

/**
 * The fast path: the level's rank (0 = least concern) from one row of values ordered as the
 * framework's criteria, with value floors; LEVEL_ONLY_NOT_ENOUGH_EVIDENCE or LEVEL_ONLY_INVALID
 * otherwise. Gives the same level as `classify` for the same values without inspections.
 * `out.shape` gets, for a row with too little evidence, each piece's state in base 4 (supplied,
 * not applicable, missing and held by the trust, neither): all `classify`'s "not enough
 * evidence" message reads, so rows of one shape share it (exact up to 26 pieces).
 */
export function classifyLevelOnly(
  framework: Framework | CompiledFramework,
  values: ArrayLike<CellValue | undefined>,
  out?: { shape: number }
): number {
  const compiled = "levelCount" in framework ? framework : compileFramework(framework);
  const { criteria, pieces, levelCount } = compiled;
  const scratch = scratchFor(compiled);
  let supplied = 0;
  let floor = -1;
  let shape = 0;
  for (let p = 0; p < pieces.length; p++) {
    const members = pieces[p].members;
    let count = 0;
    let notApplicable = 0;
    let unavailable = false;
    let primaryFrom = -1;
    let primaryTo = -1;
    for (let m = 0; m < members.length; m++) {
      const entry = criteria[members[m]];
      const resolved = resolveValue(entry, values[members[m]]);
      if (resolved < 0) {
        if (resolved === INVALID) return LEVEL_ONLY_INVALID;
        if (resolved === UNAVAILABLE) unavailable = true;
        else if (resolved !== BLANK) notApplicable++;
        continue;
      }
      const row = entry.rows[resolved];
      if (row.notApplicable) {
        notApplicable++;
        continue;
      }
      if (row.floorRank > floor) floor = row.floorRank;
      if (m === 0) {
        primaryFrom = row.from;
        primaryTo = row.to;
      }
      scratch.memberFroms[count] = row.from;
      scratch.memberTos[count] = row.to;
      count++;
    }
    shape =
      shape * 4 +
      (count
        ? 0
        : notApplicable === members.length
          ? 1
          : unavailable || !scratch.trustHeld[p]
            ? 2
            : 3);
    if (count === 0) continue;
    if (primaryFrom >= 0) {
      scratch.froms[supplied] = primaryFrom;
      scratch.tos[supplied] = primaryTo;
    } else if (count === 1) {
      scratch.froms[supplied] = scratch.memberFroms[0];
      scratch.tos[supplied] = scratch.memberTos[0];
    } else {
      const rank = bestFitRank(scratch.memberFroms, scratch.memberTos, count, levelCount);
      scratch.froms[supplied] = rank;
      scratch.tos[supplied] = rank;
    }
    supplied++;
  }
  if (out) out.shape = shape;
  if (supplied < compiled.framework.minEvidence)
    return floor >= 0 ? floor : LEVEL_ONLY_NOT_ENOUGH_EVIDENCE;
  const best = bestFitRank(scratch.froms, scratch.tos, supplied, levelCount);
  return best > floor ? best : floor;
}
