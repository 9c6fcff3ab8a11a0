import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { cellKey } from "../../../src/adapters/memory/model";
import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/XlsxWorkbook";
import { DATE_FORMAT } from "../../../src/core/layout/number-formats";
import { BASELINE_INPUT_COL } from "../../../src/core/baseline";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import type { Framework } from "../../../src/core/frameworks/types";
import {
  previewBaseline,
  joinPreviewLines,
  joinSchool,
  listBaselines,
  previewJoin,
  writeBaseline,
  type BaselineRequest,
} from "../../../src/features/baseline";
import { tableSheetLayout } from "../../../src/core/layout/table-sheet";
import { formatProblem } from "../../../src/core/problems";
import { isInputProblemsError } from "../../../src/features/input-problems";
import { fixture } from "../../core/published/fixture-files";
import { FakeExcel } from "../../support/fake-excel";

const request: BaselineRequest = {
  urn: 138776,
  files: [
    "dfe-2018-19/england_abs.csv",
    "synthetic/ofsted_mi_eif_2023-08-31.csv",
    "synthetic/england_ks2_2022-2023_meta.csv",
    "synthetic/england_ks2_2022-2023_revised.csv",
  ].map(fixture),
  framework: getBuiltinFramework("tiers") as Framework,
  asOf: "2026-11-30",
};

async function trustWorkbook() {
  return MemoryWorkbook.from("trust.xlsx", [
    tableSheetLayout({
      name: "Targets",
      grid: [
        ["URN", "Measure code", "Academic year", "Target"],
        [138776, "ks2-rwm-expected", "2022/23", 65],
      ],
      dateColumns: [],
    }),
  ]);
}

