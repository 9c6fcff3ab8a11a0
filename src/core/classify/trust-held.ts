import type { CompiledFramework } from "./compile";

/**
 * Criteria TrustTier can derive from published data (src/core/published/derived-evidence.ts
 * writes them under these headers); a test keeps the two lists in step. Every other criterion
 * but Ofsted's is evidence only the trust holds: visits, reviews, reports.
 */
export const PUBLISHED_DATA_CRITERIA: readonly string[] = [
  "Historic performance",
  "National tests",
  "Attendance and PA",
];

/** Labels of the missing pieces only the trust can supply (no inspection, nothing derivable). */
export function trustHeldMissing(
  compiled: CompiledFramework,
  missing: readonly string[]
): string[] {
  const derivable = new Set(PUBLISHED_DATA_CRITERIA.map((label) => label.toLowerCase()));
  return compiled.pieces
    .filter(
      (piece) =>
        missing.includes(piece.label) &&
        !derivable.has(piece.label.toLowerCase()) &&
        piece.members.every((index) => compiled.criteria[index].criterion.kind === "choice")
    )
    .map((piece) => piece.label);
}

const listWith = (labels: readonly string[], last: string): string =>
  labels.length <= 1
    ? (labels[0] ?? "")
    : `${labels.slice(0, -1).join(", ")} ${last} ${labels[labels.length - 1]}`;

/**
 * "needs QA visits or Partnership review" (one more piece wanted), "needs 2 of QA visits,
 * Partnership review, Other external reports", or "needs QA visits and Partnership review".
 */
export function trustHeldNeed(labels: readonly string[], wanted: number): string {
  if (labels.length === 0 || wanted <= 0) return "";
  if (wanted === 1) return `needs ${listWith(labels, "or")}`;
  if (wanted >= labels.length) return `needs ${listWith(labels, "and")}`;
  return `needs ${wanted} of ${labels.join(", ")}`;
}
