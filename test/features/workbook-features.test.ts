import { MemoryWorkbook } from "../../src/adapters/memory/MemoryWorkbook";
import { getBuiltinFramework } from "../../src/core/frameworks";
import type { Framework } from "../../src/core/frameworks/types";
import { classifiedSheetLayouts, classifySchools, writeLayouts } from "../../src/features/classify";
import { connectSource, correctColumn, saveMapping } from "../../src/features/connect";
import { buildDemoWorkbook } from "../../src/features/demo";
import { InputProblemsError } from "../../src/features/input-problems";
import { isWorkbookError, type Progress } from "../../src/port";
import { demoTables, realSample } from "./demo-fixtures";

function framework(id: string): Framework {
  const found = getBuiltinFramework(id);
  if (!found) throw new Error(`no framework ${id}`);
  return found;
}

async function trustWorkbook(extra: Parameters<typeof MemoryWorkbook.from>[1] = []) {
  const [headers, ...rows] = realSample();
  return MemoryWorkbook.from("trust.xlsx", [
    { name: "Cover", cells: [{ row: 0, col: 0, value: "Our trust" }] },
    {
      name: "Data",
      cells: [],
      tables: [{ name: "OurSchools", row: 2, col: 1, headers: headers.map(String), rows }],
    },
    ...extra,
  ]);
}

describe("buildDemoWorkbook", () => {
  it("writes every sheet through the port with a progress line per step", async () => {
    const workbook = new MemoryWorkbook("TrustTier-demo.xlsx");
    const progress: Progress[] = [];
    const built = await buildDemoWorkbook(workbook, demoTables(), {
      onProgress: (p) => progress.push(p),
    });
    const described = await workbook.describe();
    expect(described.sheets.map((s) => s.name)).toEqual(built.sheets);
    expect(progress.map((p) => p.step)).toEqual(built.sheets);
    expect(progress.every((p) => p.total === built.sheets.length)).toBe(true);
    const schools = await workbook.readTable("Schools");
    expect(schools.rowCount).toBe(14);
    expect(schools.headers).toContain("Tier (proposed)");
  });

  it("writes nothing when cancelled before the run's commit", async () => {
    const workbook = new MemoryWorkbook("TrustTier-demo.xlsx");
    const signal = { aborted: false };
    const run = buildDemoWorkbook(workbook, demoTables(), {
      signal,
      onProgress: (p) => {
        if (p.done === 2) signal.aborted = true;
      },
    });
    const error = await run.then(
      () => undefined,
      (reason: unknown) => reason
    );
    expect(isWorkbookError(error, "Cancelled")).toBe(true);
    expect((await workbook.describe()).sheets).toEqual([]);
  });
});