describe("baselining a school in a trust's workbook", () => {
  it("previews without writing", async () => {
    const workbook = await trustWorkbook();
    const before = JSON.stringify((await workbook.describe()).sheets);
    const preview = await previewBaseline(workbook, request);
    expect(preview.plan.problems).toEqual([]);
    expect(preview.sheet?.layout.name).toBe("Baseline 138776");
    expect(JSON.stringify((await workbook.describe()).sheets)).toBe(before);
  });

  it("shows the trust's target beside the figure of its year, and keeps an earlier baseline sheet", async () => {
    const workbook = await trustWorkbook();
    const first = await writeBaseline(workbook, request);
    const figure = first.assessment.figures.find(
      (f) => f.measure === "ks2-rwm-expected" && f.year === "2022/23"
    );
    expect(figure).toMatchObject({ value: 58, national: { value: 60 }, target: 65 });
    const content = await workbook.readSheetContent(first.sheet);
    const rows = content.cells.filter(
      (c) => c.col === 0 && c.value === "% Meeting Expected in RWM"
    );
    const row = rows.find((r) =>
      content.cells.some((c) => c.row === r.row && c.col === 1 && c.value === "2022/23")
    )!.row;
    const cells = content.cells.filter((c) => c.row === row);
    expect(cells.find((c) => c.col === 6)?.value).toBe(65);
    expect(first.proposal.kind).toBe("missing");

    const second = await writeBaseline(workbook, request);
    expect(second.sheet).toBe("Baseline 138776 v2");
    expect(second.tables.find((t) => t.table === "Measures")).toMatchObject({ added: 0 });
    expect((await workbook.readSettings()).values["baseline:138776"]).toMatchObject({
      sheet: "Baseline 138776 v2",
      framework: "tiers",
    });
  });

  it("a cancel before the first write leaves the workbook as it was", async () => {
    const workbook = await trustWorkbook();
    const before = JSON.stringify((await workbook.describe()).sheets);
    await expect(
      writeBaseline(workbook, { ...request, signal: { aborted: true } })
    ).rejects.toThrow();
    expect(JSON.stringify((await workbook.describe()).sheets)).toBe(before);
  });

  it("previews a join without writing: rows to re-key, the Schools row and the proposal", async () => {
    const workbook = await trustWorkbook();
    await writeBaseline(workbook, request);
    const before = JSON.stringify(workbook.model.sheets.map((sheet) => [...sheet.cells]));
    const preview = await previewJoin(workbook, {
      urn: 138776,
      newUrn: 150001,
      joined: "2026-09-01",
    });
    expect(preview.join.rekeyed.Measures).toBeGreaterThan(0);
    expect(preview.join.schoolsCreate?.[1]?.slice(0, 3)).toEqual([
      150001,
      "Zaytouna Primary School",
      "Primary",
    ]);
    expect(preview.proposal.kind).toBe("missing");
    expect(preview.plan).toBeUndefined();
    expect(JSON.stringify(workbook.model.sheets.map((sheet) => [...sheet.cells]))).toBe(before);
  });

  it("writes a school name that looks like a formula as text, on the sheet and in Schools", async () => {
    const workbook = XlsxWorkbook.create("text.xlsx");
    const ofsted = [
      [
        "URN",
        "School name",
        "Ofsted phase",
        "Inspection number",
        "Inspection start date",
        "Overall effectiveness",
      ],
      [100002, '=HYPERLINK("http://example.invalid","x")', "Primary", "1", "01/03/2022", "2"],
    ];
    const written = await writeBaseline(workbook, {
      ...request,
      urn: 100002,
      files: [{ name: "ofsted_mi_2022-08-31.csv", grid: ofsted }],
    });
    const title = (await workbook.readSheetContent(written.sheet)).cells.find(
      (c) => c.row === 0 && c.col === 0
    );
    expect(title?.formula).toBeUndefined();
    expect(String(title?.value)).toMatch(/^Due-diligence baseline: =HYPERLINK/);
    await joinSchool(workbook, { urn: 100002, newUrn: 150002, joined: "2026-09-01" });
    const dir = mkdtempSync(join(tmpdir(), "trusttier-baseline-text-"));
    const saved = join(dir, "text.xlsx");
    await workbook.saveAs(saved);
    const schools = await (await XlsxWorkbook.open(saved)).readSheetContent("Schools");
    rmSync(dir, { recursive: true, force: true });
    const name = schools.cells.find((c) => c.row === 1 && c.col === 1);
    expect([name?.value, name?.formula]).toEqual([
      '=HYPERLINK("http://example.invalid","x")',
      undefined,
    ]);
  });

  it("stops, naming the cell, when the workbook's own rows for the school cannot be read", async () => {
    const workbook = await MemoryWorkbook.from("trust.xlsx", [
      tableSheetLayout({
        name: "Measures",
        grid: [
          ["URN", "Measure code", "Academic year", "Value"],
          [140017, "ks2-rwm-expected", "2019/20", "n/a?"],
          [138776, "ks2-rwm-expected", "2019/20", "about 50"],
        ],
        dateColumns: [],
      }),
    ]);
    const written = writeBaseline(workbook, request);
    await expect(written).rejects.toThrow(/Measures!D3 \(column D 'Value', row 3\)/);
    await expect(writeBaseline(workbook, request)).rejects.not.toThrow(/row 2\)/);
  });

  it("joins into the trust's own Schools table, which gains the joined date and predecessor columns", async () => {
    const workbook = await MemoryWorkbook.from("trust.xlsx", [
      tableSheetLayout({
        name: "Schools",
        grid: [
          ["URN", "School name", "Phase"],
          [140017, "Highbank Primary and Nursery School", "Primary"],
        ],
        dateColumns: [],
      }),
    ]);
    await writeBaseline(workbook, request);
    const result = await joinSchool(workbook, {
      urn: 138776,
      newUrn: 150001,
      joined: "2026-09-01",
    });
    expect(result.noPlan).toMatch(/no first plan written: the baseline proposes no level/);
    const schools = await workbook.readTable("Schools");
    expect(schools.headers).toEqual([
      "URN",
      "School name",
      "Phase",
      "Joined trust",
      "Predecessor URN",
    ]);
    expect(schools.rows).toEqual([
      [140017, "Highbank Primary and Nursery School", "Primary", null, null],
      [150001, "Zaytouna Primary School", "Primary", 46266, 138776],
    ]);
  });

  it("a join that wrote no plan writes it when run again, once the trust has typed its evidence", async () => {
    const workbook = new MemoryWorkbook("trust.xlsx");
    const category = { ...request, framework: getBuiltinFramework("category") as Framework };
    const { sheet } = await writeBaseline(workbook, category);
    const first = await joinSchool(workbook, { urn: 138776, newUrn: 150001, joined: "2026-09-01" });
    expect(first.plan).toBeUndefined();
    const content = await workbook.readSheetContent(sheet);
    const qa = content.cells.find((c) => c.col === 0 && c.value === "QA visits")!.row;
    workbook.sheet(sheet).cells.set(cellKey(qa, BASELINE_INPUT_COL), { value: "No issues" });
    const second = await joinSchool(workbook, {
      urn: 138776,
      newUrn: 150001,
      joined: "2026-09-01",
    });
    expect(second.join.rekeyed).toEqual({ Measures: 0, Inspections: 0 });
    expect(second.plan).toMatchObject({ sheet: "Core Plan 150001", template: "core" });
    expect(await listBaselines(workbook)).toMatchObject([
      { urn: 138776, sheet, joined: { urn: 150001, date: "2026-09-01", plan: "Core Plan 150001" } },
    ]);
    expect((await workbook.readTable("Schools")).rowCount).toBe(1);
    await expect(
      joinSchool(workbook, { urn: 138776, newUrn: 150001, joined: "2026-09-01" })
    ).rejects.toThrow(/already joined the trust as URN 150001/);
  });
});

