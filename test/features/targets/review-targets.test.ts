import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { TRUSTTIER_PROPOSAL } from "../../../src/core/targets";
import type { CellValue } from "../../../src/core/values/cell";
import { buildDemoWorkbook } from "../../../src/features/demo";
import {
  describeProposal,
  previewTargets,
  reviewSummary,
  proposeTargets,
  reviewTargets,
  writeShownTargets,
} from "../../../src/features/targets";
import { WorkbookError } from "../../../src/port";
import { demoTables } from "../demo-fixtures";

async function demoWorkbook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook("TrustTier-demo.xlsx");
  await buildDemoWorkbook(workbook, demoTables());
  return workbook;
}

/** Marks the latest year's KS2 figures provisional, as an October import of DfE's files does. */
async function ks2Provisional(workbook: MemoryWorkbook, latest: string): Promise<void> {
  const measures = await workbook.readTable("Measures");
  const at = (h: string) => measures.headers.indexOf(h);
  await workbook.setTableColumn("Measures", {
    header: "Status",
    values: measures.rows.map((row) =>
      String(row[at("Measure code")]).startsWith("ks2-") && row[at("Academic year")] === latest
        ? "provisional"
        : "final"
    ),
  });
}

async function targetsRows(workbook: MemoryWorkbook) {
  const table = await workbook.readTable("Targets");
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

describe("the proposals the pane shows before writing", () => {
  it("groups every proposal by academy in the Schools table's order, with what it rests on", async () => {
    const workbook = await demoWorkbook();
    const { proposed, review } = await previewTargets(workbook);
    expect(review.year).toBe("2026/27");
    expect(review.method).toBe(TRUSTTIER_PROPOSAL);
    expect(review.methodAdded).toBe(true);
    const lines = review.academies.flatMap((a) => a.proposals);
    expect(lines).toHaveLength(proposed.proposed);
    expect(review.proposed).toBe(proposed.proposed);
    const schools = demoTables().Schools;
    const names = new Map(schools.slice(1).map((row) => [Number(row[0]), String(row[1])]));
    expect(review.academies.map((a) => a.name)).toEqual(
      [...names.entries()]
        .filter(([urn]) => review.academies.some((a) => a.urn === urn))
        .map(([, name]) => name)
    );
    const ks2 = lines.find((line) => line.measure === "ks2-rwm-expected");
    expect(ks2).toMatchObject({
      label: expect.stringMatching(/RWM/),
      method: TRUSTTIER_PROPOSAL,
      yearsUsed: expect.stringMatching(/^\d{4}\/\d{2}(, \d{4}\/\d{2}){0,2}$/),
      provisional: false,
      dataStatus: "not recorded",
    });
    expect(typeof ks2?.target).toBe("number");
    expect(review.keptThisYear).toBe(0);
    expect(review.keptOtherYears).toBe(demoTables().Targets.length - 1);
  });

  it("shows provisional KS2 data as provisional", async () => {
    const workbook = await demoWorkbook();
    await ks2Provisional(workbook, "2024/25");
    const { review } = await previewTargets(workbook);
    const lines = review.academies.flatMap((a) => a.proposals);
    const ks2 = lines.filter((line) => line.measure.startsWith("ks2-"));
    expect(ks2.length).toBeGreaterThan(0);
    expect(
      ks2.every((line) => line.provisional && /2024\/25 provisional/.test(line.dataStatus))
    ).toBe(true);
    expect(
      lines.filter((line) => !line.measure.startsWith("ks2-")).some((l) => l.provisional)
    ).toBe(false);
    expect(review.provisional).toBe(ks2.length);
  });

  it("lists the year's typed, reviewed and agreed rows as kept, each with why", async () => {
    const workbook = await demoWorkbook();
    await writeShownTargets(workbook, await previewTargets(workbook));
    const written = await workbook.readTable("Targets");
    const headers = written.headers;
    const at = (h: string) => headers.indexOf(h);
    const proposals = written.rows.filter((r) => r[at("Method")] === TRUSTTIER_PROPOSAL);
    const [reviewed, agreed, replacedByTyped] = proposals;
    const withCell = (r: readonly CellValue[], h: string, v: CellValue) =>
      r.map((c, i) => (i === at(h) ? v : c));
    // The LGB reviews one proposal, the Trust Board agrees another, a person types a third.
    const typed: CellValue[] = headers.map(() => null);
    typed[at("URN")] = replacedByTyped[at("URN")];
    typed[at("Measure code")] = replacedByTyped[at("Measure code")];
    typed[at("Academic year")] = "2026/27";
    typed[at("Target")] = 42;
    const rows = [
      ...written.rows
        .filter((r) => r !== replacedByTyped)
        .map((r) =>
          r === reviewed
            ? withCell(r, "Reviewed by LGB", "Yes")
            : r === agreed
              ? withCell(r, "Agreed by Trust Board", "Yes")
              : r
        ),
      typed,
    ];
    await workbook.writeLayout(
      {
        name: "Targets",
        cells: [],
        tables: [{ name: "Targets", row: 0, col: 0, headers: [...headers], rows }],
      },
      { mode: "replace" }
    );

    const { review, proposed } = await previewTargets(workbook);
    expect(review.methodAdded).toBe(false);
    expect(review.keptThisYear).toBe(3);
    const kept = review.academies.flatMap((a) => a.kept.map((k) => ({ urn: a.urn, ...k })));
    expect(kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ urn: reviewed[at("URN")], why: "reviewed by the LGB" }),
        expect.objectContaining({ urn: agreed[at("URN")], why: "agreed by the Trust Board" }),
        {
          urn: typed[at("URN")],
          measure: typed[at("Measure code")],
          label: expect.any(String),
          target: 42,
          why: "typed by a person",
        },
      ])
    );
    // Every other proposal of the year is replaced by a new one, none doubled.
    expect(proposed.replaced).toBe(proposals.length - 3);
    expect(review.proposed).toBe(proposals.length - 3);
  });
});