describe("classifySchools", () => {
  it("finds the only table wherever it sits, classifies it and plans a new workbook", async () => {
    const trust = await trustWorkbook();
    const steps: string[] = [];
    const classified = await classifySchools(trust, {
      frameworks: [framework("tiers"), framework("category")],
      asOf: "2026-07-17",
      onProgress: (p) => steps.push(p.step),
    });
    expect(classified.source.description).toBe("table OurSchools on sheet Data");
    expect(classified.source.headerRow).toBe(3);
    expect(classified.blocks.map((b) => b.results.length)).toEqual([19, 19]);
    expect(classified.usedInspections).toBe(false);
    expect(classified.warnings[0]).toContain("'OFSTEDRATING' and J 'rating'");
    // One step reads the schools, Inspections and TermDates tables in one round trip.
    expect(steps).toEqual([
      "Reading the schools table",
      "Classifying with School improvement tiers",
      "Classifying with Symphony category",
    ]);

    const out = new MemoryWorkbook("out.xlsx");
    await writeLayouts(out, classifiedSheetLayouts(classified));
    const written = await out.readTable("Schools");
    expect(written.headers.slice(0, 3)).toEqual([
      "URN",
      "EstablishmentName",
      "PhaseOfEducation (name)",
    ]);
    expect(written.rows[0][written.headers.indexOf("Tier (proposed)")]).toBe("not enough evidence");
    expect((await out.describe()).sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Schools",
      "Mapping",
    ]);
  });

  it("names the cell of an unparseable value in the trust's own sheet coordinates", async () => {
    const [headers, ...rows] = realSample();
    rows[3][10] = "Goodish";
    const trust = await MemoryWorkbook.from("trust.xlsx", [
      {
        name: "Data",
        cells: [],
        tables: [{ name: "S", row: 2, col: 0, headers: headers.map(String), rows }],
      },
    ]);
    const run = classifySchools(trust, { frameworks: [framework("tiers")], asOf: "2026-07-17" });
    await expect(run).rejects.toBeInstanceOf(InputProblemsError);
    await expect(run).rejects.toThrow(/Data!K7 \(column K 'OFSTEDRATING', row 7\)/);
  });

  it("reads an Inspections sheet when the workbook has one, and stops on a bad row there", async () => {
    const inspections = {
      name: "Inspections",
      cells: [
        ["URN", "Inspection date", "Overall"],
        [138776, "2019-07-02", "Good"],
        [139217, "2019-07-02", "Splendid"],
      ].flatMap((row, r) => row.map((value, col) => ({ row: r, col, value }))),
    };
    const trust = await trustWorkbook([inspections]);
    const run = classifySchools(trust, {
      source: { kind: "table", name: "OurSchools" },
      frameworks: [framework("tiers")],
      asOf: "2026-07-17",
    });
    await expect(run).rejects.toThrow(
      /Inspections!C3 \(column C 'Overall', row 3\): overall: 'Splendid'/
    );
  });

  it("classifies its own demo output again: earlier result columns are replaced, levels agree", async () => {
    const demo = new MemoryWorkbook("TrustTier-demo.xlsx");
    const built = await buildDemoWorkbook(demo, demoTables());
    const frameworks = built.plan.frameworks;
    const again = await classifySchools(demo, { frameworks, asOf: built.plan.asOf });
    expect(again.usedInspections).toBe(true);
    const out = new MemoryWorkbook("again.xlsx");
    await writeLayouts(out, classifiedSheetLayouts(again));
    const schools = await out.readTable("Schools");
    const original = await demo.readTable("Schools");
    expect(schools.headers).toEqual(original.headers);
    expect(schools.rows.map((row) => row[schools.headers.indexOf("Tier (proposed)")])).toEqual(
      original.rows.map((row) => row[original.headers.indexOf("Tier (proposed)")])
    );
  });

  it("gives blank and repeated headers of a plain sheet unique names", async () => {
    const grid = [
      ["URN", "Name", "Phase", "Ofsted", "", "Notes", "notes"],
      [138776, "Alder", "Primary", "Good", "x", "a", "b"],
    ];
    const trust = await MemoryWorkbook.from("t.xlsx", [
      {
        name: "Schools",
        cells: grid.flatMap((row, r) => row.map((value, col) => ({ row: r, col, value }))),
      },
    ]);
    const classified = await classifySchools(trust, {
      frameworks: [framework("tiers")],
      asOf: "2026-07-17",
    });
    const out = new MemoryWorkbook("out.xlsx");
    await writeLayouts(out, classifiedSheetLayouts(classified));
    const headers = (await out.readTable("Schools")).headers;
    expect(headers.slice(0, 7)).toEqual([
      "URN",
      "Name",
      "Phase",
      "Ofsted",
      "Column 5",
      "Notes",
      "notes (2)",
    ]);
  });

  it("asks which table or sheet to use when it cannot tell", async () => {
    const trust = await MemoryWorkbook.from("trust.xlsx", [
      { name: "One", cells: [{ row: 0, col: 0, value: "URN" }] },
      { name: "Two", cells: [{ row: 0, col: 0, value: "URN" }] },
    ]);
    await expect(
      classifySchools(trust, { frameworks: [framework("tiers")], asOf: "2026-07-17" })
    ).rejects.toThrow(
      `trust.xlsx has several tables or sheets and none is called Schools; choose one: --sheet "One", --sheet "Two"`
    );
  });
});

