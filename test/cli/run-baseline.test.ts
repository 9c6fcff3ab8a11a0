import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { runCli } from "../../src/cli/run";
import { xlsxFiles } from "../../src/cli/xlsx-files";
import { BASELINE_INPUT_COL } from "../../src/core/baseline";
import { FIXTURES } from "../core/published/fixture-files";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const F = (path: string) => join(FIXTURES, path);
const DATA = [
  "dfe-2018-19/england_ks2final.csv",
  "dfe-2018-19/england_abs.csv",
  "dfe-2018-19/england_census.csv",
  "gias/links.csv",
  "gias/group_links.csv",
  "synthetic/ofsted_mi_eif_2023-08-31.csv",
  "synthetic/england_ks2_2022-2023_meta.csv",
  "synthetic/england_ks2_2022-2023_revised.csv",
].flatMap((path) => ["--data", F(path)]);

/** The Baseline sheet's rows as text, by label in column A. */
async function sheetRows(path: string, sheet: string) {
  const content = await (await XlsxWorkbook.open(path)).readSheetContent(sheet);
  const rows = new Map<number, Map<number, unknown>>();
  for (const cell of content.cells) {
    const row = rows.get(cell.row) ?? new Map<number, unknown>();
    row.set(cell.col, cell.value);
    rows.set(cell.row, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b);
}

describe("trusttier baseline and join", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "trusttier-baseline-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a Baseline sheet whose figures equal the files' and which states what is missing", async () => {
    const output = join(dir, "zaytouna.xlsx");
    const run = capture();
    const code = await runCli(
      [
        "baseline",
        "--urn",
        "138776",
        ...DATA,
        "--framework",
        "category",
        "--as-of",
        "2026-11-30",
        "--output",
        output,
      ],
      xlsxFiles,
      run.io
    );
    expect([code, run.err]).toEqual([0, []]);
    expect(run.out).toContain("Zaytouna Primary School (URN 138776), primary");
    // The school is being considered, not the trust's: its rows are counted for its URN, and
    // no LocalAuthority or Schools line claims otherwise.
    const report = run.out.join("\n");
    expect(report).toMatch(/england_ks2final\.csv .*: 1 row for URN 138776\n/);
    expect(report).not.toMatch(/matched to the trust|1 rows|trust's local authorities|^Schools:/m);
    expect(report).toMatch(
      /2 local-authority rows read; none kept \(a baseline keeps the school's own and national figures\)/
    );
    expect(run.out.join("\n")).toMatch(
      /No proposal yet: not enough evidence .*needs QA visits, Partnership review or Other external reports/
    );
    expect(run.out).toContain(`Wrote ${output}: sheet Baseline 138776`);

    const rows = await sheetRows(output, "Baseline 138776");
    const row = (label: string, year: string) =>
      rows.find(([, cells]) => cells.get(0) === label && cells.get(1) === year)?.[1];
    // england_ks2_2022-2023_revised.csv: PTRWM_EXP 58%, TELIG 30; RECTYPE 7 (state-funded) 60%.
    const rwm = row("% Meeting Expected in RWM", "2022/23")!;
    expect([rwm.get(2), rwm.get(3), rwm.get(4)]).toEqual([58, 30, 60]);
    // england_abs.csv: PERCTOT 3.3, national (LA=NAT, ESTAB PRI) 4.
    const absence = row("Overall absence", "2018/19")!;
    expect([absence.get(2), absence.get(4)]).toEqual([3.3, 4]);
    const texts = rows.flatMap(([, cells]) => [...cells.values()].map(String));
    expect(texts).toContain("Due-diligence proposal");
    expect(texts.some((t) => t.startsWith("No proposal yet: not enough evidence"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Practice observed"))).toBe(true);
    expect(texts).toContain("Trust's judgement of capacity");

    const tables = (await (await XlsxWorkbook.open(output)).describe()).tables.map((t) => t.name);
    expect(tables.sort()).toEqual(["Inspections", "Measures", "National"]);
  });

  it("joining re-keys the rows, records the school and prefills its first plan from the baseline", async () => {
    const baselined = join(dir, "baselined.xlsx");
    expect(
      await runCli(
        [
          "baseline",
          "--urn",
          "138776",
          ...DATA,
          "--framework",
          "category",
          "--as-of",
          "2026-11-30",
          "--output",
          baselined,
        ],
        xlsxFiles,
        capture().io
      )
    ).toBe(0);
    // A person types the trust's QA evidence and its capacity judgement on the sheet in Excel.
    const rows = await sheetRows(baselined, "Baseline 138776");
    const rowOf = (label: string) => rows.find(([, cells]) => cells.get(0) === label)![0];
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(baselined);
    const sheet = raw.getWorksheet("Baseline 138776")!;
    sheet.getCell(rowOf("QA visits") + 1, BASELINE_INPUT_COL + 1).value = "Some issues";
    sheet.getCell(rowOf("Trust's judgement of capacity") + 1, BASELINE_INPUT_COL + 1).value =
      "Capacity taker";
    const typed = join(dir, "typed.xlsx");
    await raw.xlsx.writeFile(typed);

    // Evidence typed in words the framework does not read stops the join, naming the cell.
    const wrong = new ExcelJS.Workbook();
    await wrong.xlsx.readFile(baselined);
    wrong
      .getWorksheet("Baseline 138776")!
      .getCell(rowOf("QA visits") + 1, BASELINE_INPUT_COL + 1).value = "Goodish";
    const wrongPath = join(dir, "wrong.xlsx");
    await wrong.xlsx.writeFile(wrongPath);
    const refused = capture();
    const refusedCode = await runCli(
      [
        "join",
        "--input",
        wrongPath,
        "--urn",
        "138776",
        "--new-urn",
        "150001",
        "--joined",
        "2026-09-01",
        "--output",
        join(dir, "no.xlsx"),
      ],
      xlsxFiles,
      refused.io
    );
    expect(refusedCode).toBe(2);
    expect(refused.err.join("\n")).toContain(
      `'Baseline 138776'!C${rowOf("QA visits") + 1} (column C 'QA visits', row ${rowOf("QA visits") + 1}):`
    );

    const joined = join(dir, "joined.xlsx");
    const run = capture();
    const code = await runCli(
      [
        "join",
        "--input",
        typed,
        "--urn",
        "138776",
        "--new-urn",
        "150001",
        "--joined",
        "2026-09-01",
        "--output",
        joined,
      ],
      xlsxFiles,
      run.io
    );
    expect([code, run.err]).toEqual([0, []]);
    // 18 since KS2 disadvantaged RWM expected became a catalogue measure the import stores.
    expect(run.out.join("\n")).toMatch(/18 Measures rows and 2 Inspections rows re-keyed/);
    expect(run.out.join("\n")).toMatch(/Due-diligence proposal: Category 3/);
    expect(run.out).toContain("Trust's judgement of capacity: Capacity taker");
    expect(run.out.join("\n")).toMatch(
      /First plan: Core Plan 150001 \(seed 002: Core Plan\), \d+ rows prefilled/
    );

    const workbook = await XlsxWorkbook.open(joined);
    const measures = await workbook.readTable("Measures");
    expect(new Set(measures.rows.map((r) => r[0]))).toEqual(new Set([150001]));
    const inspections = await workbook.readTable("Inspections");
    const at = (name: string) => inspections.headers.indexOf(name);
    for (const r of inspections.rows) {
      expect([r[at("URN")], r[at("Predecessor")], r[at("Predecessor URN")]]).toEqual([
        150001,
        "Yes",
        138776,
      ]);
    }
    const schools = await workbook.readTable("Schools");
    expect(schools.rows).toEqual([
      [150001, "Zaytouna Primary School", "Primary", expect.anything(), 138776, "Derby"],
    ]);
    const plan = await workbook.readSheetContent("Core Plan 150001");
    const texts = plan.cells.map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.includes("Zaytouna Primary School (URN 150001)"))).toBe(true);
    expect(texts.some((t) => /QA visits: Some issues/.test(t))).toBe(true);
    // The baseline figure shows its unit, year and cohort from the Measures row used
    // (england_ks2_2022-2023_revised.csv: PTRWM_EXP 58, TELIG 30).
    const rawPlan = new ExcelJS.Workbook();
    await rawPlan.xlsx.readFile(joined);
    const baselineCells: string[] = [];
    rawPlan.getWorksheet("Core Plan 150001")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === 58) baselineCells.push(cell.numFmt);
      })
    );
    expect(baselineCells).toEqual(['General"% (2022/23, cohort 30)"']);

    const again = capture();
    expect(
      await runCli(
        [
          "join",
          "--input",
          joined,
          "--urn",
          "138776",
          "--new-urn",
          "150001",
          "--joined",
          "2026-09-01",
          "--output",
          join(dir, "again.xlsx"),
        ],
        xlsxFiles,
        again.io
      )
    ).toBe(2);
    expect(again.err.join("\n")).toMatch(
      /URN 138776 already joined the trust as URN 150001 on 2026-09-01; its first plan is the sheet Core Plan 150001/
    );
  });

  it("a join run again once the trust typed its evidence dates its proposal on the Baseline sheet", async () => {
    const baselined = join(dir, "dated.xlsx");
    const baselineArgs = ["baseline", "--urn", "138776", ...DATA, "--framework", "category"];
    const joinArgs = ["join", "--urn", "138776", "--new-urn", "150001", "--joined", "2026-09-01"];
    await runCli(
      [...baselineArgs, "--as-of", "2026-06-30", "--output", baselined],
      xlsxFiles,
      capture().io
    );
    const first = join(dir, "dated-first.xlsx");
    const firstRun = capture();
    expect(
      await runCli([...joinArgs, "--input", baselined, "--output", first], xlsxFiles, firstRun.io)
    ).toBe(0);
    expect(firstRun.err.join("\n")).toMatch(/no first plan written/);

    const rows = await sheetRows(first, "Baseline 138776");
    const rowOf = (label: string) => rows.find(([, cells]) => cells.get(0) === label)![0];
    const proposalRow = rowOf("Proposed initial level");
    const before = rows.find(([r]) => r === proposalRow)![1].get(1);
    expect(before).toMatch(/^No proposal yet: not enough evidence/);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(first);
    const sheet = raw.getWorksheet("Baseline 138776")!;
    sheet.getCell(rowOf("QA visits") + 1, BASELINE_INPUT_COL + 1).value = "Some issues";
    sheet.getCell(rowOf("Trust's judgement of capacity") + 1, BASELINE_INPUT_COL + 1).value =
      "Capacity taker";
    const typed = join(dir, "dated-typed.xlsx");
    await raw.xlsx.writeFile(typed);

    const again = join(dir, "dated-again.xlsx");
    const run = capture();
    expect(
      await runCli([...joinArgs, "--input", typed, "--output", again], xlsxFiles, run.io)
    ).toBe(0);
    expect(run.out.join("\n")).toMatch(/Due-diligence proposal: Category 3/);
    expect(run.out).toContain(
      `Baseline sheet: the proposal at join written in B${proposalRow + 1}, dated, before the baseline's own`
    );
    const after = await sheetRows(again, "Baseline 138776");
    const cells = after.find(([r]) => r === proposalRow)![1];
    expect(cells.get(1)).toBe(
      `At join (as of 2026-09-01): ${/Due-diligence proposal: Category 3[^\n]*/.exec(run.out.join("\n"))![0]}. At baseline (2026-06-30): ${String(before)}`
    );
    // What the trust typed is untouched.
    const typedRow = after.find(([r]) => r === rowOf("Trust's judgement of capacity"))![1];
    expect(typedRow.get(BASELINE_INPUT_COL)).toBe("Capacity taker");
    expect(after.find(([r]) => r === rowOf("QA visits"))![1].get(BASELINE_INPUT_COL)).toBe(
      "Some issues"
    );
  });

  it("refuses input a person must fix with exit code 2 and a message naming it", async () => {
    const out = join(dir, "bad.xlsx");
    const cases: Array<[string[], RegExp]> = [
      [
        ["baseline", "--urn", "999999", ...DATA, "--output", out],
        /URN 999999 is in none of the files given/,
      ],
      [
        ["baseline", "--urn", "13877", ...DATA, "--output", out],
        /--urn 13877 is not a URN; expected six or seven digits/,
      ],
      [["baseline", "--urn", "138776", "--output", out], /baseline needs at least one --data FILE/],
      [
        ["baseline", "--urn", "138776", ...DATA, "--year", "2019", "--output", out],
        /--year 2019 is not an academic year/,
      ],
      [
        ["baseline", "--urn", "138776", ...DATA, "--framework", "nope", "--output", out],
        /--framework: framework 'nope' is not a built-in framework/,
      ],
      [
        [
          "join",
          "--input",
          join(dir, "zaytouna.xlsx"),
          "--urn",
          "138776",
          "--new-urn",
          "150001",
          "--output",
          out,
        ],
        /join needs --joined YYYY-MM-DD/,
      ],
      [
        [
          "join",
          "--input",
          join(dir, "zaytouna.xlsx"),
          "--urn",
          "141324",
          "--new-urn",
          "150001",
          "--joined",
          "2026-09-01",
          "--output",
          out,
        ],
        /no baseline for URN 141324 in this workbook/,
      ],
    ];
    const strange = join(dir, "strange.csv");
    writeFileSync(strange, "Name,Colour\nA,red\n");
    cases.push([
      ["baseline", "--urn", "138776", ...DATA, "--data", strange, "--output", out],
      /strange\.csv.*not a file TrustTier recognises/,
    ]);
    for (const [args, message] of cases) {
      const run = capture();
      expect([args.join(" "), await runCli(args, xlsxFiles, run.io)]).toEqual([args.join(" "), 2]);
      expect(run.err.join("\n")).toMatch(message);
    }
  });
});