describe("a Targets table headed in the trust's own words", () => {
  it("reads 'Measure' and 'Year' as the measure code and academic year", async () => {
    const workbook = await demoWorkbook();
    const demo = demoTables().Targets;
    await workbook.writeLayout(
      {
        name: "Targets",
        cells: [],
        tables: [
          {
            name: "Targets",
            row: 0,
            col: 0,
            headers: ["URN", "Measure", "Year", "Target"],
            rows: [...demo.slice(1), [900101, "attendance", "2026/27", 97.5]],
          },
        ],
      },
      { mode: "replace" }
    );
    const { review } = await previewTargets(workbook);
    expect(review.keptThisYear).toBe(1);
    const first = review.academies.find((a) => a.urn === 900101);
    expect(first?.kept).toEqual([
      {
        measure: "attendance",
        label: "Whole School Attendance",
        target: 97.5,
        why: "typed by a person",
      },
    ]);
    const lines = review.academies.flatMap((a) => a.proposals);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.every((line) => line.measure !== "")).toBe(true);
  });
});

describe("writing the shown proposals", () => {
  it("writes exactly what was shown", async () => {
    const workbook = await demoWorkbook();
    const shown = await previewTargets(workbook);
    const result = await writeShownTargets(workbook, shown);
    expect(result.kind).toBe("written");
    const rows = await targetsRows(workbook);
    expect(rows.filter((r) => r["Academic year"] === "2026/27")).toHaveLength(
      shown.review.proposed
    );
    expect((await workbook.describe()).sheets.map((s) => s.name)).toContain("TargetMethod");
  });

  it("writes nothing when a target was typed after the proposals were shown, and shows them again", async () => {
    const workbook = await demoWorkbook();
    const shown = await previewTargets(workbook);
    const line = shown.review.academies[0];
    const width = (await workbook.readTable("Targets")).headers.length;
    const typed: CellValue[] = [line.urn, line.proposals[0].measure, "2026/27", 77];
    await workbook.appendRows("Targets", [[...typed, ...Array(width - 4).fill(null)]]);
    const before = await targetsRows(workbook);

    const result = await writeShownTargets(workbook, shown);
    expect(result.kind).toBe("changed");
    expect(await targetsRows(workbook)).toEqual(before);
    if (result.kind !== "changed") return;
    expect(result.preview.review.keptThisYear).toBe(1);
    expect(result.preview.review.academies[0].kept[0]).toMatchObject({
      target: 77,
      why: "typed by a person",
    });

    await writeShownTargets(workbook, result.preview);
    const after = (await targetsRows(workbook)).filter(
      (r) =>
        r.URN === line.urn &&
        r["Measure code"] === line.proposals[0].measure &&
        r["Academic year"] === "2026/27"
    );
    expect(after).toHaveLength(1);
    expect(after[0].Target).toBe(77);
  });

  it("reports the write's progress and, cancelled before its commit, leaves the workbook as it was", async () => {
    const workbook = await demoWorkbook();
    const shown = await previewTargets(workbook);
    const before = await targetsRows(workbook);
    const signal = { aborted: false };
    const steps: string[] = [];
    const write = writeShownTargets(workbook, shown, {
      signal,
      onProgress: (p) => {
        steps.push(p.step);
        signal.aborted = true;
      },
    });
    await expect(write).rejects.toBeInstanceOf(WorkbookError);
    await expect(write).rejects.toMatchObject({ code: "Cancelled" });
    expect(steps.length).toBeGreaterThan(0);
    expect(await targetsRows(workbook)).toEqual(before);
    expect((await workbook.describe()).sheets.map((s) => s.name)).not.toContain("TargetMethod");
  });
});

