import { proposalCellUpdate } from "../../../src/core/baseline";
import type { ContentCell } from "../../../src/core/layout/content";

const sheet = (text: unknown): ContentCell[] => [
  { row: 40, col: 0, value: "Proposed initial level" },
  { row: 40, col: 1, value: text as string },
  { row: 41, col: 0, value: "The trust must gather" },
];
const BASELINE = "No proposal yet: not enough evidence (2 of 5 criteria supplied)";
const join = {
  text: "Due-diligence proposal: Category 2 (Insecure; 5 of 5 criteria)",
  asOf: "2026-09-01",
  baselineAsOf: "2026-06-30",
};

describe("the join's proposal on the Baseline sheet", () => {
  it("is written dated before the baseline's own wording, kept as 'at baseline (date)'", () => {
    expect(proposalCellUpdate(sheet(BASELINE), join)).toEqual({
      kind: "write",
      row: 40,
      col: 1,
      value: `At join (as of 2026-09-01): ${join.text}. At baseline (2026-06-30): ${BASELINE}`,
    });
  });

  it("a later join replaces only the join's part; the same proposal changes nothing", () => {
    const first = proposalCellUpdate(sheet(BASELINE), join);
    const written = first.kind === "write" ? first.value : "";
    expect(proposalCellUpdate(sheet(written), join)).toEqual({ kind: "same" });
    const later = proposalCellUpdate(sheet(written), {
      ...join,
      asOf: "2026-10-01",
      text: "Due-diligence proposal: Category 3 (Secure; 5 of 5 criteria)",
    });
    expect(later).toMatchObject({
      kind: "write",
      value: `At join (as of 2026-10-01): Due-diligence proposal: Category 3 (Secure; 5 of 5 criteria). At baseline (2026-06-30): ${BASELINE}`,
    });
    expect(proposalCellUpdate(sheet(BASELINE), { ...join, text: BASELINE })).toEqual({
      kind: "same",
    });
  });

  it("never changes what a person typed in the cell", () => {
    expect(proposalCellUpdate(sheet("Board agreed Category 3 on 12 July"), join)).toEqual({
      kind: "kept",
      reason: "B41 holds text TrustTier did not write; it is kept as typed",
    });
    expect(proposalCellUpdate([], join)).toMatchObject({ kind: "kept" });
  });
});
