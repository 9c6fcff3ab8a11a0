import { localAuthorityTable, nationalTable, readCanonicalTable } from "../../../src/core/import";
import { planPublishedImport, type ExistingTable } from "../../../src/core/published";
import { fixture } from "./fixture-files";

function rowsOf(table: { headers: string[]; appends: unknown[][] } | undefined) {
  if (!table) return [];
  return table.appends.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

const FILES = [
  "synthetic/england_ks2_2022-2023_provisional.csv",
  "synthetic/england_ks2_2022-2023_meta.csv",
  "dfe-2018-19/england_ks4provisional.csv",
  "synthetic/england_ks4provisional_2018-2019_meta.csv",
  "dfe-2018-19/england_census.csv",
];

const plan = (existing: { LocalAuthority?: ExistingTable } = {}) =>
  planPublishedImport({
    files: FILES.map(fixture),
    schoolList: fixture("gias/group_links.csv"),
    existing,
  });

describe("local-authority rows in their own table", () => {
  const result = plan();
  const la = rowsOf(result.tables.LocalAuthority);

  it("stores the LA rows of the trust's local authorities, by LA code, measure, year and phase", () => {
    const find = (code: string, measure: string, year: string) =>
      la.filter(
        (r) => r["LA code"] === code && r["Measure code"] === measure && r["Academic year"] === year
      );
    // KS2 2022/23: RECTYPE 4 rows for Derby (831) and Nottingham (892), named in the file.
    expect(find("831", "ks2-rwm-expected", "2022/23")).toEqual([
      expect.objectContaining({ "Local authority": "Derby", Phase: "Primary", Value: 56 }),
    ]);
    expect(find("892", "ks2-rwm-expected", "2021/22")).toEqual([
      expect.objectContaining({ Value: 56, Source: expect.stringContaining("RECTYPE 4") }),
    ]);
    // KS4 2018/19 LA rows carry no name: it comes from the trust's school list (GIAS LA (name)).
    expect(find("891", "ks4-attainment8", "2018/19")).toEqual([
      expect.objectContaining({
        "Local authority": "Nottinghamshire",
        Phase: "Secondary",
        Value: 47.3,
      }),
    ]);
    expect(find("830", "ks4-progress8", "2018/19")).toEqual([
      expect.objectContaining({ Value: -0.2 }),
    ]);
  });

  it("keeps only the trust's LAs: the trust has schools in Derby, Derbyshire, Nottingham and Nottinghamshire", () => {
    expect(new Set(la.map((r) => r["LA code"]))).toEqual(new Set(["830", "831", "891", "892"]));
    const withOther = planPublishedImport({
      files: FILES.map(fixture),
      schoolList: {
        name: "one-school.csv",
        grid: [
          ["URN", "School name", "Phase", "Local authority"],
          ["138776", "Zaytouna Primary School", "Primary", "Derby"],
        ],
      },
      existing: {},
    });
    expect(new Set(rowsOf(withOther.tables.LocalAuthority).map((r) => r["LA code"]))).toEqual(
      new Set(["831"])
    );
  });

  it("leaves National national: no LA figure is written there", () => {
    const national = rowsOf(result.tables.National);
    expect(national.some((n) => String(n.Source).includes("RECTYPE 4"))).toBe(false);
    expect(
      national.filter(
        (n) => n["Measure code"] === "ks2-rwm-expected" && n["Academic year"] === "2022/23"
      )
    ).toEqual([expect.objectContaining({ Value: 60 })]);
    const grid = [
      result.tables.National?.headers ?? [],
      ...(result.tables.National?.appends ?? []),
    ];
    expect(readCanonicalTable(nationalTable, grid).problems).toEqual([]);
  });

  it("is read back by its canonical definition, and a second import changes nothing", () => {
    const table = result.tables.LocalAuthority;
    const grid = [table?.headers ?? [], ...(table?.appends ?? [])];
    const read = readCanonicalTable(localAuthorityTable, grid);
    expect(read.problems).toEqual([]);
    expect(read.rows[0].value).toMatchObject({ laCode: expect.stringMatching(/^\d{3}$/) });
    const again = plan({
      LocalAuthority: { headers: table?.headers ?? [], rows: table?.appends ?? [] },
    });
    expect(again.tables.LocalAuthority).toMatchObject({ added: 0, unchanged: la.length });
  });

  it("counts the LA rows for the report", () => {
    const ks2 = result.reports.find((r) => r.file.includes("ks2_2022-2023_provisional"));
    // Worded by the report (src/features/import/report-lines.ts), for the import or a baseline.
    expect(ks2?.localAuthorityRows).toBe(2);
  });

  it("reads Explore Education Statistics local-authority rows by old_la_code, state-funded only", () => {
    const ees = planPublishedImport({
      files: [
        {
          name: "ees_ks2.csv",
          grid: [
            [
              "time_period",
              "geographic_level",
              "establishment_type_group",
              "old_la_code",
              "la_name",
              "school_urn",
              "PTRWM_EXP",
            ],
            ["202223", "National", "State-funded schools", "", "", "", "60"],
            ["202223", "Local authority", "State-funded schools", "831", "Derby", "", "56"],
            ["202223", "Local authority", "State-funded schools", "383", "Leeds", "", "58"],
            ["202223", "Local authority", "All schools", "831", "Derby", "", "55"],
            ["202223", "School", "Academies", "831", "Derby", "138776", "57"],
          ],
        },
      ],
      schoolList: fixture("gias/group_links.csv"),
      existing: {},
    });
    expect(rowsOf(ees.tables.LocalAuthority)).toEqual([
      expect.objectContaining({
        "LA code": "831",
        "Local authority": "Derby",
        "Academic year": "2022/23",
        Value: 56,
      }),
    ]);
    expect(ees.reports[0].ignored).toEqual([]);
    // The state-funded national row of a KS2 file is primary when its group names no phase.
    expect(rowsOf(ees.tables.National)).toEqual([
      expect.objectContaining({ "Measure code": "ks2-rwm-expected", Phase: "Primary", Value: 60 }),
    ]);
  });
});
