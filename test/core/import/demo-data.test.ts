import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinFrameworks } from "../../../src/core/frameworks";
import {
  curriculumTiersTable,
  formatProblem,
  healthChecksTable,
  measuresTable,
  nationalTable,
  parseCsv,
  peopleTable,
  readCanonicalTable,
  readInspections,
  schoolsTable,
  targetsTable,
  termDatesTable,
} from "../../../src/core/import";
import { proposeMapping, schoolsTableTargets } from "../../../src/core/mapping";
import type { CellGrid } from "../../../src/core/values/cell";
import { NATIONAL_BENCHMARKS_CSV } from "../../fixtures/paths";

const DIR = join(__dirname, "../../../data/demo-trust");

function load(name: string): CellGrid {
  const parsed = parseCsv(readFileSync(join(DIR, `${name}.csv`), "utf8"));
  if (!parsed.ok) throw new Error(`${name}.csv: ${parsed.message}`);
  return parsed.grid;
}

describe("the bundled demo trust", () => {
  it.each([
    schoolsTable,
    measuresTable,
    targetsTable,
    nationalTable,
    healthChecksTable,
    curriculumTiersTable,
    peopleTable,
    termDatesTable,
  ] as const)("$name.csv reads with no problems", (definition) => {
    const read = readCanonicalTable(definition as never, load(definition.name));
    expect(read.problems.map(formatProblem)).toEqual([]);
    expect(read.rows.length).toBeGreaterThan(0);
  });

  it("has at least 12 fictional schools, primary and secondary", () => {
    const schools = readCanonicalTable(schoolsTable, load("Schools")).rows.map((r) => r.value);
    expect(schools.length).toBeGreaterThanOrEqual(12);
    expect(new Set(schools.map((school) => school.phase))).toEqual(
      new Set(["primary", "secondary"])
    );
    // 9xxxxx URNs are not issued by GIAS: they cannot be mistaken for real schools.
    for (const school of schools) expect(school.urn).toBeGreaterThanOrEqual(900000);
  });

  it("has inspections in all three regimes, ungraded ones, a predecessor and categories of concern", () => {
    const read = readInspections(load("Inspections"));
    expect(read.problems.map(formatProblem)).toEqual([]);
    const records = read.rows.map((row) => row.value.record);
    expect(new Set(records.map((r) => r.regime))).toEqual(
      new Set(["eif", "key judgements", "report card", "ungraded"])
    );
    expect(records.some((r) => r.predecessor)).toBe(true);
    expect(records.some((r) => r.concern !== undefined && !r.predecessor)).toBe(true);
  });

  it("has suppression codes and blanks among its measures, over several years", () => {
    const rows = readCanonicalTable(measuresTable, load("Measures")).rows.map((r) => r.value);
    expect(rows.some((row) => row.figure && "suppressed" in row.figure)).toBe(true);
    expect(rows.some((row) => row.figure === undefined)).toBe(true);
    expect(new Set(rows.map((row) => row.year)).size).toBeGreaterThanOrEqual(4);
  });

  it("takes every national figure from the national benchmarks, or says it is derived", () => {
    const benchmarks = parseCsv(readFileSync(NATIONAL_BENCHMARKS_CSV, "utf8"));
    if (!benchmarks.ok) throw new Error(benchmarks.message);
    const sharedValues = new Set(benchmarks.grid.slice(1).map((row) => `${row[1]}|${row[2]}`));
    for (const row of readCanonicalTable(nationalTable, load("National")).rows) {
      const { year, value, source } = row.value;
      if (source?.startsWith("Derived by TrustTier")) continue;
      expect(sharedValues.has(`${year}|${value}`)).toBe(true);
    }
  });

  it.each(builtinFrameworks.filter((f) => f.id !== "curriculum").map((f) => [f.id, f] as const))(
    "the Schools headers map to every non-inspection criterion of %s",
    (_id, framework) => {
      const proposal = proposeMapping(schoolsTableTargets(framework), load("Schools"), {
        sheet: "Schools",
      });
      const choiceCriteria = framework.criteria.filter((c) => c.kind === "choice");
      for (const criterion of choiceCriteria) {
        expect(proposal.columnOf).toHaveProperty(`criterion:${criterion.id}`);
      }
      expect(proposal.disagreements).toEqual([]);
    }
  );
});
