import {
  mergeCountParts,
  planPublishedImport,
  type ExistingTable,
  type ImportInput,
} from "../../../src/core/published";
import { fixture } from "./fixture-files";

const DATA_2019 = [
  "dfe-2018-19/england_ks2final.csv",
  "dfe-2018-19/england_abs.csv",
  "dfe-2018-19/england_census.csv",
  "dfe-2018-19/england_ks4provisional.csv",
  "synthetic/england_ks4provisional_2018-2019_meta.csv",
  "gias/links.csv",
  "synthetic/ofsted_mi_eif_2023-08-31.csv",
  "synthetic/ofsted_mi_2024-25_2025-03-31.csv",
  "synthetic/ofsted_mi_report_cards_2026-02-28.csv",
];

function plan(files: string[], existing: ImportInput["existing"] = {}) {
  return planPublishedImport({
    files: files.map(fixture),
    schoolList: fixture("gias/group_links.csv"),
    existing,
  });
}

/** The plan's rows for a table, by header. */
function rowsOf(table: { headers: string[]; appends: unknown[][] } | undefined) {
  if (!table) return [];
  return table.appends.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

function asExisting(table: { headers: string[]; appends: unknown[][] } | undefined): ExistingTable {
  return { headers: table?.headers ?? [], rows: (table?.appends ?? []) as ExistingTable["rows"] };
}

describe("planning an import of the fixture trust's published files", () => {
  const first = plan(DATA_2019);

  it("reads the trust's 19 schools once each from the GIAS group links, with predecessors from the links file", () => {
    expect(first.problems).toEqual([]);
    expect(first.schools).toBe(19);
    const schools = rowsOf(first.tables.Schools);
    expect(schools).toHaveLength(19);
    expect(schools.find((s) => s.URN === 140017)).toMatchObject({
      "Predecessor URN": 122713,
      Phase: "Primary",
      "Local authority": "Nottingham",
    });
  });

  it("stores KS2 2018/19 progress, absence, census and the derived figures labelled as derived", () => {
    const measures = rowsOf(first.tables.Measures);
    const find = (urn: number, code: string) =>
      measures.find((m) => m.URN === urn && m["Measure code"] === code);
    expect(find(138776, "ks2-reading-progress")).toMatchObject({
      Value: -5.1,
      "Academic year": "2018/19",
      Status: "final",
    });
    expect(find(138776, "overall-absence")).toMatchObject({ Value: 3.3 });
    expect(find(138776, "attendance")).toMatchObject({
      Value: 96.7,
      Note: expect.stringContaining("derived: 100 - PERCTOT"),
    });
    expect(find(138776, "sen")).toMatchObject({
      Value: 14.8,
      Note: expect.stringContaining("PSENELSE + PSENELK"),
    });
    expect(find(138776, "pupil-premium")).toMatchObject({
      Value: 22.2,
      Note: expect.stringContaining("FSM6 proxy"),
    });
    expect(find(138776, "roll")).toMatchObject({ Value: 257 });
    // Schools that joined after 2019 have no 2018/19 rows, and the report says so.
    expect(find(147624, "roll")).toBeUndefined();
    const abs = first.reports.find((r) => r.file.endsWith("england_abs.csv"));
    expect(abs?.schoolsMissing).toEqual([147399, 147624, 147927]);
    expect(abs).toMatchObject({ rowsMatched: 16, encoding: "utf-8 with BOM" });
  });

  it("takes national rows from LA=NAT / URN=NAT with the phase in ESTAB, and KS4's state-funded RECTYPE from the metadata", () => {
    const national = rowsOf(first.tables.National);
    const find = (code: string, phase: string) =>
      national.find((n) => n["Measure code"] === code && n.Phase === phase);
    expect(find("overall-absence", "Primary")).toMatchObject({
      Value: 4,
      "Academic year": "2018/19",
    });
    expect(find("attendance", "Primary")).toMatchObject({ Value: 96 });
    expect(find("persistent-absence", "Secondary")).toMatchObject({ Value: 13.7 });
    expect(find("sen", "Primary")).toMatchObject({ Value: 14.2 });
    expect(find("roll", "Primary")).toBeUndefined();
    expect(find("ks4-attainment8", "Secondary")).toMatchObject({
      Value: 46.5,
      Source: expect.stringContaining("RECTYPE 7 (National (state-funded schools))"),
    });
    expect(national.filter((n) => n["Measure code"] === "ks4-attainment8")).toHaveLength(1);
  });

  it("without the KS4 metadata, uses no national KS4 row and says why", () => {
    const without = plan(DATA_2019.filter((f) => !f.includes("ks4provisional_2018-2019_meta")));
    expect(
      rowsOf(without.tables.National).some((n) => n["Measure code"] === "ks4-attainment8")
    ).toBe(false);
    expect(without.reports.find((r) => r.file.includes("ks4"))?.notes.join(" ")).toMatch(
      /record type is not described/
    );
  });

  it("imports Ofsted MI in three forms, predecessor inspections linked, codes counted", () => {
    const inspections = rowsOf(first.tables.Inspections);
    const highbank = inspections.filter((i) => i.URN === 140017);
    expect(highbank[0]).toMatchObject({
      Predecessor: "Yes",
      "Predecessor URN": 122713,
      Overall: "Good",
    });
    const lawn = inspections.filter((i) => i.URN === 147624);
    expect(lawn.map((i) => i.Overall).sort()).toEqual(["Not judged", "Outstanding"]);
    // Lawn Primary (147624) began on 2019-12-01 (GIAS Predecessor link to 112779): the "Latest
    // OEIF" Outstanding of 12 Mar 2014 under its URN is its predecessor's; the 2024 one its own.
    expect(
      lawn.map((i) => [i["Inspection date"], i.Predecessor, i["Predecessor URN"] ?? null])
    ).toEqual(
      expect.arrayContaining([
        [41710, "Yes", 112779],
        [45609, "No", null],
      ])
    );
    const ashbrook = inspections.find((i) => i.URN === 147927);
    expect(ashbrook).toMatchObject({
      Type: "report card",
      Inclusion: "Expected standard",
      "Curriculum and teaching": "Strong standard",
      Safeguarding: "Met",
    });
    expect(ashbrook?.["Inclusion - date of grade"]).toBe(46036);
    const eif = first.reports.find((r) => r.file.includes("eif"));
    expect(eif?.missingByCode["9"]).toBeGreaterThan(0);
    expect(eif?.missingByCode.NULL).toBe(17);
    expect(eif?.encoding).toBe("windows-1252");
    // An ungraded outcome is its own inspection.
    expect(
      inspections
        .filter((i) => i.URN === 138776)
        .map((i) => i.Type)
        .sort()
    ).toEqual(["graded", "ungraded"]);
    expect(new Set(inspections.map((i) => i.URN)).size).toBe(19);
  });

  it("an inspection before the school's URN began is its predecessor's: by the GIAS link date, else Joined trust", () => {
    const mi = fixture("synthetic/ofsted_mi_2024-25_2025-03-31.csv");
    const schools = {
      name: "schools.csv",
      grid: [
        ["URN", "School name", "Phase", "Joined trust", "Predecessor URN"],
        [147624, "Lawn Primary School", "Primary", "2019-12-01", 112779],
      ],
    };
    const byJoined = rowsOf(
      planPublishedImport({ files: [mi], schoolList: schools, existing: {} }).tables.Inspections
    );
    expect(byJoined.map((i) => [i["Inspection date"], i["Predecessor URN"] ?? null])).toEqual(
      expect.arrayContaining([
        [41710, 112779],
        [45609, null],
      ])
    );
    // Without a predecessor the school's own URN keeps every inspection, whatever its date.
    const own = rowsOf(
      planPublishedImport({
        files: [mi],
        schoolList: {
          ...schools,
          grid: [schools.grid[0].slice(0, 4), schools.grid[1].slice(0, 4)],
        },
        existing: {},
      }).tables.Inspections
    );
    expect(own.every((i) => i.Predecessor === "No")).toBe(true);
  });

  it("asks for the year when nothing states it", () => {
    const result = planPublishedImport({
      files: [
        { name: "downloads/england_abs.csv", grid: fixture("dfe-2018-19/england_abs.csv").grid },
      ],
      schoolList: fixture("gias/group_links.csv"),
      existing: {},
    });
    expect(result.problems.map((p) => p.message).join(" ")).toMatch(
      /downloads\/england_abs.csv does not say its academic year.*--year/
    );
  });

  it("a second import of another year adds rows; importing the same files again changes nothing", () => {
    const existing = {
      Measures: asExisting(first.tables.Measures),
      National: asExisting(first.tables.National),
      Inspections: asExisting(first.tables.Inspections),
    };
    const again = plan(DATA_2019, existing);
    expect(again.tables.Measures).toMatchObject({ added: 0, replaced: 0, appends: [] });
    expect(again.tables.Inspections).toMatchObject({ added: 0, appends: [] });
    const next = plan(
      [
        "synthetic/england_ks2_2022-2023_provisional.csv",
        "synthetic/england_ks2_2022-2023_meta.csv",
      ],
      existing
    );
    expect(next.tables.Measures?.added).toBeGreaterThan(0);
    expect(next.tables.Measures?.replaced).toBe(0);
    const added = rowsOf(next.tables.Measures);
    expect(
      added.find(
        (m) =>
          m.URN === 138776 &&
          m["Measure code"] === "ks2-rwm-expected" &&
          m["Academic year"] === "2022/23"
      )
    ).toMatchObject({ Value: 57, Status: "provisional", Cohort: 30 });
    expect(
      added.find(
        (m) =>
          m.URN === 138776 &&
          m["Measure code"] === "ks2-rwm-expected" &&
          m["Academic year"] === "2021/22"
      )
    ).toMatchObject({ Value: 50, Cohort: 28 }); // PTRWM_EXP_22 counted by TELIG_22
    expect(
      added.find(
        (m) =>
          m.URN === 147927 &&
          m["Measure code"] === "ks2-rwm-expected" &&
          m["Academic year"] === "2022/23"
      )
    ).toMatchObject({ Value: "SUPP" });
    expect(
      rowsOf(next.tables.National).find(
        (n) => n["Measure code"] === "ks2-rwm-expected" && n["Academic year"] === "2022/23"
      )
    ).toMatchObject({ Value: 60, Phase: "Primary" });
  });

  it("a revised file replaces provisional rows; a provisional file never replaces revised ones; a typed row is kept", () => {
    const provisional = plan([
      "synthetic/england_ks2_2022-2023_provisional.csv",
      "synthetic/england_ks2_2022-2023_meta.csv",
    ]);
    const measures = asExisting(provisional.tables.Measures);
    // A person typed a figure for another school and year in the same table.
    const typed = measures.headers.map(
      (h) =>
        (
          ({
            URN: 141396,
            "Measure code": "ks2-rwm-expected",
            "Academic year": "2022/23",
            Value: 64,
          }) as Record<string, unknown>
        )[h] ?? null
    );
    const at = measures.rows.findIndex(
      (row) => row[0] === 141396 && row[1] === "ks2-rwm-expected" && row[2] === "2022/23"
    );
    measures.rows[at] = typed as ExistingTable["rows"][number];
    const revised = plan(
      ["synthetic/england_ks2_2022-2023_revised.csv", "synthetic/england_ks2_2022-2023_meta.csv"],
      { Measures: measures }
    );
    const merge = revised.tables.Measures;
    expect(merge?.appends).toEqual([]);
    expect(merge?.keptTyped).toBe(1);
    const value = merge?.columnUpdates.find((u) => u.header === "Value")?.values;
    const status = merge?.columnUpdates.find((u) => u.header === "Status")?.values;
    const zaytouna = measures.rows.findIndex(
      (row) => row[0] === 138776 && row[1] === "ks2-rwm-expected" && row[2] === "2022/23"
    );
    expect(value?.[zaytouna]).toBe(58);
    // The typed row's cells are left as they are (undefined), never written back as read.
    expect(status?.every((s, i) => (i === at ? s === undefined : s === "revised"))).toBe(true);
    expect(value?.[at]).toBeUndefined();
    const back = plan(
      [
        "synthetic/england_ks2_2022-2023_provisional.csv",
        "synthetic/england_ks2_2022-2023_meta.csv",
      ],
      {
        Measures: {
          headers: merge?.headers ?? [],
          rows: measures.rows.map((row, i) =>
            row.map(
              (cell, c) =>
                merge?.columnUpdates.find((u) => u.header === merge.headers[c])?.values[i] ?? cell
            )
          ) as ExistingTable["rows"],
        },
      }
    );
    expect(back.tables.Measures).toMatchObject({ replaced: 0, columnUpdates: [], appends: [] });
    expect(back.tables.Measures?.keptNewer).toBeGreaterThan(0);
    expect(mergeCountParts(back.tables.Measures!, "written").at(-1)).toMatch(
      /^\d+ kept \(the table's status is newer than the file's\)$/
    );
  });

  it("says why Schools and Inspections rows already present are kept: an import never rewrites them", () => {
    const input = {
      files: DATA_2019.map(fixture),
      schoolList: fixture("gias/group_links.csv"),
      existing: {},
    };
    const first = planPublishedImport(input);
    const existing = (name: "Schools" | "Inspections"): ExistingTable => ({
      headers: first.tables[name]!.headers,
      rows: first.tables[name]!.appends as ExistingTable["rows"],
    });
    const again = planPublishedImport({
      ...input,
      existing: { Schools: existing("Schools"), Inspections: existing("Inspections") },
    });
    expect(mergeCountParts(again.tables.Schools!, "written")).toEqual([
      "0 added",
      "0 replaced",
      "0 unchanged",
      "19 kept (already in the table; an import adds schools, never rewrites them)",
    ]);
    expect(mergeCountParts(again.tables.Inspections!, "planned").at(-1)).toMatch(
      /kept \(already recorded; an import never rewrites an inspection\)$/
    );
  });
});

describe("inspections already in the workbook", () => {
  it("an inspection a person typed without its number is not added again", () => {
    const typed: ExistingTable = {
      headers: ["URN", "Inspection date", "Type", "Overall"],
      // 01/01/2017 as an Excel serial, as a workbook holds it
      rows: [[138776, 42736, "graded", "Good"]],
    };
    const result = planPublishedImport({
      files: [fixture("synthetic/ofsted_mi_eif_2023-08-31.csv")],
      schoolList: fixture("gias/group_links.csv"),
      existing: { Inspections: typed },
    });
    const merge = result.tables.Inspections;
    expect(merge?.keptTyped).toBe(1);
    const urns = merge?.appends.map((row) => row[0]) ?? [];
    expect(urns.filter((urn) => urn === 138776)).toHaveLength(1); // the ungraded one only
  });

  it("writes into a header variant the reader accepts, never beside it or blank", () => {
    const typed: ExistingTable = {
      headers: ["URN", "Inspection_Date", "Type", "Overall", "My notes"],
      rows: [[138776, 42736, "graded", "Good", "typed by hand"]],
    };
    const result = planPublishedImport({
      files: [fixture("synthetic/ofsted_mi_eif_2023-08-31.csv")],
      schoolList: fixture("gias/group_links.csv"),
      existing: { Inspections: typed },
    });
    const merge = result.tables.Inspections!;
    expect(merge.keptTyped).toBe(1);
    expect(merge.headers.slice(0, 5)).toEqual(typed.headers);
    expect(merge.headers.filter((h) => /inspection.date/i.test(h))).toEqual(["Inspection_Date"]);
    expect(merge.appends.length).toBeGreaterThan(0);
    for (const row of merge.appends) {
      expect(typeof row[1]).toBe("number"); // the inspection date, as an Excel serial
      expect(row[4]).toBeNull(); // a person's own column is left to the table
    }
  });
});
