import { layoutContent } from "../../../src/core/layout/content";
import { layoutProblems } from "../../../src/core/layout/validate-layout";
import {
  SCC_ENTRY_REASONS,
  SCC_LEVEL_TEXT,
  sccEntry,
  sccTrackerLayout,
  sccTrail,
} from "../../../src/core/plans";
import { SCHOOL } from "./fixtures";

const entered = (...args: Parameters<typeof sccEntry>) => {
  const entry = sccEntry(...args);
  if (!entry.ok) throw new Error(entry.problems.map((p) => p.message).join("; "));
  return entry.value;
};
const trailOf = (...args: Parameters<typeof sccTrail>) => {
  const trail = sccTrail(...args);
  if (!trail.ok) throw new Error(trail.problems.map((p) => p.message).join("; "));
  return trail.value;
};

describe("Schools Causing Concern entry", () => {
  it("enters for an Ofsted category of concern or a trust-raised concern only", () => {
    expect(entered("Ofsted category of concern", "2025-10-01").reason).toBe(
      "Ofsted category of concern"
    );
    expect(entered("Concern raised by the Trust", "2025-10-01").reason).toBe(
      "Concern raised by the Trust"
    );
  });

  it("returns any other reason as a Problem, never a throw: the level alone is not a reason", () => {
    const refused = sccEntry("Category 4", "2025-10-01");
    expect(refused).toMatchObject({
      ok: false,
      problems: [
        {
          code: "not-allowed",
          field: "reason",
          value: "Category 4",
          message: expect.stringMatching(/not for "Category 4"/),
        },
      ],
    });
  });
});

describe("SCC level transitions", () => {
  const poor = (date: string) => ({ date, verdict: "Insufficient progress" as const });
  const good = (date: string) => ({ date, verdict: "Responding well" as const });

  it("insufficient progress moves up one level a review, to level 4 at most", () => {
    const trail = trailOf([
      poor("2025-10-20"),
      poor("2025-12-15"),
      poor("2026-02-09"),
      poor("2026-03-30"),
    ]);
    expect(trail.map((s) => [s.before, s.after])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 4],
    ]);
  });

  it("responding well stays by default; the trust's step-down setting steps down and out", () => {
    expect(trailOf([poor("2025-10-20"), good("2025-12-15")]).map((s) => s.after)).toEqual([2, 2]);
    const down = trailOf(
      [poor("2025-10-20"), good("2025-12-15"), good("2026-02-09"), good("2026-03-30")],
      "step down"
    );
    expect(down.map((s) => s.after)).toEqual([2, 1, 0]);
    expect(down[2].change).toBe("leaves SCC");
  });

  it("returns a verdict it cannot read as a Problem naming the review", () => {
    const trail = sccTrail([poor("2025-10-20"), { date: "2025-12-15", verdict: "meh" as never }]);
    expect(trail).toMatchObject({
      ok: false,
      problems: [
        { field: "progress", message: expect.stringMatching(/^review 2: progress 'meh'/) },
      ],
    });
  });
});

describe("SCC tracker sheet", () => {
  const tracker = sccTrackerLayout({
    sheetName: "SCC 900104",
    school: SCHOOL,
    entry: entered("Concern raised by the Trust", "2025-10-01", "=cmd|' /C calc'!A0"),
    reviews: [{ date: "2025-12-15", verdict: "Insufficient progress" }],
  });
  const content = layoutContent(tracker.layout);
  const text = content.map((c) => String(c.value ?? "")).join("\n");

  it("quotes each level's text and labels stepping down as the trust's own setting", () => {
    for (const level of [1, 2, 3, 4] as const) expect(text).toContain(SCC_LEVEL_TEXT[level]);
    expect(text).toContain("The trust's own setting: the seeds give no rule");
    expect(text).toMatch(
      /CONFIDENTIAL: notes bearing on the head teacher's performance management/
    );
    expect(layoutProblems(tracker.layout)).toEqual([]);
  });

  it("prints without the confidential performance-management block", () => {
    const notes = tracker.layout.cells.find((c) =>
      String(c.value ?? "").startsWith("CONFIDENTIAL")
    )!;
    const area = tracker.layout.print!.area!;
    expect(area.row + area.rows!).toBeLessThanOrEqual(notes.row);
    const reviews = tracker.layout.cells.filter(
      (c) => c.row >= tracker.reviewRow && c.row < notes.row
    );
    for (const cell of reviews) expect(cell.row).toBeLessThan(area.row + area.rows!);
  });

  it("review rows compute the resulting level with TRUST.SCCLEVEL from the level before", () => {
    const first = tracker.reviewRow;
    const cell = (row: number, col: number) =>
      tracker.layout.cells.find((c) => c.row === row && c.col === col);
    expect(cell(first, 1)?.value).toBe(1);
    expect(cell(first, 3)?.formula).toBe(
      `=IF(C${first + 1}="","",TRUST.SCCLEVEL(B${first + 1},C${first + 1},$B$5))`
    );
    expect(cell(first + 1, 1)?.formula).toBe(`=IF(D${first + 1}="","",D${first + 1})`);
    expect(cell(first, 0)?.numberFormat).toMatch(/yyyy/);
  });

  it("drop-downs for entry reason, the trust's setting and the verdict; text stays text", () => {
    const sources = tracker.layout.validations!.map((v) => v.source);
    expect(sources).toContainEqual({ items: [...SCC_ENTRY_REASONS] });
    expect(sources).toContainEqual({ items: ["stay", "step down"] });
    expect(sources).toContainEqual({ items: ["Responding well", "Insufficient progress"] });
    expect(content.some((c) => c.value === "=cmd|' /C calc'!A0" && c.formula === undefined)).toBe(
      true
    );
  });
});

describe("SCC tracker written to a file", () => {
  const tracker = sccTrackerLayout({
    sheetName: "SCC 900104",
    school: SCHOOL,
    entry: entered("Ofsted category of concern", "2025-10-01"),
    reviews: [
      { date: "2025-12-15", verdict: "Insufficient progress" },
      { date: "2026-02-10", verdict: "Insufficient progress" },
    ],
    formulas: "values",
  });
  const cell = (row: number, col: number) =>
    tracker.layout.cells.find((c) => c.row === row && c.col === col);

  it("holds computed levels, with the TRUST.SCCLEVEL formula beside them as text", () => {
    const first = tracker.reviewRow;
    expect([cell(first, 1)?.value, cell(first, 3)?.value]).toEqual([1, 2]);
    expect([cell(first + 1, 1)?.value, cell(first + 1, 3)?.value]).toEqual([2, 3]);
    expect(cell(first, 5)?.value).toBe(
      `=IF(C${first + 1}="","",TRUST.SCCLEVEL(B${first + 1},C${first + 1},$B$5))`
    );
    expect(tracker.layout.cells.some((c) => c.formula?.includes("TRUST."))).toBe(false);
  });
});
