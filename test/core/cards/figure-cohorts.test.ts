import { COHORT_LABEL } from "../../../src/core/cards/cohort-row";
import { readCardTables } from "../../../src/features/cards";
import { demoCardTables } from "./demo-card-tables";
import { tiersCardOf as card, cellAt } from "./tiers-card";
import { isRow, withMeasureColumns } from "./imported-columns";

/** 900110's Attainment 8 with cohorts, its 2022/23 figure suppressed ("SUPP", cohort 6). */
const suppressed = isRow(900110, "ks4-attainment8", "2022/23");
const withCohorts = () =>
  withMeasureColumns(
    demoCardTables(),
    {
      Cohort: (row) => (suppressed(row) ? 6 : isRow(900110, "ks4-attainment8")(row) ? 180 : null),
    },
    (row) => (suppressed(row) ? "SUPP" : row[3])
  );

describe("cohorts on the card", () => {
  const counted = card(withCohorts(), 900110);
  const a8 = counted.measureRows.find((r) => r.code === "ks4-attainment8")!;

  it("puts each year's cohort under its figure, live from Measures[Cohort] by URN, measure and year", () => {
    expect(a8.cohortRow).toBe(a8.row + 1);
    expect(cellAt(counted, a8.cohortRow!, 0)?.value).toBe(COHORT_LABEL);
    for (const [year, col] of Object.entries(a8.years)) {
      const formula = cellAt(counted, a8.cohortRow!, col)?.formula ?? "";
      expect(formula).toContain("Measures[Cohort]");
      expect(formula).toContain('"ks4-attainment8"');
      expect(formula).toContain(`"${year}"`);
      expect(formula).toContain("$B$2");
      expect(formula).not.toMatch(/XLOOKUP|FILTER|LET\(/);
      // No row or a blank cohort gives "", never 0: the sum is taken only when a number is there.
      expect(formula).toMatch(/^=IF\(COUNTIFS\(.*Measures\[Cohort\],">-1E\+300"\)>0,SUMIFS\(/);
      expect(formula.endsWith(',""))')).toBe(true);
    }
  });

  it("keeps a suppression code as the code, with its cohort beneath it", () => {
    const col = a8.years["2022/23"];
    const figure = cellAt(counted, a8.row, col)!.formula!;
    // The figure shows the text written (SUPP) when the year holds no number.
    expect(figure).toContain("INDEX('");
    expect(cellAt(counted, a8.cohortRow!, col)?.formula).toContain('"2022/23"');
    const read = readCardTables(withCohorts());
    expect(
      read.data.measures.find(
        (r) => r.urn === 900110 && r.measure === "ks4-attainment8" && r.year === "2022/23"
      )
    ).toMatchObject({ figure: { suppressed: "SUPP" }, cohort: "6" });
  });

  it("gives a cohort row only to figures with a cohort, and none when Measures has no Cohort column", () => {
    expect(counted.measureRows.filter((r) => r.cohortRow !== undefined).map((r) => r.code)).toEqual(
      ["ks4-attainment8"]
    );
    const plain = card(demoCardTables(), 900110);
    expect(plain.measureRows.every((r) => r.cohortRow === undefined)).toBe(true);
    expect(plain.layout.cells.some((cell) => cell.value === COHORT_LABEL)).toBe(false);
    // The print area takes in the extra row and still fits one page.
    expect(counted.layout.print?.area?.rows).toBe((plain.layout.print?.area?.rows ?? 0) + 1);
    expect(counted.layout.print).toMatchObject({ fitTo: { wide: 1, tall: 1 } });
  });
});
