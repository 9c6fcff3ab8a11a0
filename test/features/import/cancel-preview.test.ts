import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { readPublishedCsv } from "../../../src/core/published";
import { importPublishedData, previewImport } from "../../../src/features/import";
import type { WorkbookPort } from "../../../src/port";
import { trustTableLayouts } from "./trust-tables";
import { fixture, FIXTURES } from "../../core/published/fixture-files";

const SCHOOLS_WITHOUT_OFSTED = [
  ["URN", "School name", "Phase"],
  [138776, "Zaytouna Primary School", "Primary"],
  [139217, "Sneinton St Stephen's CofE Primary School", "Primary"],
];

async function trustWorkbook(): Promise<MemoryWorkbook> {
  return MemoryWorkbook.from("trust.xlsx", trustTableLayouts(SCHOOLS_WITHOUT_OFSTED));
}

/** Everything a workbook holds that an import could change. */
async function snapshot(port: WorkbookPort) {
  const described = await port.describe();
  return {
    described,
    tables: await port.readTables(described.tables.map((t) => t.name)),
  };
}

/** The port, with `onWrite` called before each write it passes on. */
function watchingWrites(port: MemoryWorkbook, onWrite: () => void): WorkbookPort {
  return {
    describe: () => port.describe(),
    readTable: (name) => port.readTable(name),
    readTables: (names) => port.readTables(names),
    readUsedRange: (sheet) => port.readUsedRange(sheet),
    readSheetContent: (sheet) => port.readSheetContent(sheet),
    readSheetContents: (sheets) => port.readSheetContents(sheets),
    writeSheets: (run, options) => (onWrite(), port.writeSheets(run, options)),
    writeLayout: (layout, options) => (onWrite(), port.writeLayout(layout, options)),
    deleteSheet: (name) => (onWrite(), port.deleteSheet(name)),
    appendRows: (table, rows, options) => (onWrite(), port.appendRows(table, rows, options)),
    setTableColumn: (table, column) => (onWrite(), port.setTableColumn(table, column)),
    setCells: (sheet, cells) => (onWrite(), port.setCells(sheet, cells)),
    readSettings: () => port.readSettings(),
    writeSettings: (changes) => (onWrite(), port.writeSettings(changes)),
  };
}

const files = () => [
  fixture("dfe-2018-19/england_abs.csv"),
  fixture("dfe-2018-19/england_census.csv"),
];

describe("previewImport", () => {
  it("says what the files hold and what the tables would gain, and writes nothing", async () => {
    const port = await trustWorkbook();
    const before = await snapshot(port);
    const plan = await previewImport(port, { files: files() });
    expect(await snapshot(port)).toEqual(before);
    expect(plan.problems).toEqual([]);
    expect(plan.trustSchools).toEqual([
      { urn: 138776, name: "Zaytouna Primary School" },
      { urn: 139217, name: "Sneinton St Stephen's CofE Primary School" },
    ]);
    expect(plan.reports.map((r) => [r.file, r.family, r.year, r.encoding, r.rowsMatched])).toEqual([
      [
        "dfe-2018-19/england_abs.csv",
        "DfE performance tables: absence",
        "2018/19",
        "utf-8 with BOM",
        2,
      ],
      [
        "dfe-2018-19/england_census.csv",
        "DfE performance tables: school census",
        "2018/19",
        "utf-8 with BOM",
        2,
      ],
    ]);
    expect(plan.tables.Measures).toMatchObject({ added: 13, keptTyped: 1 });
  });

  it("names the files whose year nothing states, and plans them once a year is given", async () => {
    const port = await trustWorkbook();
    // As the browser names a picked file: no folder, so no year.
    const bytes = readFileSync(join(FIXTURES, "dfe-2018-19/england_abs.csv"));
    const read = readPublishedCsv("england_abs.csv", bytes);
    if (!read.ok) throw new Error(read.problems[0].message);
    const unstated = await previewImport(port, { files: [read.value] });
    expect(unstated.needsYear).toEqual(["england_abs.csv"]);
    const stated = await previewImport(port, { files: [read.value], year: "2018/19" });
    expect(stated.needsYear).toEqual([]);
    expect(stated.problems).toEqual([]);
    expect(stated.reports[0].year).toBe("2018/19");
  });
});

describe("cancelling an import", () => {
  it("leaves every table as it was when cancelled before the first write", async () => {
    const port = await trustWorkbook();
    const before = await snapshot(port);
    const abort = new AbortController();
    const steps: string[] = [];
    const run = importPublishedData(port, {
      files: files(),
      signal: abort.signal,
      onProgress: (progress) => {
        steps.push(progress.step);
        // Cancelled while the files are matched: after reading, before writing.
        if (progress.done === 1) abort.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: "Cancelled" });
    expect(steps).toEqual([
      "Reading the workbook's tables",
      "Matching the files to the trust's schools",
    ]);
    expect(await snapshot(port)).toEqual(before);
  });

  it("finishes the whole import once writing has begun, so no table is left half-updated", async () => {
    const reference = await trustWorkbook();
    await importPublishedData(reference, { files: files() });

    const memory = await trustWorkbook();
    const abort = new AbortController();
    let writes = 0;
    const port = watchingWrites(memory, () => {
      writes++;
      abort.abort(); // a cancel arriving with the first write, and every one after
    });
    const result = await importPublishedData(port, { files: files(), signal: abort.signal });
    expect(writes).toBeGreaterThan(1);
    expect(result.tables.map((t) => t.table)).toEqual(["Schools", "Measures", "National"]);
    expect(await snapshot(memory)).toEqual(await snapshot(reference));
  });
});
