import { TARGETS_HEADERS, TRUSTTIER_PROPOSAL, targetsTableWrites } from "../../../src/core/targets";
import type { CellGrid, CellValue } from "../../../src/core/values/cell";

/** A Targets row under TARGETS_HEADERS from the columns given. */
const row = (cells: Partial<Record<(typeof TARGETS_HEADERS)[number], CellValue>>) =>
  TARGETS_HEADERS.map((h) => cells[h] ?? null);

const proposal = (urn: number, code: string, target: number) =>
  row({
    URN: urn,
    "Measure code": code,
    "Academic year": "2026/27",
    Target: target,
    Method: TRUSTTIER_PROPOSAL,
  });

describe("writing Targets by key", () => {
  it("updates open proposals in place, appends new ones, and never writes a person's row or column", () => {
    const headers = ["Notes", ...TARGETS_HEADERS.slice(0, 5)];
    const short = (cells: CellValue[]) => cells.slice(0, 5);
    const current: CellGrid = [
      headers,
      [
        "typed",
        ...short(
          row({ URN: 1, "Measure code": "attendance", "Academic year": "2026/27", Target: 97 })
        ),
      ],
      ["ours", ...short(proposal(2, "attendance", 95))],
      ["gone", ...short(proposal(3, "attendance", 94))],
    ];
    const plan = {
      grid: [
        TARGETS_HEADERS as unknown as CellValue[],
        proposal(2, "attendance", 96),
        proposal(4, "attendance", 93),
      ],
      proposed: 2,
    };
    const writes = targetsTableWrites(current, plan, "2026/27", 3);
    expect(writes.addHeaders).toEqual(TARGETS_HEADERS.slice(5));
    // Only the open proposal's cell is written; the person's row and the one left stay as they are.
    expect(writes.columnUpdates).toEqual([
      { header: "Target", values: [undefined, 96, undefined] },
    ]);
    expect(writes.updated).toBe(1);
    expect(writes.appends).toEqual([
      [null, 4, "attendance", "2026/27", 93, TRUSTTIER_PROPOSAL, ...Array(12).fill(null)],
    ]);
    expect(writes.leftRows).toEqual([6]);
  });
});
