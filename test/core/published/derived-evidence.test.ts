import type { MeasureRow, NationalRow } from "../../../src/core/import";
import {
  attendanceAndPa,
  derivedCriteria,
  historicPerformance,
  nationalTests,
} from "../../../src/core/published/derived-evidence";

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
    const result = historicPerformance.derive(
      "primary",
      [school("2021/22", 60, 25), school("2022/23", 57, 30)],
      NATIONAL
    );
    expect(result?.value).toBe("Positive");
    expect(result?.note).toBe(
      "Historic performance: derived from published data: ks2-rwm-expected 2021/22 60 vs 59 (cohort 25); 2022/23 57 vs 60 (cohort 30; within one pupil's worth, 3.3): at or above national every year"
    );
  });

  it("is Declining below national in the latest year with the gap widening", () => {
    const rows = [school("2021/22", 55, 60), school("2022/23", 54, 60), school("2023/24", 50, 60)];
    expect(historicPerformance.derive("primary", rows, NATIONAL)).toMatchObject({
      value: "Declining",
      note: expect.stringMatching(/below national, gap widening$/),
    });
  });

  it("is Variable when below national but improving, and says so", () => {
    const rows = [school("2021/22", 50, 60), school("2022/23", 55, 60)];
    expect(historicPerformance.derive("primary", rows, NATIONAL)).toMatchObject({
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
    expect(historicPerformance.derive("primary", rows as MeasureRow[], all)?.value).toBe(
      "Positive"
    );
  });

  it("derives nothing from fewer than two years, suppressed figures or years without a national figure", () => {
    expect(
      historicPerformance.derive("primary", [school("2022/23", 60, 30)], NATIONAL)
    ).toBeUndefined();
    expect(
      historicPerformance.derive(
        "primary",
        [school("2021/22", "SUPP"), school("2022/23", 60, 30)],
        NATIONAL
      )
    ).toBeUndefined();
    expect(
      historicPerformance.derive(
        "primary",
        [school("2019/20", 60), school("2022/23", 60, 30)],
        NATIONAL
      )
    ).toBeUndefined();
    expect(
      historicPerformance.derive(
        "special",
        [school("2021/22", 60), school("2022/23", 60)],
        NATIONAL
      )
    ).toBeUndefined();
  });
});

describe("seed 001's criteria derived on its own scale", () => {
  const row = (measure: string, year: string, value: number) => ({
    urn: 1,
    measure,
    year,
    figure: { value },
  });
  const nat = (measure: string, year: string, value: number): NationalRow => ({
    measure,
    year,
    phase: "primary",
    value,
    source: "t",
  });
  const NAT = [
    nat("attendance", "2021/22", 95),
    nat("attendance", "2022/23", 95),
    nat("persistent-absence", "2021/22", 10),
    nat("persistent-absence", "2022/23", 10),
  ];
  const school = (att: [number, number], pa: [number, number]) => [
    row("roll", "2021/22", 400),
    row("roll", "2022/23", 400),
    row("attendance", "2021/22", att[0]),
    row("attendance", "2022/23", att[1]),
    row("persistent-absence", "2021/22", pa[0]),
    row("persistent-absence", "2022/23", pa[1]),
  ];

  it.each([
    [[96, 96], [8, 9], "At or above national"],
    // 94.9 is within one pupil's worth (100 / 400 = 0.25 points) of 95
    [[94.9, 95.5], [9, 9], "At or above national"],
    [[93, 95.1], [12, 10], "Close to national"],
    [[92, 93], [14, 12], "Below national but improving"],
    [[94, 93], [11, 13], "Well below national"],
  ] as const)("attendance %j and PA %j give %s", (att, pa, expected) => {
    const result = attendanceAndPa.derive("primary", school([...att], [...pa]), NAT);
    expect(result?.value).toBe(expected);
    expect(result?.note).toMatch(
      /^Attendance and PA: derived from published data: attendance 2021\/22/
    );
  });

  it("reads persistent absence the right way round (lower is better)", () => {
    expect(attendanceAndPa.derive("primary", school([96, 96], [12, 14]), NAT)?.value).toBe(
      "Well below national"
    );
  });

  it.each([
    [[65, 66], "Consistently high"],
    [[55, 60], "Close to national"],
    [[50, 55], "Improving, not consistently"],
    [[56, 50], "Little improvement or declining"],
  ] as const)("National tests from RWM %j against 59 and 60", (values, expected) => {
    const rows = [school2("2021/22", values[0]), school2("2022/23", values[1])];
    expect(nationalTests.derive("primary", rows, NATIONAL)?.value).toBe(expected);
  });
});

function school2(year: string, value: number) {
  return { urn: 1, measure: "ks2-rwm-expected", year, figure: { value }, cohort: 60 };
}

describe("the measures a derived criterion names", () => {
  // The import validates only these measures' rows of a national Measures table.
  it("are all it reads: figures of other measures change nothing", () => {
    const figure = (measure: string, year: string, value: number) => ({
      urn: 1,
      measure,
      year,
      figure: { value },
      cohort: 60,
    });
    const years = ["2021/22", "2022/23"];
    const figures = years.flatMap((year, i) => [
      figure("ks2-rwm-expected", year, 57 + i),
      figure("ks2-rwm-high", year, 8),
      figure("roll", year, 400),
      figure("attendance", year, 94 + i),
      figure("persistent-absence", year, 12 - i),
    ]);
    const nationalRows: NationalRow[] = years.flatMap((year) =>
      ["ks2-rwm-expected", "ks2-rwm-high", "attendance", "persistent-absence"].map(
        (measure, i) => ({
          measure,
          year,
          phase: "primary" as const,
          value: [59, 8, 95, 10][i],
          source: "t",
        })
      )
    );
    for (const criterion of derivedCriteria) {
      const own = figures.filter((f) => criterion.measures.includes(f.measure));
      const derived = criterion.derive("primary", figures, nationalRows);
      expect(derived).toBeDefined();
      expect(criterion.derive("primary", own, nationalRows)).toEqual(derived);
    }
  });
});
