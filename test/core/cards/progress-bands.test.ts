import { academyCardLayout, type AcademyCard } from "../../../src/core/cards";
import { BAND_LABEL } from "../../../src/core/cards/band-row";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { PROGRESS_BANDS } from "../../../src/core/published/progress-band";
import {
  levelHeaders,
  readCardTables,
  type CardTables,
  type CardTablesRead,
} from "../../../src/features/cards";
import { demoCardTables } from "./demo-card-tables";

const tiers = getBuiltinFramework("tiers")!;

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

function card(read: CardTablesRead, urn: number): AcademyCard {
  const school = read.schools.find((s) => s.urn === urn)!;
  return academyCardLayout({
    sheetName: "Card",
    academy: { urn, name: school.name, phase: school.phase },
    framework: tiers,
    levels: levelHeaders(tiers),
    sources: read.sources,
    data: read.data,
    generatedOn: "2026-07-17",
  });
}

const cellAt = (c: AcademyCard, row: number, col: number) =>
  c.layout.cells.find((cell) => cell.row === row && cell.col === col);

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
});
