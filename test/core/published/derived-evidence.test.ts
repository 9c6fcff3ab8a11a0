import type { MeasureRow, NationalRow } from "../../../src/core/import";
import { deriveHistoricPerformance } from "../../../src/core/published/derived-evidence";

const national = (year: string, value: number): NationalRow => ({
  measure: "ks2-rwm-expected",
  year,
  phase: "primary",
  value,
  source: "test",
});
const school = (year: string, value: number | string, cohort?: number) => ({
  urn: 138776,
  measure: "ks2-rwm-expected",
  year,
  figure: typeof value === "number" ? { value } : { suppressed: value },
  ...(cohort ? { cohort } : {}),
});
const NATIONAL = [national("2021/22", 59), national("2022/23", 60), national("2023/24", 61)];

describe("historic performance derived from published data (seed 002's scale)", () => {
  it("is Positive at or above national every year, allowing one pupil's worth", () => {
    // 2022/23: 57 is within 100/30 = 3.3 points of 60.
    const result = deriveHistoricPerformance(
      "primary",
      [school("2021/22", 60, 25), school("2022/23", 57, 30)],
      NATIONAL
    );
    expect(result?.value).toBe("Positive");
    expect(result?.note).toBe(
      "Historic performance: derived from published data: ks2-rwm-expected 2021/22 60 vs 59 (cohort 25); 2022/23 57 vs 60 (cohort 30): at or above national every year"
    );
  });

  it("is Declining below national in the latest year with the gap widening", () => {
    const rows = [school("2021/22", 55, 60), school("2022/23", 54, 60), school("2023/24", 50, 60)];
    expect(deriveHistoricPerformance("primary", rows, NATIONAL)).toMatchObject({
      value: "Declining",
      note: expect.stringMatching(/below national, gap widening$/),
    });
  });

  it("is Variable when below national but improving, and says so", () => {
    const rows = [school("2021/22", 50, 60), school("2022/23", 55, 60)];
    expect(deriveHistoricPerformance("primary", rows, NATIONAL)).toMatchObject({
      value: "Variable",
      note: expect.stringMatching(/below national, improving$/),
    });
  });

  it("uses the last three years only", () => {
    const rows = [
      school("2020/21", 10, 60),
      ...[
        ["2021/22", 60],
        ["2022/23", 61],
        ["2023/24", 62],
      ].map(([y, v]) => school(String(y), Number(v), 60)),
    ];
    const all = [national("2020/21", 58), ...NATIONAL];
    expect(deriveHistoricPerformance("primary", rows as MeasureRow[], all)?.value).toBe("Positive");
  });

  it("derives nothing from fewer than two years, suppressed figures or years without a national figure", () => {
    expect(
      deriveHistoricPerformance("primary", [school("2022/23", 60, 30)], NATIONAL)
    ).toBeUndefined();
    expect(
      deriveHistoricPerformance(
        "primary",
        [school("2021/22", "SUPP"), school("2022/23", 60, 30)],
        NATIONAL
      )
    ).toBeUndefined();
    expect(
      deriveHistoricPerformance(
        "primary",
        [school("2019/20", 60), school("2022/23", 60, 30)],
        NATIONAL
      )
    ).toBeUndefined();
    expect(
      deriveHistoricPerformance("special", [school("2021/22", 60), school("2022/23", 60)], NATIONAL)
    ).toBeUndefined();
  });
});
