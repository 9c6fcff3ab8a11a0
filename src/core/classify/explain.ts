import { moderationOf, moderationText } from "./moderation";
import type { Classification, EvidencePiece } from "./types";

function describePiece(piece: EvidencePiece): string {
  return piece.items.map((item) => `${item.label} ${item.display}`).join(", ");
}

/**
 * One readable sentence: "Category 3 (proposed): Ofsted 3, QA visits some issues, Partnership
 * review some issues; no floor; 5 of 5 criteria; Borderline".
 */
export function explain(result: Classification): string {
  if (result.status === "invalid") return result.message;
  if (result.status === "not enough evidence") return result.message;
  const bestFit = result.bestFit
    ? `best fit ${result.bestFit.name}`
    : "too little evidence for a best fit";
  const drivers =
    result.drivers.length > 0 ? result.drivers.map(describePiece).join(", ") : bestFit;
  const floors =
    result.floors.length > 0
      ? `floor: ${result.floors.map((floor) => floor.label).join(", ")}`
      : "no floor";
  const parts = [
    `${result.level.name} (proposed): ${drivers}`,
    floors,
    `${result.supplied} of ${result.applicable} criteria`,
    result.security,
  ];
  if (result.stale.length > 0)
    parts.push(`stale: ${result.stale.map((item) => item.label).join(", ")}`);
  if (result.stuck?.stuck)
    parts.push(
      result.stuck.reading ? "stuck school (DfE; TrustTier reading)" : "stuck school (DfE)"
    );
  const moderation = moderationOf(result);
  if (moderation) parts.push(moderationText(moderation));
  return parts.join("; ");
}
