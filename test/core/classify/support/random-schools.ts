import fc from "fast-check";
import type { Framework } from "../../../../src/core/frameworks";
import type { CellValue } from "../../../../src/core/values";

/** Every value a criterion accepts as written in mapping rows and aliases, plus blanks and DfE codes. */
export function valuesOf(framework: Framework, criterion: string): CellValue[] {
  const rows = framework.mapping.filter((row) => row.criterion === criterion);
  return [...rows.flatMap((row) => [row.value, ...row.aliases]), null, "", "SUPP", "z"];
}

/** A random school as one row of values ordered as the framework's criteria. */
export function schoolRow(framework: Framework): fc.Arbitrary<CellValue[]> {
  return fc.tuple(
    ...framework.criteria.map((criterion) => fc.constantFrom(...valuesOf(framework, criterion.id)))
  );
}

/** A deterministic pseudo-random generator (mulberry32), for large benches and round-trip checks. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomSchools(framework: Framework, count: number, seed: number): CellValue[][] {
  const random = seededRandom(seed);
  const choices = framework.criteria.map((criterion) => valuesOf(framework, criterion.id));
  return Array.from({ length: count }, () =>
    choices.map((values) => values[Math.floor(random() * values.length)])
  );
}

export function asValues(
  framework: Framework,
  row: readonly CellValue[]
): Record<string, CellValue> {
  return Object.fromEntries(
    framework.criteria.map((criterion, index) => [criterion.id, row[index]])
  );
}
