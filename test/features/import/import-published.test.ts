import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { importPublishedData, importReportLines } from "../../../src/features/import";
import { InputProblemsError } from "../../../src/features/input-problems";
import { tableSheetLayout } from "../../../src/core/layout/table-sheet";
import { trustTableLayouts } from "./trust-tables";
import { fixture } from "../../core/published/fixture-files";

/** A workbook holding a trust's own Schools and Measures tables, as a person typed them. */
async function trustWorkbook(): Promise<MemoryWorkbook> {
  return MemoryWorkbook.from("trust.xlsx", trustTableLayouts());
}

describe("importPublishedData through the workbook port", () => {
  it("updates the workbook's own tables: typed rows kept, provenance columns added, other schools left out", async () => {
    const port = await trustWorkbook();
    const result = await importPublishedData(port, {
      files: [fixture("dfe-2018-19/england_abs.csv"), fixture("dfe-2018-19/england_census.csv")],
    });
    expect(result.schools).toBe(2);
    const measures = await port.readTable("Measures");
    expect(measures.headers).toEqual([
      "URN",
      "Measure code",
      "Academic year",
      "Value",
      "Cohort",
      "Status",
      "Imported from",
      "Note",
      "Band",
    ]);
    const rows = measures.rows.map((row) =>
      Object.fromEntries(measures.headers.map((h, i) => [h, row[i]]))
    );
    // The typed attendance figure stays; the derived one is not written over it.
    expect(rows.filter((r) => r["Measure code"] === "attendance" && r.URN === 138776)).toEqual([
      expect.objectContaining({ Value: 95.1, "Imported from": null }),
    ]);
    expect(new Set(rows.map((r) => r.URN))).toEqual(new Set([138776, 139217]));
    expect(result.tables.find((t) => t.table === "Measures")).toMatchObject({
      created: false,
      keptTyped: 1,
    });
    expect(result.tables.find((t) => t.table === "National")).toMatchObject({ created: true });
    expect(importReportLines(result)).toContain(
      "Measures: 13 added, 0 replaced, 0 unchanged, 1 typed by a person kept"
    );
    // One year of figures derives nothing, and the report says why.
    expect(importReportLines(result).at(-1)).toBe(
      "Schools: no evidence derived from published data: each rule needs at least two published years of a measure, with the same years' national figures"
    );
    // The Schools table a person typed is not rewritten.
    expect((await port.readTable("Schools")).rows).toHaveLength(2);
  });

  it("refuses a file it does not recognise, naming it, and writes nothing", async () => {
    const port = await trustWorkbook();
    const before = await port.describe();
    await expect(
      importPublishedData(port, {
        files: [
          {
            name: "shoes.csv",
            grid: [
              ["Pupil", "Shoe size"],
              ["A", "5"],
            ],
          },
        ],
      })
    ).rejects.toThrow(InputProblemsError);
    await expect(
      importPublishedData(port, { files: [{ name: "shoes.csv", grid: [["Pupil", "Shoe size"]] }] })
    ).rejects.toThrow(/sheet 'shoes.csv'.*not a file TrustTier recognises/);
    expect(await port.describe()).toEqual(before);
  });

  it("writes the LA rows of the trust's local authorities to a LocalAuthority table of its own", async () => {
    const port = await trustWorkbook();
    const result = await importPublishedData(port, {
      files: [
        fixture("synthetic/england_ks2_2022-2023_provisional.csv"),
        fixture("synthetic/england_ks2_2022-2023_meta.csv"),
      ],
    });
    expect(result.tables.find((t) => t.table === "LocalAuthority")).toMatchObject({
      created: true,
    });
    const table = await port.readTable("LocalAuthority");
    expect(table.headers.slice(0, 6)).toEqual([
      "LA code",
      "Local authority",
      "Measure code",
      "Academic year",
      "Phase",
      "Value",
    ]);
    // Zaytouna (LEA 831) and Sneinton (892) are the trust's schools: both LAs, nothing else.
    expect(new Set(table.rows.map((row) => row[0]))).toEqual(new Set(["831", "892"]));
    const national = await port.readTable("National");
    expect(national.rows.every((row) => !String(row[4]).includes("RECTYPE 4"))).toBe(true);
  });
});

