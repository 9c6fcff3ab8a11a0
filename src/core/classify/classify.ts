import type { Framework, FrameworkLevel } from "../frameworks/types";
import { inspectionFactsOf, stuckStatus } from "../inspections/history";
import { normaliseText } from "../values/text";
import { agreementAt, bestFitRank } from "./best-fit";
import { collectEvidence, securityOf } from "./collect";
import { compileFramework, type CompiledFramework } from "./compile";
import { nextReviewDate } from "./next-review";
import { trustHeldMissing, trustHeldNeed } from "./trust-held";
import type {
  AppliedFloor,
  Classification,
  ClassifyOptions,
  Evidence,
  EvidenceProblem,
} from "./types";

function findLevel(framework: Framework, text: string): FrameworkLevel | undefined {
  const key = normaliseText(text);
  return framework.levels.find((level) =>
    [level.id, level.name, level.code].some((label) => normaliseText(label) === key)
  );
}

function appliedFloor(
  compiled: CompiledFramework,
  floor: Framework["floors"][number],
  detail?: string
): AppliedFloor {
  const rank = compiled.rankOf.get(floor.level) as number;
  return {
    id: floor.id,
    label: detail ? `${floor.label}: ${detail}` : floor.label,
    level: compiled.levels[rank],
    source: floor.source,
    ...(floor.consequence ? { consequence: floor.consequence } : {}),
  };
}

/**
 * Classifies one school: the best fit of the supplied evidence, lifted by any floor, as a
 * proposal for the board. Unknown values are problems naming the value and the accepted forms;
 * too few pieces of evidence give "not enough evidence" unless a floor decides on its own.
 */
export function classify(
  framework: Framework,
  evidence: Evidence,
  options: ClassifyOptions
): Classification {
  const compiled = compileFramework(framework);
  const collected = collectEvidence(compiled, evidence, options.asOf);
  const warnings: string[] = [];
  const problems: EvidenceProblem[] = [...collected.problems];

  let stated: Classification["stated"];
  if (evidence.stated && evidence.stated.level.trim() !== "") {
    const level = findLevel(framework, evidence.stated.level);
    if (level)
      stated = {
        level,
        ...(evidence.stated.security ? { security: evidence.stated.security } : {}),
      };
    else {
      problems.push({
        criterion: "stated",
        label: "Stated classification",
        value: evidence.stated.level,
        message: `stated classification '${evidence.stated.level}' is not a level of ${framework.name}; expected one of: ${framework.levels.map((l) => l.name).join(", ")}`,
      });
    }
  }

  const floors: AppliedFloor[] = [];
  let floorRank = -1;
  const applyFloor = (
    floor: Framework["floors"][number],
    rank: number,
    predecessor: boolean,
    detail?: string
  ): void => {
    if (predecessor) {
      warnings.push(
        `${floor.label}: the outcome belongs to a predecessor school, so the floor (at least ${compiled.levels[rank].name}) is not applied; the board should consider it`
      );
      return;
    }
    if (floors.some((applied) => applied.id === floor.id)) return;
    floors.push(appliedFloor(compiled, floor, detail));
    if (floor.consequence) warnings.push(`${floor.label}: ${floor.consequence}`);
    floorRank = Math.max(floorRank, rank);
  };
  for (const { row, item } of collected.readRows) {
    for (const floor of row.floors)
      applyFloor(floor, compiled.rankOf.get(floor.level) as number, item.predecessor);
  }
  for (const finding of inspectionFactsOf(evidence.inspections ?? [])) {
    for (const note of finding.notes) if (!warnings.includes(note)) warnings.push(note);
    for (const { fact, rank, floor } of compiled.factFloors)
      if (fact === finding.fact) applyFloor(floor, rank, finding.predecessor, finding.detail);
  }
  warnings.push(...collected.ownWords);
  for (const item of collected.stale) {
    warnings.push(`${item.label}: evidence dated ${item.date} is older than the framework's limit`);
  }

  const base = {
    framework: framework.id,
    pieces: collected.pieces,
    supplied: collected.pieces.length,
    required: framework.minEvidence,
    applicable: compiled.pieces.length - collected.notApplicable.length,
    missing: collected.missing,
    notApplicable: collected.notApplicable,
    unavailable: collected.unavailable,
    stale: collected.stale,
    warnings,
    ...(evidence.inspections && evidence.inspections.length > 0
      ? { stuck: stuckStatus(evidence.inspections) }
      : {}),
    ...(stated ? { stated } : {}),
  };

  if (problems.length > 0) {
    return {
      ...base,
      status: "invalid",
      problems,
      message: problems.map((problem) => problem.message).join("; "),
    };
  }
  const froms = collected.pieces.map((piece) => piece.from);
  const tos = collected.pieces.map((piece) => piece.to);
  const enough = collected.pieces.length >= framework.minEvidence;
  if (!enough && floorRank < 0) {
    const trustHeld = trustHeldMissing(compiled, collected.missing);
    const need = trustHeldNeed(trustHeld, framework.minEvidence - collected.pieces.length);
    return {
      ...base,
      status: "not enough evidence",
      trustHeldMissing: trustHeld,
      message: `not enough evidence (${collected.pieces.length} of ${base.applicable} criteria; ${framework.name} needs ${framework.minEvidence})${need ? `: ${need}` : ""}`,
    };
  }
  const bestFit = enough ? bestFitRank(froms, tos, froms.length, compiled.levelCount) : -1;
  const rank = Math.max(bestFit, floorRank);
  const level = compiled.levels[rank];
  const agreement = agreementAt(froms, tos, froms.length, rank);
  if (!enough)
    warnings.push(
      `a floor decides: too little evidence for a best fit (${collected.pieces.length} of ${framework.minEvidence} needed)`
    );
  if (stated && stated.level.id !== level.id)
    warnings.push(
      `self-assessed (AES) ${stated.level.name} differs from the computed ${level.name}: for the Director of Education to moderate`
    );
  return {
    ...base,
    status: "classified",
    level,
    rank,
    ...(bestFit >= 0 ? { bestFit: compiled.levels[bestFit] } : {}),
    agreement,
    security: securityOf(agreement, framework.secureAt, framework.borderlineAt),
    drivers: collected.pieces.filter((piece) => piece.from >= rank),
    floors,
    nextReview: nextReviewDate(level.cadence, options.asOf, options.termDates),
  };
}
