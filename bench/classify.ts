/**
 * Classification engine throughput: level-only fast path and full classify + explain, per
 * built-in framework, on 100,000 random schools (values drawn from each criterion's mapping
 * rows and aliases, with blanks and DfE suppression codes). Goal: 1,000,000 level-only
 * classifications per second.
 */
import {
  builtinFrameworkIds,
  classify,
  classifyLevelOnly,
  compileFramework,
  explain,
  getBuiltinFramework,
  type Framework,
} from "../src/core";
import type { CellValue } from "../src/core/values";
import { seededRandom } from "../test/core/classify/support/random-schools";

const SCHOOLS = 100_000;

function randomSchools(framework: Framework, count: number): CellValue[][] {
  const random = seededRandom(2025);
  const choices = framework.criteria.map((criterion) => [
    ...framework.mapping
      .filter((row) => row.criterion === criterion.id)
      .flatMap((row) => [row.value, ...row.aliases]),
    null,
    "SUPP",
  ]);
  return Array.from({ length: count }, () =>
    choices.map((values) => values[Math.floor(random() * values.length)])
  );
}

const perSecond = (count: number, ms: number): string =>
  `${Math.round((count / ms) * 1000).toLocaleString("en-GB")}/s`;

export async function benchClassify(): Promise<string[]> {
  const lines: string[] = [`${SCHOOLS.toLocaleString("en-GB")} random schools per framework`];
  for (const id of builtinFrameworkIds) {
    const framework = getBuiltinFramework(id) as Framework;
    const schools = randomSchools(framework, SCHOOLS);
    const compiled = compileFramework(framework);
    for (const row of schools.slice(0, 2000)) classifyLevelOnly(compiled, row); // warm the value caches and the JIT

    let checksum = 0;
    const fastStart = performance.now();
    for (const row of schools) checksum += classifyLevelOnly(compiled, row);
    const fastMs = performance.now() - fastStart;

    const evidence = schools.map((row) => ({
      values: Object.fromEntries(framework.criteria.map((c, i) => [c.id, row[i]])),
    }));
    let characters = 0;
    const fullStart = performance.now();
    for (const school of evidence)
      characters += explain(classify(framework, school, { asOf: "2025-01-15" })).length;
    const fullMs = performance.now() - fullStart;

    lines.push(
      `${id.padEnd(10)} level only ${perSecond(SCHOOLS, fastMs).padStart(13)} (${fastMs.toFixed(0)} ms)` +
        `   full + explanation ${perSecond(SCHOOLS, fullMs).padStart(11)} (${fullMs.toFixed(0)} ms)` +
        `   [checksum ${checksum}, ${characters} chars]`
    );
  }
  lines.push("goal: 1,000,000 level-only classifications per second");
  return lines;
}
