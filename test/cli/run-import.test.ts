import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { runCli } from "../../src/cli/run";
import { xlsxFiles } from "../../src/cli/xlsx-files";
import { FIXTURES } from "../core/published/fixture-files";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const F = (path: string) => join(FIXTURES, path);
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
].flatMap((path) => ["--data", F(path)]);

async function table(path: string, name: string) {
  return (await XlsxWorkbook.open(path)).readTable(name);
}

describe("trusttier import", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "trusttier-import-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes Schools, Inspections, Measures and National from the fixture trust's files, and cards for every school", async () => {
    const first = join(dir, "trust.xlsx");
    const run = capture();
    const code = await runCli(
      ["import", "--schools", F("gias/group_links.csv"), ...DATA_2019, "--output", first],
      xlsxFiles,
      run.io
    );
    expect([code, run.err]).toEqual([0, []]);
    expect(run.out).toContain("Trust schools: 19");
    expect(run.out).toContain("Measures (new): 160 added, 0 replaced, 0 unchanged");
    expect(run.out.join("\n")).toMatch(
      /england_abs.csv .*16 rows matched to the trust\n {2}schools missing from the file: 147399, 147624, 147927/
    );
    expect(run.out.join("\n")).toMatch(
      /england_ks4provisional\.csv .*\n(?: {2}.*\n)* {2}note: 4 local-authority rows read; those of the trust's local authorities go to the LocalAuthority table/
    );
    const tables = (await (await XlsxWorkbook.open(first)).describe()).tables.map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(["Schools", "Inspections", "Measures", "National"])
    );
    expect((await table(first, "Schools")).rowCount).toBe(19);
    // Ashbrook Junior (147927) joined in 2020 and is in no 2018/19 file, but the school list gives
    // its LA (code) 830: england_ks4provisional.csv's RECTYPE 4, LEA 830 row (ATT8SCR 46.1) is the trust's.
    const las = await table(first, "LocalAuthority");
    const la = (h: string) => las.headers.indexOf(h);
    const derbyshire = las.rows.filter((r) => r[la("LA code")] === "830");
    expect(
      derbyshire.map((r) => [r[la("Local authority")], r[la("Measure code")], r[la("Value")]])
    ).toContainEqual(["Derbyshire", "ks4-attainment8", 46.1]);
    expect(new Set(las.rows.map((r) => r[la("LA code")]))).toEqual(
      new Set(["830", "831", "891", "892"])
    );

    const cards = capture();
    const cardsOut = join(dir, "trust-cards.xlsx");
    const cardsCode = await runCli(
      ["cards", "--input", first, "--as-of", "2026-11-30", "--output", cardsOut],
      xlsxFiles,
      cards.io
    );
    expect([cardsCode, cards.err]).toEqual([0, []]);
    // Schools holds no criterion column after an import: Ofsted comes from Inspections, and
    // the cards' level column says what else the trust must gather.
    const classified = await table(cardsOut, "Schools");
    const proposed = classified.headers.findIndex((h) => /\(proposed\)$/.test(String(h)));
    expect(proposed).toBeGreaterThan(0);
    const reasons = classified.rows.map((r) => String(r[proposed + 3]));
    expect(reasons.filter((r) => /^not enough evidence \(1 of 10 criteria/.test(r))).toHaveLength(
      classified.rows.filter((r) => r[proposed] === "not enough evidence").length
    );
    expect(reasons[0]).toMatch(/needs 3 of Teaching and curriculum, Leadership/);
    const workbook = await XlsxWorkbook.open(cardsOut);
    const sheets = (await workbook.describe()).sheets.map((s) => s.name);
    const schools = await table(first, "Schools");
    for (const row of schools.rows) {
      const name = String(row[1]).replace(/'/g, "\u2019");
      const sheet = sheets.find((s) => name.startsWith(s));
      expect(sheet).toBeDefined();
      const content = await workbook.readSheetContent(sheet!);
      const texts = content.cells.map((cell) => String(cell.value ?? ""));
      expect(texts).toContain("Last Inspection:");
      expect(content.cells.some((cell) => /Inspections\[/.test(cell.formula ?? ""))).toBe(true);
      // The three schools that joined after 2019 have no row in the 2018/19 files.
      const hasFigures = ![147399, 147624, 147927].includes(Number(row[0]));
      expect(content.cells.some((cell) => /Measures\[/.test(cell.formula ?? ""))).toBe(hasFigures);
    }
  });

  it("a second import of another year adds without duplicating; a revised file replaces provisional rows", async () => {
    const first = join(dir, "base.xlsx");
    await runCli(
      ["import", "--schools", F("gias/group_links.csv"), ...DATA_2019, "--output", first],
      xlsxFiles,
      capture().io
    );
    const before = (await table(first, "Measures")).rowCount;

    const again = join(dir, "again.xlsx");
    const repeat = capture();
    expect(
      await runCli(
        ["import", "--input", first, ...DATA_2019, "--output", again],
        xlsxFiles,
        repeat.io
      )
    ).toBe(0);
    expect(repeat.out).toContain("Measures: 0 added, 0 replaced, 160 unchanged");
    expect((await table(again, "Measures")).rowCount).toBe(before);

    const provisional = join(dir, "provisional.xlsx");
    const ks2 = ["--data", F("synthetic/england_ks2_2022-2023_meta.csv")];
    const second = capture();
    expect(
      await runCli(
        [
          "import",
          "--input",
          first,
          ...ks2,
          "--data",
          F("synthetic/england_ks2_2022-2023_provisional.csv"),
          "--output",
          provisional,
        ],
        xlsxFiles,
        second.io
      )
    ).toBe(0);
    const added = (await table(provisional, "Measures")).rowCount - before;
    expect(added).toBeGreaterThan(20);

    const revised = join(dir, "revised.xlsx");
    const third = capture();
    expect(
      await runCli(
        [
          "import",
          "--input",
          provisional,
          ...ks2,
          "--data",
          F("synthetic/england_ks2_2022-2023_revised.csv"),
          "--output",
          revised,
        ],
        xlsxFiles,
        third.io
      )
    ).toBe(0);
    expect(third.out.find((l) => l.startsWith("Measures:"))).toBe(
      `Measures: 0 added, ${added} replaced, 0 unchanged`
    );
    const measures = await table(revised, "Measures");
    expect(measures.rowCount).toBe(before + added);
    const h = (name: string) => measures.headers.indexOf(name);
    const zaytouna = measures.rows.filter(
      (r) =>
        r[h("URN")] === 138776 &&
        r[h("Measure code")] === "ks2-rwm-expected" &&
        r[h("Academic year")] === "2022/23"
    );
    expect(zaytouna.map((r) => [r[h("Value")], r[h("Status")]])).toEqual([[58, "revised"]]);
  });

  it("exits 2 naming the file and --year when a file does not say its year", async () => {
    const folder = join(dir, "downloads");
    mkdirSync(folder, { recursive: true });
    copyFileSync(F("dfe-2018-19/england_abs.csv"), join(folder, "england_abs.csv"));
    const run = capture();
    const args = [
      "import",
      "--schools",
      F("gias/group_links.csv"),
      "--data",
      join(folder, "england_abs.csv"),
      "--output",
      join(dir, "x.xlsx"),
    ];
    expect(await runCli(args, xlsxFiles, run.io)).toBe(2);
    expect(run.err.join("\n")).toMatch(
      /england_abs.csv does not say its academic year.*--year YYYY\/YY/
    );
    const withYear = capture();
    expect(await runCli([...args, "--year", "2018/19"], xlsxFiles, withYear.io)).toBe(0);
  });

  it("classify takes a .csv school list", async () => {
    const run = capture();
    const out = join(dir, "sample-TrustTier.xlsx");
    const input = join(dir, "sample.csv");
    copyFileSync(join(__dirname, "../../data/demo-trust/Schools.csv"), input);
    expect(
      await runCli(
        ["classify", "--input", input, "--as-of", "2026-07-17", "--output", out],
        xlsxFiles,
        run.io
      )
    ).toBe(0);
    expect(run.out.join("\n")).toMatch(/Classified 14 schools/);
  });
});
