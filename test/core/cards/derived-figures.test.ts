import { CHECK_COL } from "../../../src/core/cards/style";
import { demoCardTables } from "./demo-card-tables";
import { tiersCardOf as card, cellAt } from "./tiers-card";
import { withMeasureColumns } from "./imported-columns";

/** The import's notes (src/core/published/families.ts) on 900110's figures. */
const NOTES: Record<string, string> = {
  "pupil-premium":
    "derived: FSM6 proxy (PNUMFSMEVER, pupils eligible for free school meals in the last six years)",
  sen: "derived: PSENELSE + PSENELK (EHC plan or statement + SEN support)",
  attendance: "derived: 100 - PERCTOT (overall absence)",
  eal: "PNUMEAL",
};
const noted = () =>
  withMeasureColumns(demoCardTables(), {
    Note: (row) => (row[0] === 900110 ? (NOTES[String(row[1])] ?? null) : null),
  });

describe("derived figures and the year of context figures on the card", () => {
  const c = card(noted(), 900110);
  const row = (code: string) => c.measureRows.find((r) => r.code === code)!;

  it("shows a derived figure's note live from Measures' Note column in the check column, for its year", () => {
    for (const code of ["pupil-premium", "sen", "attendance"]) {
      const r = row(code);
      const latest = Object.keys(r.years).at(-1)!;
      const check = cellAt(c, r.row, CHECK_COL)?.formula ?? "";
      // The Note column is the fifth (E) of the test's Measures: its cell on the matching row.
      expect([code, check]).toEqual([code, expect.stringContaining("INDEX('Measures'!$E:$E,")]);
      expect(check).toContain(`"${code}"`);
      expect(check).toContain(`"${latest}"`);
      expect(r.derived).toBe(true);
      // Room for the note's lines at the check column's small font.
      const height = c.layout.rowHeights?.find((h) => h.row === r.row)?.height ?? 0;
      expect(height).toBeGreaterThanOrEqual(34);
    }
  });

  it("leaves the note out for a figure that is not derived, and for a table with no Note column", () => {
    const eal = cellAt(c, row("eal").row, CHECK_COL)?.formula ?? "";
    expect(eal).not.toContain("'Measures'!$E:$E");
    expect(row("eal").derived).toBeUndefined();
    const plain = card(demoCardTables(), 900110);
    const checks = plain.measureRows.map((r) => cellAt(plain, r.row, CHECK_COL)?.formula ?? "");
    expect(checks.some((f) => f.includes("INDEX("))).toBe(false);
  });

  it("says the year of each context figure beside it: the heading and the figure's own format", () => {
    const context = c.sections.find((s) => s.name === "Context")!;
    expect(cellAt(c, context.row, 1)?.value).toBe("Academy (year)");
    const pp = row("pupil-premium");
    const [year, col] = Object.entries(pp.years)[0];
    expect(year).toBe("2025/26");
    expect(cellAt(c, pp.row, col)?.numberFormat).toBe('0.0" (2025/26)"');
  });
});
