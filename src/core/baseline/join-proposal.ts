import type { ContentCell } from "../layout/content";
import { normaliseText } from "../values/text";
import { PROPOSED_LEVEL_LABEL } from "./layout";
import { DUE_DILIGENCE_PROPOSAL } from "./proposal";

/** How the join dates its newer proposal on the Baseline sheet: "At join (as of 2026-09-01): …". */
const AT_JOIN = /^At join \(as of [^)]*\): /;
const AT_BASELINE = " At baseline (";

/** The words a Baseline sheet's proposal cell starts with when TrustTier wrote it. */
const OWN_STARTS = [`${DUE_DILIGENCE_PROPOSAL}:`, "No proposal yet:", "Evidence cannot be read:"];

export type ProposalCellUpdate =
  | { kind: "write"; row: number; col: number; value: string }
  | { kind: "same" }
  /** A person changed the cell (or removed the row): it is kept, and the reason said. */
  | { kind: "kept"; reason: string };

/**
 * The Baseline sheet is the due-diligence record as made on its date; a join reads the
 * evidence again and may propose a level the baseline could not. So that the workbook does not
 * disagree with itself, the proposal cell gets the join's proposal, dated, with the baseline's
 * own wording kept after it: "At join (as of 2026-09-01): Due-diligence proposal: Category 2
 * (…). At baseline (2026-11-30): No proposal yet: …". A cell whose text TrustTier did not
 * write is a person's and is never changed.
 */
export function proposalCellUpdate(
  cells: readonly ContentCell[],
  update: { text: string; asOf: string; baselineAsOf: string }
): ProposalCellUpdate {
  const labelRow = cells.find(
    (c) =>
      c.col === 0 && normaliseText(String(c.value ?? "")) === normaliseText(PROPOSED_LEVEL_LABEL)
  )?.row;
  if (labelRow === undefined) {
    return { kind: "kept", reason: `no "${PROPOSED_LEVEL_LABEL}" row on the sheet` };
  }
  const cell = cells.find((c) => c.row === labelRow && c.col === 1);
  const current = typeof cell?.value === "string" ? cell.value.trim() : "";
  let original: string;
  if (AT_JOIN.test(current) && current.includes(AT_BASELINE)) {
    original = current.slice(current.indexOf(AT_BASELINE) + 1);
  } else if (OWN_STARTS.some((start) => current.startsWith(start))) {
    if (current === update.text) return { kind: "same" };
    original = `At baseline (${update.baselineAsOf}): ${current}`;
  } else {
    return {
      kind: "kept",
      reason: `${cellName(labelRow)} holds text TrustTier did not write; it is kept as typed`,
    };
  }
  const value = `At join (as of ${update.asOf}): ${update.text}. ${original}`;
  return value === current ? { kind: "same" } : { kind: "write", row: labelRow, col: 1, value };
}

const cellName = (row: number) => `B${row + 1}`;
