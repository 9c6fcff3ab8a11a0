import type { Classified, EvidencePiece } from "../../../src/core/classify/types";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";

export const piece = (id: string, label: string, display: string): EvidencePiece => ({
  id,
  label,
  from: 2,
  to: 3,
  items: [
    {
      criterion: id,
      label,
      display,
      value: display,
      from: 2,
      to: 3,
      stale: false,
      fromInspection: false,
      predecessor: false,
    },
  ],
});

/** A classification as the engine returns it, with the given drivers. */
export function classified(
  frameworkId: string,
  levelId: string,
  drivers: EvidencePiece[]
): Classified {
  const framework = getBuiltinFramework(frameworkId);
  const level = framework?.levels.find((l) => l.id === levelId);
  if (!framework || !level) throw new Error(`no ${frameworkId} ${levelId}`);
  return {
    status: "classified",
    framework: framework.name,
    level,
    rank: framework.levels.indexOf(level),
    agreement: 1,
    security: "Secure",
    drivers,
    floors: [],
    nextReview: "2026-01-05",
    pieces: drivers,
    supplied: drivers.length,
    required: 1,
    applicable: drivers.length,
    missing: [],
    notApplicable: [],
    unavailable: [],
    stale: [],
    warnings: [],
  };
}

export const SCHOOL = { urn: 900104, name: "Dunmore Academy" };