describe("a join refused at the URN", () => {
  it("names the URN asked for as the field at fault, not a sheet", async () => {
    const refused = await joinSchool(new MemoryWorkbook("trust.xlsx"), {
      urn: 141324,
      newUrn: 141324,
      joined: "2026-09-01",
    }).catch((error: unknown) => error);
    expect(isInputProblemsError(refused) && refused.problems).toEqual([
      expect.objectContaining({ code: "missing", field: "urn", urn: 141324 }),
    ]);
    expect(isInputProblemsError(refused) && formatProblem(refused.problems[0])).toMatch(
      /^no baseline for URN 141324 in this workbook; baseline it first \(New school, or trusttier baseline/
    );
  });
});

describe("a framework that names no first plan", () => {
  it("asks the person to choose the template, at the school, and joins once they have", async () => {
    const workbook = new MemoryWorkbook("trust.xlsx");
    const curriculum = { ...request, framework: getBuiltinFramework("curriculum") as Framework };
    const { sheet } = await writeBaseline(workbook, curriculum);
    const content = await workbook.readSheetContent(sheet);
    const typed = { Intent: "Secure", Implementation: "Effective", Impact: "Improving" };
    for (const [label, value] of Object.entries(typed)) {
      const row = content.cells.find((c) => c.col === 0 && c.value === label)!.row;
      workbook.sheet(sheet).cells.set(cellKey(row, BASELINE_INPUT_COL), { value });
    }
    const asked = { urn: 138776, newUrn: 150001, joined: "2026-09-01" } as const;

    const preview = await previewJoin(workbook, asked);
    expect(preview.plan).toBeUndefined();
    expect(preview.planToChoose).toEqual([
      expect.objectContaining({
        code: "missing",
        school: "Zaytouna Primary School",
        urn: 138776,
        field: "plan",
        expected: "one of strategic, isap, core, adp, rip, statement",
      }),
    ]);
    expect(formatProblem(preview.planToChoose![0])).toBe(
      "Zaytouna Primary School (URN 138776), its first plan: the framework 'curriculum' names no first plan: choose its template; expected one of strategic, isap, core, adp, rip, statement"
    );

    expect(joinPreviewLines(preview, 150001, "2026-09-01")).toContain(
      "First plan: the framework names none; choose its template below."
    );
    const sheets = (await workbook.describe()).sheets.length;
    const refused = await joinSchool(workbook, asked).catch((error: unknown) => error);
    expect(isInputProblemsError(refused) && refused.problems).toEqual(preview.planToChoose);
    expect((await workbook.describe()).sheets.length).toBe(sheets);

    const chosen = await previewJoin(workbook, { ...asked, plan: "adp" });
    expect(chosen.planToChoose).toBeUndefined();
    expect(chosen.plan).toMatchObject({ template: "adp" });
    const joined = await joinSchool(workbook, { ...asked, plan: "adp" });
    expect(joined.plan).toMatchObject({ template: "adp", why: expect.stringMatching(/^chosen: /) });
  });
});

describe.each([false, true])("joining on Excel (the fake), 1904 date system: %s", (date1904) => {
  it("writes the joined date into a listed school's blank cell as a date, on the workbook's date system", async () => {
    const excel = new FakeExcel("trust.xlsx", { date1904 });
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeLayout(
      tableSheetLayout({
        name: "Schools",
        grid: [
          ["URN", "School name", "Phase", "Joined trust"],
          [150001, "Zaytouna Primary School", "Primary", null],
        ],
        dateColumns: [3],
      }),
      { mode: "create" }
    );
    await writeBaseline(workbook, request);
    await joinSchool(workbook, { urn: 138776, newUrn: 150001, joined: "2026-09-01" });
    // 2026-09-01 is 46266 on the 1900 system, 1,462 fewer on the 1904 system.
    const cell = excel.sheet("Schools")!.cells.get(cellKey(1, 3));
    expect(cell?.value).toBe(date1904 ? 46266 - 1462 : 46266);
    expect(cell?.numberFormat).toBe(DATE_FORMAT);
    expect((await workbook.readTable("Schools")).rows[0][3]).toBe(46266);
  });
});
