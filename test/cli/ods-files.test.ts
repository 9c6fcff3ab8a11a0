import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";
import { FIXTURES } from "../core/published/fixture-files";
import { memoryFiles } from "./memory-files";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const F = (path: string) => join(FIXTURES, path);
const ODS = F("synthetic/ofsted_mi_eif_2023-08-31.ods");
const CSV = F("synthetic/ofsted_mi_eif_2023-08-31.csv");

async function importInspections(data: string) {
  const { files, saved } = memoryFiles();
  const run = capture();
  const code = await runCli(
    ["import", "--schools", F("gias/group_links.csv"), "--data", data, "--output", "out.xlsx"],
    files,
    run.io
  );
  const workbook = saved.get(join(process.cwd(), "out.xlsx"));
  const table = workbook ? await workbook.readTable("Inspections") : undefined;
  return { code, run, table };
}

describe("Ofsted management information as .ods (two sheets: notes, then the data)", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "trusttier-ods-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports the same inspections from the .ods as from the CSV of the same data, naming the sheet read", async () => {
    const ods = await importInspections(ODS);
    const csv = await importInspections(CSV);
    expect([ods.code, ods.run.err]).toEqual([0, []]);
    expect(ods.run.out.join("\n")).toContain(
      "ofsted_mi_eif_2023-08-31.ods (sheet 'Latest inspections', headers on row 2) (Ofsted management information, OpenDocument): 17 rows matched to the trust"
    );
    expect(ods.run.out).toContain("Inspections (new): 23 added, 0 replaced, 0 unchanged");
    const withoutSource = (table: typeof ods.table) => {
      const at = table?.headers.indexOf("Imported from") ?? -1;
      return table?.rows.map((row) => row.filter((_, i) => i !== at));
    };
    expect(ods.table?.headers).toEqual(csv.table?.headers);
    expect(withoutSource(ods.table)).toEqual(withoutSource(csv.table));
    expect(withoutSource(ods.table)?.length).toBe(23);
  });

  it("classify takes the .ods as its school list, as it takes the CSV", async () => {
    const { files } = memoryFiles();
    const run = capture();
    const code = await runCli(
      ["classify", "--input", ODS, "--as-of", "2026-07-17", "--output", "c.xlsx"],
      files,
      run.io
    );
    expect([code, run.err]).toEqual([0, []]);
    expect(run.out.join("\n")).toMatch(/Classified 17 schools from table Schools/);
  });

  it("exits 2 naming the file for an .ods cut short and for one that is not a zip", async () => {
    const cut = join(dir, "cut.ods");
    writeFileSync(cut, readFileSync(ODS).subarray(0, 1500));
    const text = join(dir, "text.ods");
    writeFileSync(text, "URN,Overall effectiveness\n138776,2\n");
    const expectations: Array<[string, RegExp]> = [
      [
        cut,
        /^trusttier: --data .*cut\.ods is damaged or incomplete .*; expected an OpenDocument spreadsheet/,
      ],
      [
        text,
        /^trusttier: --data .*text\.ods is not an OpenDocument spreadsheet \(it is not a zip archive\)/,
      ],
    ];
    for (const [path, message] of expectations) {
      const { code, run } = await importInspections(path);
      expect(code).toBe(2);
      expect(run.err.join("\n")).toMatch(message);
    }
  });
});
