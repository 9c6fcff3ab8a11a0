import type { Problem } from "../problems";
import type { EvidenceProblem, InvalidEvidence } from "./types";

/** Where a criterion's value sits, when the caller knows (a sheet, its row and column). */
export type EvidenceLocator = (
  problem: EvidenceProblem
) => Pick<Problem, "sheet" | "row" | "column" | "header"> | undefined;

/**
 * The evidence a classification could not read, as Problems: the one vocabulary once a result
 * leaves the core. Each is `invalid`, names the criterion as its field and the value found; at a
 * school, the message names the school first. `locate` places it on a sheet where one is known.
 */
export function evidenceProblems(
  result: Pick<InvalidEvidence, "problems">,
  at: { readonly school?: string; readonly urn?: number; readonly locate?: EvidenceLocator } = {}
): Problem[] {
  return result.problems.map((problem) => {
    const place = at.locate?.(problem);
    return {
      code: "invalid" as const,
      ...(place ?? {}),
      ...(at.school !== undefined ? { school: at.school } : {}),
      ...(at.urn !== undefined ? { urn: at.urn } : {}),
      field: problem.criterion,
      ...(problem.value !== undefined ? { value: problem.value } : {}),
      message: at.school !== undefined ? `${at.school}: ${problem.message}` : problem.message,
    };
  });
}