describe("reviewTargets", () => {
  it("names an academy missing from Schools by its URN", async () => {
    const workbook = await demoWorkbook();
    const proposed = await proposeTargets(workbook);
    const review = reviewTargets(proposed, new Map());
    expect(review.academies[0].name).toMatch(/^URN \d+$/);
  });
});

describe("the proposals in words", () => {
  it("gives each target with its method, baseline years and figures, national and year, cohort and data status", () => {
    const words = describeProposal({
      measure: "ks2-rwm-expected",
      label: "% Meeting Expected in RWM",
      target: 63.33,
      method: TRUSTTIER_PROPOSAL,
      baseline: 58.1,
      yearsUsed: "2022/23, 2023/24",
      figuresUsed: "57, 59",
      national: 61,
      nationalYear: "2023/24",
      cohort: 30,
      dataStatus: "2023/24 provisional",
      provisional: true,
      howSet: "closes 1/3 of the gap",
    });
    expect(words).toEqual({
      headline: "% Meeting Expected in RWM: 63.33",
      details: [
        TRUSTTIER_PROPOSAL,
        "baseline 58.1 from 2022/23, 2023/24 (57, 59)",
        "national 61 (2023/24)",
        "cohort 30",
        "data 2023/24 provisional",
      ],
    });
  });

  it("says what writing would do: proposed, kept, replaced, provisional, the method sheet", async () => {
    const workbook = await demoWorkbook();
    await ks2Provisional(workbook, "2024/25");
    const { review } = await previewTargets(workbook);
    const lines = reviewSummary(review);
    expect(lines[0]).toBe(
      `${review.proposed} targets proposed for 2026/27 by ${TRUSTTIER_PROPOSAL}, for ${review.academies.length} academies.`
    );
    expect(lines.join("\n")).toMatch(/rows of other years: kept as they are/);
    expect(lines.join("\n")).toMatch(
      new RegExp(`^${review.provisional} proposals rest on provisional data`, "m")
    );
    expect(lines[lines.length - 1]).toMatch(/no TargetMethod table/);
    expect(lines.join("\n")).not.toMatch(/replaced/);
  });
});
