import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import type { Framework } from "../../../src/core/frameworks/types";
import {
  baselineLabel,
  baselineSections,
  baselineTableChanges,
  baselineWrittenLines,
  joinableBaselines,
  joinPreviewLines,
  joinResultLines,
  joinSchool,
  listBaselines,
  previewBaseline,
  previewJoin,
  readUrnInput,
  urnInputMessage,
  writeBaseline,
  type BaselineRequest,
} from "../../../src/features/baseline";
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

describe("the URN field of the New school flow", () => {
  it("takes six digits, spaces around them ignored", () => {
    expect(readUrnInput(" 138776 ")).toEqual({ ok: true, value: 138776 });
  });

  it.each(["", "13877", "1387761", "13877a", "138 776", "-13877", "1.3877e5"])(
    "refuses '%s', saying a URN is six digits",
    (text) => {
      const read = readUrnInput(text);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.problems).toEqual([
          expect.objectContaining({ code: text === "" ? "missing" : "invalid", field: "urn" }),
        ]);
        expect(urnInputMessage(read)).toMatch(/six digits, as GIAS gives it/);
      }
    }
  );
});

describe("what the Baseline sheet will show, before it is written", () => {
  it("gives the sheet's sections in its order, with the file's figures beside national", async () => {
    const workbook = new MemoryWorkbook("trust.xlsx");
    const preview = await previewBaseline(workbook, request);
    const sections = baselineSections(preview);
    expect(sections.map((s) => s.title)).toEqual([
      "Zaytouna Primary School (URN 138776)",
      "Due-diligence proposal",
      expect.stringMatching(/^Published figures \(\d+\)$/),
      expect.stringMatching(/^Inspection history \(\d+\)$/),
      "DfE status",
      "Evidence derived from published data",
      "Capacity",
    ]);
    expect(sections[0].lines[1]).toBe("Written to a new sheet: Baseline 138776");
    expect(sections[1].lines[0]).toBe(preview.proposal?.text);
    const figures = sections[2].lines;
    expect(figures).toContain(
      "% Meeting Expected in RWM, 2022/23: 58; cohort 30; national 60 (primary)"
    );
    expect(figures).toHaveLength(preview.assessment?.figures.length ?? -1);
    expect(sections[4].lines).toHaveLength(4);
    expect(sections[6].lines[0]).toMatch(/never computes it/);
    expect((await workbook.describe()).sheets).toEqual([]);
  });

  it("lists the rows each table would gain", async () => {
    const workbook = new MemoryWorkbook("trust.xlsx");
    const preview = await previewBaseline(workbook, request);
    const changes = baselineTableChanges(preview, []);
    expect(changes.map((line) => line.split(":")[0])).toEqual(
      expect.arrayContaining(["Inspections (new table)", "Measures (new table)"])
    );
    expect(changes.every((line) => /^\w+ \(new table\): \d+ rows? to add/.test(line))).toBe(true);
  });

  it("shows nothing for a URN no file holds: the plan's problem names it", async () => {
    const workbook = new MemoryWorkbook("trust.xlsx");
    const preview = await previewBaseline(workbook, { ...request, urn: 999999 });
    expect(baselineSections(preview)).toEqual([]);
    expect(preview.plan.problems.map((p) => p.message).join(" ")).toMatch(/999999/);
  });
});

describe("what was written and what joining will do", () => {
  it("names the sheet and the tables written, then the join's re-keying and first plan", async () => {
    const workbook = new MemoryWorkbook("trust.xlsx");
    const written = await writeBaseline(workbook, request);
    const lines = baselineWrittenLines(written);
    expect(lines[0]).toBe(`Sheet Baseline 138776: ${written.proposal.text}`);
    expect(lines.some((line) => /^Measures \(new\): \d+ added/.test(line))).toBe(true);

    const preview = await previewJoin(workbook, {
      urn: 138776,
      newUrn: 150001,
      joined: "2026-09-01",
    });
    const join = joinPreviewLines(preview, 150001, "2026-09-01");
    expect(join[0]).toBe("Zaytouna Primary School joins as URN 150001 on 2026-09-01.");
    expect(join[1]).toMatch(/^\d+ Measures rows and \d+ Inspections rows re-keyed to URN 150001/);
    expect(join).toContain(
      "A Schools table is created with the school's row (joined date and predecessor URN)."
    );
    expect(join[join.length - 1]).toMatch(/^No first plan yet: No proposal yet/);
  });
});

describe("the join and the Baseline sheet's proposal cell", () => {
  it("keeps a proposal cell a person rewrote, and says so", async () => {
    const workbook = new MemoryWorkbook("trust.xlsx");
    const written = await writeBaseline(workbook, request);
    const content = await workbook.readSheetContent(written.sheet);
    const row = content.cells.find((c) => c.col === 0 && c.value === "Proposed initial level")!.row;
    await workbook.setCells(written.sheet, [
      { row, col: 1, value: "Board: Tier 2 agreed 12 July" },
    ]);
    const result = await joinSchool(workbook, {
      urn: 138776,
      newUrn: 150001,
      joined: "2026-09-01",
    });
    expect(result.baselineSheet).toEqual({
      kind: "kept",
      reason: `B${row + 1} holds text TrustTier did not write; it is kept as typed`,
    });
    expect(joinResultLines(result)).toContain(
      `Baseline sheet: proposal cell not changed: B${row + 1} holds text TrustTier did not write; it is kept as typed`
    );
    const after = await workbook.readSheetContent(written.sheet);
    expect(after.cells.find((c) => c.row === row && c.col === 1)?.value).toBe(
      "Board: Tier 2 agreed 12 July"
    );
  });
});

describe("schools baselined earlier, to join from the pane", () => {
  const base = {
    version: 1 as const,
    name: "Zaytouna Primary School",
    phase: "primary",
    framework: "tiers",
    asOf: "2026-11-30",
    sheet: "Baseline 138776",
  };

  it("lists those not joined, or joined without a first plan, and leaves out completed joins", () => {
    const open = { ...base, urn: 138776 };
    const noPlan = { ...base, urn: 138777, joined: { urn: 150002, date: "2026-09-01" } };
    const done = {
      ...base,
      urn: 138778,
      joined: { urn: 150003, date: "2026-09-01", plan: "Statement of action 150003" },
    };
    expect(joinableBaselines([open, noPlan, done])).toEqual([open, noPlan]);
    expect(baselineLabel(open)).toBe("Zaytouna Primary School (URN 138776), baselined 2026-11-30");
    expect(baselineLabel(noPlan)).toMatch(/, joined as URN 150002 without a plan yet$/);
  });

  it("finds the baseline a write recorded", async () => {
    const workbook = new MemoryWorkbook("trust.xlsx");
    await writeBaseline(workbook, request);
    expect(joinableBaselines(await listBaselines(workbook)).map((b) => b.urn)).toEqual([138776]);
  });
});