describe("derived evidence after an import", () => {
  it("writes Historic performance from two KS2 years against national, with the figures, and keeps a typed value", async () => {
    const port = await MemoryWorkbook.from("trust.xlsx", [
      tableSheetLayout({
        name: "Schools",
        grid: [
          ["URN", "School name", "Phase", "Historic performance"],
          [138776, "Zaytouna Primary School", "Primary", null],
          [139217, "Sneinton St Stephen's CofE Primary School", "Primary", "Declining"],
          [140017, "Highbank Primary and Nursery School", "Primary", null],
          [141324, "Allenton Primary School", "Primary", null],
        ],
        dateColumns: [],
      }),
    ]);
    const files = [
      fixture("synthetic/england_ks2_2022-2023_provisional.csv"),
      fixture("synthetic/england_ks2_2022-2023_meta.csv"),
    ];
    const result = await importPublishedData(port, { files });
    const schools = await port.readTable("Schools");
    const at = (h: string) => schools.headers.indexOf(h);
    const cells = schools.rows.map((row) => [
      row[0],
      row[at("Historic performance")],
      row[at("National tests")],
      row[at("Derived evidence notes")],
    ]);
    expect(cells[0]).toEqual([
      138776,
      "Variable",
      "Close to national",
      // 2021/22 is the edition's year-suffixed PTRWM_EXP_22, its cohort TELIG_22 (28).
      "Historic performance: derived from published data: ks2-rwm-expected 2021/22 50 vs 59 (cohort 28); 2022/23 57 vs 60 (cohort 30; within one pupil's worth, 3.3): at or above national in the latest year, below before\n" +
        "National tests: derived from published data: ks2-rwm-expected 2021/22 50 vs 59 (cohort 28); 2022/23 57 vs 60 (cohort 30; within one pupil's worth, 3.3): at or above national in the latest year",
    ]);
    // Typed "Declining" kept; its National tests are derived: 2021/22 62 vs 59 is within one
    // pupil's worth of its TELIG_22 cohort (100 / 30 = 3.3), so not "consistently high" but
    // close to national; 2022/23 66 vs 60 (cohort 29) is above.
    expect(cells[1].slice(0, 3)).toEqual([139217, "Declining", "Close to national"]);
    expect(cells[1][3]).toContain("2021/22 62 vs 59 (cohort 30); 2022/23 66 vs 60 (cohort 29)");
    expect(cells[2][1]).toBe("Variable");
    expect(cells[3]).toEqual([141324, null, null, null]); // 2022/23 is "x": one year only
    expect(result.derived).toEqual({
      written: { "Historic performance": 2, "National tests": 3 },
      keptTyped: [
        { urn: 139217, header: "Historic performance", typed: "Declining", derived: "Positive" },
      ],
    });
    expect(importReportLines(result)).toContain(
      "Schools: kept the Historic performance typed for 139217 ('Declining'); the published data suggest 'Positive'"
    );
    // A second run updates what it wrote, and still leaves the typed value.
    const again = await importPublishedData(port, { files });
    expect(again.derived.written).toEqual({ "Historic performance": 2, "National tests": 3 });
    expect((await port.readTable("Schools")).rows[1][at("Historic performance")]).toBe("Declining");
  });

  it("allows one pupil's worth in a year-suffixed column by that year's own cohort (TELIG_22)", async () => {
    const schools = () =>
      tableSheetLayout({
        name: "Schools",
        grid: [
          ["URN", "School name", "Phase"],
          [138776, "Zaytouna Primary School", "Primary"],
        ],
        dateColumns: [],
      });
    // 2021/22: 57 against 59, within one pupil's worth only of a cohort of 40 (100 / 40 = 2.5).
    const edition = (cohort22: string) => ({
      name: "2022-2023/england_ks2final.csv",
      grid: [
        ["RECTYPE", "URN", "TELIG", "PTRWM_EXP", "TELIG_22", "PTRWM_EXP_22"],
        ["1", "138776", "30", "61%", cohort22, "57%"],
        ["7", "", "", "60%", "", "59%"],
      ],
    });
    const meta = fixture("synthetic/england_ks2_2022-2023_meta.csv");
    const derived = async (cohort22: string) => {
      const port = await MemoryWorkbook.from("trust.xlsx", [schools()]);
      await importPublishedData(port, { files: [edition(cohort22), meta] });
      const table = await port.readTable("Schools");
      const measures = await port.readTable("Measures");
      const at = (h: string) => measures.headers.indexOf(h);
      return {
        historic: table.rows[0][table.headers.indexOf("Historic performance")],
        note: table.rows[0][table.headers.indexOf("Derived evidence notes")],
        cohorts: measures.rows.map((r) => [r[at("Academic year")], r[at("Cohort")]]),
      };
    };
    const counted = await derived("40");
    expect(counted.cohorts).toEqual([
      ["2022/23", 30],
      ["2021/22", 40],
    ]);
    expect(counted.historic).toBe("Positive");
    expect(counted.note).toContain(
      "ks2-rwm-expected 2021/22 57 vs 59 (cohort 40; within one pupil's worth, 2.5); 2022/23 61 vs 60 (cohort 30): at or above national every year"
    );
    // Without that year's count there is no tolerance, and 2022/23's TELIG is not borrowed.
    const uncounted = await derived("");
    expect(uncounted.cohorts).toEqual([
      ["2022/23", 30],
      ["2021/22", null],
    ]);
    expect(uncounted.historic).toBe("Variable");
  });

  it("judges KS2 progress with DfE's bands through the Measures table's Band column", async () => {
    const port = await MemoryWorkbook.from("trust.xlsx", [
      tableSheetLayout({
        name: "Schools",
        grid: [
          ["URN", "School name", "Phase"],
          [138776, "Zaytouna Primary School", "Primary"],
        ],
        dateColumns: [],
      }),
    ]);
    // 2017/18 from the edition's confidence limits; 2018/19 from the fixture's READPROG_DESCR.
    const earlier = {
      name: "2017-2018/england_ks2final.csv",
      grid: [
        ["RECTYPE", "URN", "READPROG", "READPROG_LOWER", "READPROG_UPPER"],
        ["1", "138776", "-4.0", "-6.1", "-1.9"],
      ],
    };
    await importPublishedData(port, {
      files: [earlier, fixture("dfe-2018-19/england_ks2final.csv")],
    });
    const schools = await port.readTable("Schools");
    const row = schools.rows[0];
    expect(row[schools.headers.indexOf("Historic performance")]).toBe("Declining");
    expect(row[schools.headers.indexOf("Derived evidence notes")]).toContain(
      "ks2-reading-progress 2017/18 -4 (Below average); 2018/19 -5.1 (Well below average)"
    );
  });
});
