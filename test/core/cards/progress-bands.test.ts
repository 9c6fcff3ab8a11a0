import { type AcademyCard } from "../../../src/core/cards";
import { BAND_LABEL } from "../../../src/core/cards/band-row";
import { PROGRESS_BANDS } from "../../../src/core/published/progress-band";
import { readCardTables, type CardTables } from "../../../src/features/cards";
import { demoCardTables } from "./demo-card-tables";
import { tiersCard as card, cellAt } from "./tiers-card";
import { isRow, withMeasureColumns } from "./imported-columns";

/** The demo's tables with the Band column an import writes: bands for two of 900110's P8 years. */
function withBands(): CardTables {
  const tables = demoCardTables();
  const measures = tables.measures!;
  const bands: Record<string, string> = { "2021/22": "2", "2022/23": "Average" };
  const headers = [...measures.ref.headers, "Band"];
  const rows = measures.grid
    .slice(1)
    .map((row) => [
      ...row,
      row[0] === "900110" && row[1] === "ks4-progress8" ? (bands[String(row[2])] ?? null) : null,
    ]);
  return {
    ...tables,
    measures: { ref: { ...measures.ref, headers }, grid: [headers, ...rows] },
  };
}

describe("progress bands on the card", () => {
  const banded = card(readCardTables(withBands()), 900110);
  const p8 = banded.measureRows.find((r) => r.code === "ks4-progress8")!;

  it("puts a row of DfE bands under the progress score, each year under its score", () => {
    expect(p8.bandRow).toBe(p8.row + 1);
    expect(cellAt(banded, p8.bandRow!, 0)?.value).toBe(BAND_LABEL);
    for (const [year, col] of Object.entries(p8.years)) {
      const formula = cellAt(banded, p8.bandRow!, col)?.formula ?? "";
      // Live, by structured reference into the Band column, for this academy, measure and year.
      expect(formula).toContain("Measures[Band]");
      expect(formula).toContain('"ks4-progress8"');
      expect(formula).toContain(`"${year}"`);
      expect(formula).toContain("$B$2");
      expect(formula).not.toMatch(/XLOOKUP|FILTER|LET\(/);
      expect(formula.length).toBeLessThan(8192);
    }
    // Nothing in the Target, National, trend, signal or check cells of the band row.
    const k = Object.keys(p8.years).length;
    for (let col = k + 1; col <= 11; col++)
      expect(cellAt(banded, p8.bandRow!, col)).toBeUndefined();
  });

  it("writes DfE's own words for a band coded 1-5, and nothing for a figure with no band", () => {
    const formula = cellAt(banded, p8.bandRow!, p8.years["2021/22"])!.formula!;
    // "" when the figure's row has no band; else the code or words looked up in DfE's wording.
    expect(formula).toMatch(
      /^=IF\(COUNTIFS\(.*Measures\[Band\],"<>"\)=0,"",IFERROR\(CHOOSE\(MATCH\(/
    );
    expect(formula).toContain(
      `{"1","2","3","4","5","Well above average","Above average","Average","Below average","Well below average"}`
    );
    expect(PROGRESS_BANDS).toEqual([
      "Well above average",
      "Above average",
      "Average",
      "Below average",
      "Well below average",
    ]);
  });

  it("gives a band row to progress scores only, and keeps every other row where it was", () => {
    const plain = card(readCardTables(demoCardTables()), 900110);
    expect(banded.measureRows.filter((r) => r.bandRow !== undefined).map((r) => r.code)).toEqual([
      "ks4-progress8",
    ]);
    const after = (c: AcademyCard) => c.measureRows.filter((r) => r.row > p8.row);
    // Every row below the score moves down one; the print area takes in the extra row.
    expect(after(banded).map((r) => r.row)).toEqual(after(plain).map((r) => r.row + 1));
    expect(banded.layout.print?.area?.rows).toBe((plain.layout.print?.area?.rows ?? 0) + 1);
    expect(banded.layout.print).toMatchObject({ fitTo: { wide: 1, tall: 1 } });
  });

  it("is left out when Measures has no Band column (a person's own table, the demo)", () => {
    const plain = card(readCardTables(demoCardTables()), 900110);
    expect(plain.measureRows.every((r) => r.bandRow === undefined)).toBe(true);
    expect(plain.layout.cells.some((cell) => cell.value === BAND_LABEL)).toBe(false);
  });

  it("reads the band from the figure's last row that has one, so a blank Band never shows 0", () => {
    const formula = cellAt(banded, p8.bandRow!, p8.years["2022/23"])!.formula!;
    expect(formula).toContain('*(Measures[Band]<>"")*ROW(');
    expect(formula.endsWith('&""))')).toBe(true); // text as written, never a number 0
  });

  describe("vs National of a progress score", () => {
    // 900110's latest Progress 8 2023/24 (none is published for 2024/25): -0.3, band "Average"
    // (Rosslyn Park's reading in the review: a score below 0 whose interval includes 0).
    const latest = isRow(900110, "ks4-progress8", "2023/24");
    const tables = withMeasureColumns(
      demoCardTables(),
      { Band: (row) => (latest(row) ? "Average" : null) },
      (row) => (latest(row) ? -0.3 : row[3])
    );
    const measures = tables.measures!;
    const targets = tables.targets!;
    const inLine: CardTables = {
      ...tables,
      // A target of +0.2 for 2023/24, missed: the colour then says whether national was met.
      targets: {
        ...targets,
        ref: { ...targets.ref, rowCount: targets.ref.rowCount + 1 },
        grid: [...targets.grid, [900110, "ks4-progress8", "2023/24", 0.2]],
      },
      measures: {
        ...measures,
        grid: measures.grid.filter(
          (row) => !(row[0] === 900110 && String(row[1]).startsWith("ks4-") && row[2] === "2024/25")
        ),
      },
    };
    const judged = card(readCardTables(inLine), 900110);
    const score = judged.measureRows.find((r) => r.code === "ks4-progress8")!;
    // Columns: label, k years, Target, National, Trend, vs Target, vs National.
    const vsNational = (c: AcademyCard, row: { row: number; years: object }) => {
      const k = Object.keys(row.years).length;
      return cellAt(c, row.row, k + 5);
    };

    it("follows DfE's band under the latest score, never the score against 0", () => {
      const k = Object.keys(score.years).length;
      expect(Object.keys(score.years).at(-1)).toBe("2023/24");
      const band = `${String.fromCharCode(65 + k)}${score.bandRow! + 1}`; // the latest band cell
      const formula = vsNational(judged, score)?.formula ?? "";
      expect(formula).toContain(
        `OR(${band}="Well above average",${band}="Above average"),"✔ above (DfE band)"`
      );
      expect(formula).toContain(`IF(${band}="Average","► in line (DfE band)"`);
      expect(formula).toContain(
        `OR(${band}="Below average",${band}="Well below average"),"✖ below (DfE band)"`
      );
      // No band: no mark (the last word is ""), and no comparison of the score with a figure.
      expect(formula.endsWith(',""))))')).toBe(true);
      expect(formula).not.toMatch(/[A-Z]+\d+>=|[A-Z]+\d+<=/);
    });

    it("gives no national mark to a progress score when Measures has no Band column", () => {
      const plain = card(readCardTables(demoCardTables()), 900110);
      const row = plain.measureRows.find((r) => r.code === "ks4-progress8")!;
      expect(vsNational(plain, row)).toBeUndefined();
    });

    it("gives no mark where the latest year has no progress measure (Progress 8 2024/25)", () => {
      expect(Object.keys(p8.years).at(-1)).toBe("2024/25");
      expect(vsNational(banded, p8)).toBeUndefined();
    });

    it("colours the score Amber or Red (target missed) by the band, not by the score", () => {
      const k = Object.keys(score.years).length;
      const onScore = (judged.layout.conditionalFormats ?? []).filter(
        (r) => r.range.row === score.row && r.range.col === k
      );
      const amber = onScore.find((r) => r.style?.fillColor === "#FFEB9C");
      const red = onScore.find((r) => r.style?.fillColor === "#FFC7CE");
      expect(score.target?.compared).toBe(true);
      expect(amber?.formula).toContain('="Average"');
      expect(red?.formula).toContain("NOT(OR(OR(");
      // Never the score against the National cell (0 for a progress measure).
      const national = `${String.fromCharCode(65 + k + 2)}${score.row + 1}`;
      for (const rule of [amber, red]) expect(rule?.formula).not.toContain(`>=${national}`);
    });
  });
});
