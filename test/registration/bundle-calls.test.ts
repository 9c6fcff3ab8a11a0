import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR, FUNCTIONS_SCRIPT } from "../../bench/bundle";
import {
  exampleArguments,
  exampleFormula,
  functionExamples,
  type FunctionExample,
} from "../../src/functions/examples";
import { loadFunctionsBundle, type Association } from "./load-functions-bundle";

/**
 * Calls what the BUILT bundle registers, with real arguments: every id's worked examples
 * (src/functions/examples.ts, the ones docs/functions.md shows) through the implementation the
 * bundle passed to CustomFunctions.associate for that id. An id associated with another id's
 * implementation, or a bundle the build broke, gives a wrong result here even when the ids
 * and the metadata agree (registration.test.ts).
 */

interface Parameter {
  dimensionality?: string;
}
interface Metadata {
  functions: Array<{ id: string; parameters: Parameter[] }>;
}

const metadata = JSON.parse(readFileSync(join(DIST_DIR, "functions.json"), "utf8")) as Metadata;
const associations: Association[] = loadFunctionsBundle();
const implementationOf = (id: string) =>
  associations.find((association) => association.id === id)?.implementation as (
    ...args: unknown[]
  ) => unknown;

/** The arguments as Excel passes them: a single value given to a range parameter is 1 x 1. */
function asExcelPasses(example: FunctionExample): unknown[] {
  const parameters = metadata.functions.find(({ id }) => id === example.id)?.parameters ?? [];
  return exampleArguments(example).map((argument, index) =>
    parameters[index]?.dimensionality === "matrix" && !Array.isArray(argument)
      ? [[argument]]
      : argument
  );
}

/** A result as plain data: an error (the bundle's CustomFunctions.Error) as "code: message". */
function plain(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(plain);
  if (result instanceof Error && "code" in result)
    return `${String(result.code)}: ${result.message}`;
  return result;
}

function expectedOf(example: FunctionExample): unknown {
  const { expected } = example;
  if (typeof expected === "string" && expected.startsWith("#"))
    return [[`${expected}: ${example.message ?? ""}`]];
  return Array.isArray(expected) ? expected : [[expected]];
}

describe("the built bundle's registrations, called with real arguments", () => {
  it("has worked examples for every registered id", () => {
    const registered = associations.map(({ id }) => id).sort();
    const exampled = [...new Set(functionExamples.map(({ id }) => id))].sort();
    expect(registered).toHaveLength(13);
    expect(exampled).toEqual(registered);
  });

  it.each(functionExamples.map((example) => [exampleFormula(example), example] as const))(
    "%s",
    (_formula, example) => {
      const implementation = implementationOf(example.id);
      expect(typeof implementation).toBe("function");
      const result = plain(implementation(...asExcelPasses(example)));
      const grid = (Array.isArray(result) ? result : [[result]]) as unknown[][];
      const expected = expectedOf(example) as unknown[][];
      const shown = example.corner
        ? grid.slice(0, expected.length).map((row) => row.slice(0, expected[0].length))
        : grid;
      expect(shown).toEqual(expected);
    }
  );
});

describe("a bundle with two ids swapped", () => {
  it("gives wrong results for both ids (so the examples above would fail)", () => {
    const code = readFileSync(join(DIST_DIR, FUNCTIONS_SCRIPT), "utf8");
    const swapped = code
      .replace('associate("TIER",', 'associate("@@",')
      .replace('associate("EXPLAIN",', 'associate("TIER",')
      .replace('associate("@@",', 'associate("EXPLAIN",');
    expect(swapped).not.toBe(code);
    const broken = loadFunctionsBundle(DIST_DIR, { [FUNCTIONS_SCRIPT]: swapped });
    const tier = broken.find(({ id }) => id === "TIER")?.implementation as (
      ...args: unknown[]
    ) => unknown;
    const example = functionExamples.find(({ id }) => id === "TIER") as FunctionExample;
    expect(plain(tier(...asExcelPasses(example)))).not.toEqual(expectedOf(example));
  });
});
