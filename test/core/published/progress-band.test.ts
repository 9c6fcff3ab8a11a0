import type { NationalRow } from "../../../src/core/import";
import {
  bandFromInterval,
  judgeBand,
  planPublishedImport,
  readBandDescriptor,
} from "../../../src/core/published";
import { historicPerformance, nationalTests } from "../../../src/core/published/derived-evidence";
import { fixture } from "./fixture-files";

function rowsOf(table: { headers: string[]; appends: unknown[][] } | undefined) {
  if (!table) return [];
  return table.appends.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

describe("DfE's progress bands", () => {
  it("reads the band coded 1-5 (best first) or in DfE's words; codes and blanks are no band", () => {
    expect(readBandDescriptor(1)).toBe("Well above average");
    expect(readBandDescriptor("3")).toBe("Average");
    expect(readBandDescriptor("5")).toBe("Well below average");
    expect(readBandDescriptor("below average")).toBe("Below average");
    expect(readBandDescriptor("SUPP")).toBeUndefined();
    expect(readBandDescriptor("")).toBeUndefined();
    expect(readBandDescriptor("6")).toBeUndefined();
  });

  it("judges a score by its confidence interval: above when the lower limit is above 0, below when the upper is below 0", () => {
    expect(bandFromInterval(0.03, 0.09)).toBe("Above average");
    expect(bandFromInterval(-0.23, -0.17)).toBe("Below average");
    expect(bandFromInterval(-1.2, 0.3)).toBe("Average");
    expect(bandFromInterval(0, 1.4)).toBe("Average");
  });

  it("prefers the published band and falls back to the interval", () => {
    const cells: Record<string, unknown> = {
      READPROG_DESCR: "2",
      READPROG_LOWER: -1,
      READPROG_UPPER: 3,
    };
    const cell = (code: string) =>
      code in cells ? { header: code, value: cells[code] as number } : undefined;
    const columns = {
      descriptor: ["READPROG_DESCR"],
      lower: "READPROG_LOWER",
      upper: "READPROG_UPPER",
    };
    expect(judgeBand(columns, cell)).toEqual({
      band: "Above average",
      from: "band from READPROG_DESCR",
    });
    delete cells.READPROG_DESCR;
    expect(judgeBand(columns, cell)).toEqual({
      band: "Average",
      from: "band from the confidence interval READPROG_LOWER -1 to READPROG_UPPER 3",
    });
    delete cells.READPROG_UPPER;
    expect(judgeBand(columns, cell)).toBeUndefined();
  });
});

describe("progress bands stored by the import", () => {
  const schoolList = fixture("gias/group_links.csv");

  it("writes 2018/19 KS2 READPROG_DESCR as the Band, and names it in the note", () => {
    const plan = planPublishedImport({
      files: [fixture("dfe-2018-19/england_ks2final.csv")],
      schoolList,
      existing: {},
    });
    const measures = rowsOf(plan.tables.Measures);
    const find = (urn: number, code: string) =>
      measures.find((m) => m.URN === urn && m["Measure code"] === code);
    expect(find(138776, "ks2-reading-progress")).toMatchObject({
      Value: -5.1,
      Band: "Well below average",
      Note: "READPROG; band from READPROG_DESCR",
    });
    expect(find(140017, "ks2-writing-progress")).toMatchObject({
      Value: 3.4,
      Band: "Well above average",
    });
    expect(find(140017, "ks2-reading-progress")).toMatchObject({ Value: 0.2, Band: "Average" });
  });

  it("judges a band from the confidence limits when the file has no band, year-suffixed columns included", () => {
    const plan = planPublishedImport({
      files: [
        {
          name: "england_ks2_2022-2023.csv",
          grid: [
            [
              "URN",
              "TELIG",
              "READPROG",
              "READPROG_LOWER",
              "READPROG_UPPER",
              "MATPROG",
              "READPROG_19",
              "READPROG_LOWER_19",
              "READPROG_UPPER_19",
            ],
            ["138776", "30", "-3.1", "-5.2", "-1.0", "0.4", "1.9", "0.2", "3.6"],
          ],
        },
      ],
      schoolList,
      existing: {},
    });
    const measures = rowsOf(plan.tables.Measures);
    const reading = (year: string) =>
      measures.find(
        (m) => m["Measure code"] === "ks2-reading-progress" && m["Academic year"] === year
      );
    expect(reading("2022/23")).toMatchObject({
      Band: "Below average",
      Note: "READPROG; band from the confidence interval READPROG_LOWER -5.2 to READPROG_UPPER -1",
    });
    expect(reading("2018/19")).toMatchObject({ Value: 1.9, Band: "Above average" });
    // No band and no interval: the score is stored without a band.
    expect(measures.find((m) => m["Measure code"] === "ks2-maths-progress")).toMatchObject({
      Value: 0.4,
      Band: null,
    });
  });

  it("reads Progress 8's band from P8_BANDING, else P8CILOW / P8CIUPP", () => {
    const plan = planPublishedImport({
      files: [
        {
          name: "england_ks4final_2018-2019.csv",
          grid: [
            ["URN", "TPUP", "ATT8SCR", "P8MEA", "P8CILOW", "P8CIUPP", "P8_BANDING"],
            ["138776", "150", "44.1", "-0.2", "-0.35", "-0.05", ""],
          ],
        },
      ],
      schoolList,
      existing: {},
    });
    expect(
      rowsOf(plan.tables.Measures).find((m) => m["Measure code"] === "ks4-progress8")
    ).toMatchObject({ Value: -0.2, Band: "Below average" });
  });
});

const progress = (measure: string, year: string, value: number, band?: string) => ({
  urn: 138776,
  measure,
  year,
  figure: { value },
  ...(band ? { band } : {}),
});

describe("progress measures judged with DfE's bands in the derived evidence", () => {
  it("reads a negative score in DfE's average band as in line with national, with no tolerance", () => {
    const rows = [
      progress("ks2-reading-progress", "2017/18", -1.8, "Average"),
      progress("ks2-reading-progress", "2018/19", -2.4, "Average"),
    ];
    expect(historicPerformance.derive("primary", rows, [])).toEqual({
      value: "Positive",
      note: "Historic performance: derived from published data: ks2-reading-progress 2017/18 -1.8 (Average); 2018/19 -2.4 (Average): at or above national every year",
    });
  });

  it("is Declining when a progress measure is below average in the latest year and falling", () => {
    const rows = [
      progress("ks2-maths-progress", "2017/18", -0.5, "Average"),
      progress("ks2-maths-progress", "2018/19", -3.2, "Below average"),
    ];
    expect(historicPerformance.derive("primary", rows, [])?.value).toBe("Declining");
    expect(nationalTests.derive("primary", rows, [])?.value).toBe(
      "Little improvement or declining"
    );
  });

  it("needs DfE's above-average band for 'consistently high', and leaves out years without a band", () => {
    const rows = [
      progress("ks4-progress8", "2021/22", 0.6, "Well above average"),
      progress("ks4-progress8", "2022/23", 0.4, "Above average"),
      progress("ks4-progress8", "2023/24", 0.9),
    ];
    const result = nationalTests.derive("secondary", rows, []);
    expect(result?.value).toBe("Consistently high");
    expect(result?.note).not.toContain("2023/24");
  });

  it("reads attainment against national and progress by band together: all must be at or above", () => {
    const national: NationalRow[] = [
      { measure: "ks2-rwm-expected", year: "2017/18", phase: "primary", value: 64, source: "test" },
      { measure: "ks2-rwm-expected", year: "2018/19", phase: "primary", value: 65, source: "test" },
    ];
    const rows = [
      { ...progress("ks2-rwm-expected", "2017/18", 66), cohort: 30 },
      { ...progress("ks2-rwm-expected", "2018/19", 67), cohort: 30 },
      progress("ks2-writing-progress", "2017/18", -2.5, "Below average"),
      progress("ks2-writing-progress", "2018/19", -1.0, "Average"),
    ];
    const result = historicPerformance.derive("primary", rows, national);
    expect(result?.value).toBe("Variable");
    expect(result?.note).toMatch(
      /ks2-rwm-expected 2017\/18 66 vs 64 \(cohort 30\); 2018\/19 67 vs 65 \(cohort 30\) \| ks2-writing-progress 2017\/18 -2.5 \(Below average\); 2018\/19 -1 \(Average\): at or above national in the latest year, below before$/
    );
  });
});
