import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import type { Framework } from "../../../src/core/frameworks/types";
import {
  previewBaseline,
  previewJoin,
  writeBaseline,
  type BaselineRequest,
} from "../../../src/features/baseline";
import { tableSheetLayout } from "../../../src/core/layout/table-sheet";
import { fixture } from "../../core/published/fixture-files";

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
});