describe("classifySchools reads once and as Connect saved", () => {
  it("reads the schools, Inspections and TermDates tables in one round trip", async () => {
    const demo = new MemoryWorkbook("TrustTier-demo.xlsx");
    await buildDemoWorkbook(demo, demoTables());
    const calls: Array<[string, unknown[]]> = [];
    const counted = new Proxy(demo, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          calls.push([String(key), args]);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const classified = await classifySchools(counted, {
      frameworks: [framework("category"), framework("tiers")],
      asOf: "2026-07-17",
    });
    expect(classified.tables).toEqual({ inspections: "Inspections", termDates: "TermDates" });
    expect(classified.termDates.length).toBeGreaterThan(0);
    expect(calls.map(([name]) => name).sort()).toEqual(["describe", "readSettings", "readTables"]);
    expect(calls.find(([name]) => name === "readTables")?.[1]).toEqual([
      ["Schools", "Inspections", "TermDates"],
    ]);
  });

  it("applies Connect's saved mapping to the framework and the source it was saved for", async () => {
    const trust = await trustWorkbook();
    const tiers = framework("tiers");
    const connection = await connectSource(trust, { kind: "table", name: "OurSchools" }, tiers);
    // The sample's Ofsted outcome is in two columns that disagree: choose the other one.
    const [criterion, used] = Object.entries(connection.proposal.columnOf).find(([id]) =>
      id.startsWith("criterion:")
    )!;
    const headers = connection.source.grid[0].map(String);
    const other = ["rating", "OFSTEDRATING"]
      .map((header) => headers.indexOf(header))
      .find((column) => column !== used)!;
    const chosen = correctColumn(connection.proposal.columnOf, other, criterion);
    expect(chosen[criterion]).not.toBe(used);
    await saveMapping(trust, connection, chosen);
    const classified = await classifySchools(trust, {
      frameworks: [tiers, framework("category")],
      asOf: "2026-07-17",
    });
    expect(classified.blocks[0].columnOf).toEqual(chosen);
    expect(classified.blocks[1].columnOf).toEqual(classified.blocks[1].proposal.columnOf);
    const elsewhere = await classifySchools(trust, {
      frameworks: [tiers],
      asOf: "2026-07-17",
      source: { kind: "sheet", name: "Data" },
    });
    expect(elsewhere.blocks[0].columnOf).toEqual(elsewhere.blocks[0].proposal.columnOf);
  });

  it("classifies only the schools asked for, still checking every row", async () => {
    const trust = await trustWorkbook();
    const all = await classifySchools(trust, {
      frameworks: [framework("tiers")],
      asOf: "2026-07-17",
    });
    const urn = all.blocks[0].results[4].urn;
    const one = await classifySchools(trust, {
      frameworks: [framework("tiers")],
      asOf: "2026-07-17",
      urns: [urn],
    });
    expect(one.blocks[0].results).toEqual([all.blocks[0].results[4]]);

    const [headers, ...rows] = realSample();
    rows[3][10] = "Goodish";
    const bad = await MemoryWorkbook.from("trust.xlsx", [
      {
        name: "Data",
        cells: [],
        tables: [{ name: "S", row: 0, col: 0, headers: headers.map(String), rows }],
      },
    ]);
    await expect(
      classifySchools(bad, { frameworks: [framework("tiers")], asOf: "2026-07-17", urns: [urn] })
    ).rejects.toThrow(/'Goodish'/);
  });

  it("stops on a TermDates cell it cannot read, naming the cell", async () => {
    const demo = new MemoryWorkbook("TrustTier-demo.xlsx");
    await buildDemoWorkbook(demo, demoTables());
    const table = await demo.readTable("TermDates");
    const start = table.headers.indexOf("Start");
    await demo.setTableColumn("TermDates", {
      header: "Start",
      values: table.rows.map((row, index) => (index === 1 ? "soon" : row[start])),
    });
    await expect(
      classifySchools(demo, { frameworks: [framework("category")], asOf: "2026-07-17" })
    ).rejects.toThrow(/TermDates!C3 \(column C 'Start', row 3\)/);
  });
});
