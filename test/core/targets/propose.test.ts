import {
  DEFAULT_TARGET_METHOD,
  IMPORTED_ESTIMATES,
  proposeTarget,
  targetMethodFromTable,
  targetMethodToTable,
  type TargetInput,
} from "../../../src/core/targets";

const method = DEFAULT_TARGET_METHOD;
const years = (...rows: Array<[string, number, number?]>) =>
  rows.map(([year, figure, cohort]) => ({
    year,
    figure,
    ...(cohort === undefined ? {} : { cohort }),
  }));

describe("proposeTarget (TrustTier proposal)", () => {
  it("weights the baseline by cohort and closes one third of the gap, rounded up to whole pupils", () => {
    const input: TargetInput = {
      good: "up",
      percentOfPupils: true,
      years: years(["2022/23", 50, 20], ["2023/24", 60, 30], ["2024/25", 70, 50]),
      national: { year: "2024/25", value: 80 },
    };
    const proposal = proposeTarget(input, method);
    // baseline (1000 + 1800 + 3500) / 100 = 63; gap 17, a third 5.67 -> 68.67 -> 35/50 = 70
    expect(proposal?.baseline).toBe(63);
    expect(proposal?.target).toBe(70);
    expect(proposal?.rule).toBe("close the gap");
    expect(proposal?.cohort).toBe(50);
  });

  it("moves by at least one pupil when a third of the gap is less", () => {
    const proposal = proposeTarget(
      {
        good: "up",
        percentOfPupils: true,
        years: years(["2024/25", 60, 10]),
        national: { year: "2024/25", value: 61 },
      },
      method
    );
    expect(proposal?.target).toBe(70);
  });

  it("sustains a baseline at or above national", () => {
    const proposal = proposeTarget(
      {
        good: "up",
        percentOfPupils: true,
        years: years(["2023/24", 80, 30], ["2024/25", 90, 30]),
        national: { year: "2024/25", value: 62 },
      },
      method
    );
    expect(proposal?.rule).toBe("sustain");
    expect(proposal?.target).toBeCloseTo(86.67, 2);
  });

  it("mirrors the rule for a lower-is-better measure", () => {
    const proposal = proposeTarget(
      {
        good: "down",
        percentOfPupils: true,
        years: years(["2024/25", 25, 40]),
        national: { year: "2024/25", value: 16 },
      },
      method
    );
    // gap 9, a third 3 -> 22 -> floor(8.8 pupils) = 8/40 = 20
    expect(proposal?.target).toBe(20);
  });

  it("uses only the latest baselineYears years and a plain mean without cohorts", () => {
    const proposal = proposeTarget(
      {
        good: "up",
        percentOfPupils: false,
        years: years(["2020/21", 0], ["2021/22", 90], ["2022/23", 93], ["2023/24", 96]),
      },
      method
    );
    expect(proposal?.used.map((y) => y.year)).toEqual(["2021/22", "2022/23", "2023/24"]);
    expect(proposal?.target).toBe(93);
    expect(proposal?.note).toMatch(/no national figure/);
  });

  it("gives nothing without a published year", () => {
    expect(proposeTarget({ good: "up", percentOfPupils: true, years: [] }, method)).toBeUndefined();
  });
});

describe("TargetMethod table", () => {
  it("reads back what it writes", () => {
    expect(targetMethodFromTable(targetMethodToTable())).toEqual({ ok: true, method });
  });

  it("reads an edited method", () => {
    const grid = targetMethodToTable();
    grid[1][1] = "Imported Estimates";
    grid[3][1] = "4";
    expect(targetMethodFromTable(grid)).toEqual({
      ok: true,
      method: { ...method, method: IMPORTED_ESTIMATES, gapYears: 4 },
    });
  });

  it("names the row and column of each problem", () => {
    const grid = targetMethodToTable();
    grid[2][1] = 7;
    grid.push(["Stretch", 2, ""]);
    const read = targetMethodFromTable(grid);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      expect.objectContaining({
        row: 3,
        column: 1,
        header: "Value",
        message: expect.stringMatching(/1 to 3/),
      }),
      expect.objectContaining({ row: 8, column: 0, header: "Setting", value: "Stretch" }),
    ]);
  });

  it("says when the header row is not a method table", () => {
    const read = targetMethodFromTable([["URN", "Target"]]);
    expect(read.ok).toBe(false);
  });
});
