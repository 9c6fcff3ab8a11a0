import fc from "fast-check";
import {
  builtinFrameworkIds,
  classify,
  classifyLevelOnly,
  compileFramework,
  getBuiltinFramework,
  LEVEL_ONLY_NOT_ENOUGH_EVIDENCE,
  type Framework,
} from "../../../src/core";
import type { CellValue } from "../../../src/core/values";
import { asValues, randomSchools, schoolRow } from "./support/random-schools";

const asOf = "2025-01-15";
const frameworks = builtinFrameworkIds.map((id) => getBuiltinFramework(id)!);

/** The level classify gives a row, as a rank; -1 when there is not enough evidence. */
function rankOf(framework: Framework, row: readonly CellValue[]): number {
  const result = classify(framework, { values: asValues(framework, row) }, { asOf });
  if (result.status === "invalid") throw new Error(result.message);
  return result.status === "classified" ? result.rank : LEVEL_ONLY_NOT_ENOUGH_EVIDENCE;
}

/** Values of a criterion whose interval is at or above `value`'s at both ends. */
function worseValues(framework: Framework, criterion: string, value: CellValue): string[] {
  const compiled = compileFramework(framework);
  const entry = compiled.byId.get(criterion)!;
  const rows = entry.rows;
  const current = rows.find((row) => row.value === value);
  if (!current || current.notApplicable) return [];
  return rows
    .filter((row) => !row.notApplicable && row.from >= current.from && row.to >= current.to)
    .map((row) => row.value);
}

describe.each(frameworks.map((framework) => [framework.id, framework] as const))(
  "%s: best-fit properties",
  (_id, framework) => {
    it("always gives one of the framework's levels, the same on the fast path", () => {
      fc.assert(
        fc.property(schoolRow(framework), (row) => {
          const result = classify(framework, { values: asValues(framework, row) }, { asOf });
          expect(result.status).not.toBe("invalid");
          const fast = classifyLevelOnly(framework, row);
          if (result.status === "classified") {
            expect(framework.levels).toContain(result.level);
            expect(fast).toBe(result.rank);
          } else expect(fast).toBe(LEVEL_ONLY_NOT_ENOUGH_EVIDENCE);
        }),
        { numRuns: 300 }
      );
    });

    it("never lowers the result when one criterion gets worse", () => {
      const canonical = fc.tuple(
        ...framework.criteria.map((criterion) =>
          fc.constantFrom<CellValue>(
            null,
            ...framework.mapping
              .filter((row) => row.criterion === criterion.id)
              .map((row) => row.value)
          )
        )
      );
      fc.assert(
        fc.property(canonical, fc.nat(), fc.nat(), (row, pick, choice) => {
          const index = pick % framework.criteria.length;
          const worse = worseValues(framework, framework.criteria[index].id, row[index]);
          fc.pre(worse.length > 0);
          const worsened = [...row];
          worsened[index] = worse[choice % worse.length];
          expect(rankOf(framework, worsened)).toBeGreaterThanOrEqual(rankOf(framework, row));
        }),
        { numRuns: 400 }
      );
    });

    it("never lowers the result when a floor is added", () => {
      fc.assert(
        fc.property(schoolRow(framework), fc.nat(), fc.nat(), (row, pickCriterion, pickLevel) => {
          const criterion = framework.criteria[pickCriterion % framework.criteria.length];
          const values = framework.mapping
            .filter((m) => m.criterion === criterion.id)
            .map((m) => m.value);
          const level = framework.levels[pickLevel % framework.levels.length];
          const floored: Framework = {
            ...framework,
            floors: [
              ...framework.floors,
              {
                id: "added",
                label: "added",
                trigger: { kind: "value", criterion: criterion.id, values },
                level: level.id,
                source: "test",
              },
            ],
          };
          const before = rankOf(framework, row);
          const after = rankOf(floored, row);
          if (before >= 0) expect(after).toBeGreaterThanOrEqual(before);
        }),
        { numRuns: 200 }
      );
    });

    it("puts every driver at or above the result, and agreement between 0 and 1", () => {
      fc.assert(
        fc.property(schoolRow(framework), (row) => {
          const result = classify(framework, { values: asValues(framework, row) }, { asOf });
          if (result.status !== "classified") return;
          for (const driver of result.drivers)
            expect(driver.from).toBeGreaterThanOrEqual(result.rank);
          expect(result.agreement).toBeGreaterThanOrEqual(0);
          expect(result.agreement).toBeLessThanOrEqual(1);
        }),
        { numRuns: 200 }
      );
    });

    it("gives every mapping row, floor, level and criterion a source", () => {
      const unsourced = [
        ...framework.mapping
          .filter((row) => row.source.trim() === "")
          .map((row) => `mapping ${row.criterion}: ${row.value}`),
        ...framework.floors
          .filter((floor) => floor.source.trim() === "")
          .map((floor) => `floor ${floor.id}`),
        ...framework.levels
          .filter((level) => level.source.trim() === "")
          .map((level) => `level ${level.id}`),
        ...framework.criteria
          .filter((criterion) => criterion.source.trim() === "")
          .map((criterion) => `criterion ${criterion.id}`),
      ];
      expect(unsourced).toEqual([]);
    });
  }
);

describe.each(frameworks.map((framework) => [framework.id, framework] as const))(
  "%s: the fast path's shape of a row with too little evidence",
  (_id, framework) => {
    it("gives one classify message per shape (TRUST.TIER shares it between rows)", () => {
      const messages = new Map<number, string>();
      let shared = 0;
      for (const row of randomSchools(framework, 4000, 16)) {
        const out = { shape: -1 };
        if (classifyLevelOnly(framework, row, out) !== LEVEL_ONLY_NOT_ENOUGH_EVIDENCE) continue;
        const result = classify(framework, { values: asValues(framework, row) }, { asOf });
        expect(result.status).toBe("not enough evidence");
        const message = (result as { message: string }).message;
        const seen = messages.get(out.shape);
        if (seen === undefined) messages.set(out.shape, message);
        else {
          shared++;
          expect(message).toBe(seen);
        }
      }
      expect(shared).toBeGreaterThan(0);
    });
  }
);
