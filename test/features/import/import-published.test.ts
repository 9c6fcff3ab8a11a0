import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { importPublishedData, importReportLines } from "../../../src/features/import";
import { InputProblemsError } from "../../../src/features/input-problems";
import { tableSheetLayout } from "../../../src/features/demo/table-sheet";
import { fixture } from "../../core/published/fixture-files";

/** A workbook holding a trust's own Schools and Measures tables, as a person typed them. */
async function trustWorkbook(): Promise<MemoryWorkbook> {
  return MemoryWorkbook.from("trust.xlsx", [
    tableSheetLayout({
      name: "Schools",
      grid: [
        ["URN", "School name", "Phase", "Ofsted"],
        [138776, "Zaytouna Primary School", "Primary", "Good"],
        [139217, "Sneinton St Stephen's CofE Primary School", "Primary", "Good"],
      ],
      dateColumns: [],
    }),
    tableSheetLayout({
      name: "Measures",
      grid: [
        ["URN", "Measure code", "Academic year", "Value"],
        [138776, "attendance", "2018/19", 95.1],
      ],
      dateColumns: [],
    }),
  ]);
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
});
