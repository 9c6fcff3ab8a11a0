import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  exampleArguments,
  exampleFormula,
  exampleResultText,
  functionExamples,
  type FunctionExample,
} from "../../src/functions/examples";
import {
  call,
  ExcelError,
  installExcelRuntime,
  loadRegistered,
  type Metadata,
  type Registered,
} from "./excel-runtime";

const DOCS = readFileSync(join(__dirname, "../../docs/functions.md"), "utf8");

let metadata: Metadata;
let byId: Map<string, Registered>;

beforeAll(async () => {
  installExcelRuntime();
  ({ metadata, byId } = await loadRegistered());
});

/** The arguments as Excel passes them: a single value given to a range parameter is 1 x 1. */
function asExcelPasses(example: FunctionExample): unknown[] {
  const parameters = metadata.functions.find(({ id }) => id === example.id)?.parameters ?? [];
  return exampleArguments(example).map((argument, index) =>
    parameters[index]?.dimensionality === "matrix" && !Array.isArray(argument)
      ? [[argument]]
      : argument
  );
}

const docTableFormulas = DOCS.split("\n")
  .filter((line) => line.startsWith("| `=TRUST."))
  .map((line) => line.slice(3, line.indexOf("` |")));

describe("docs/functions.md", () => {
  it.each(functionExamples.map((example) => [exampleFormula(example), example] as const))(
    "%s gives the documented result",
    (_formula, example) => {
      const result = call(byId.get(example.id) as Registered, ...asExcelPasses(example));
      if (typeof example.expected === "string" && example.expected.startsWith("#")) {
        const error = result instanceof ExcelError ? result : (result as unknown[][])[0][0];
        expect(error).toBeInstanceOf(ExcelError);
        expect([(error as ExcelError).code, (error as ExcelError).message]).toEqual([
          example.expected,
          example.message,
        ]);
        return;
      }
      const expected = Array.isArray(example.expected) ? example.expected : [[example.expected]];
      const grid = result as unknown[][];
      const shown = example.corner
        ? grid.slice(0, expected.length).map((row) => row.slice(0, expected[0].length))
        : grid;
      expect(shown).toEqual(expected);
    }
  );

  it.each(functionExamples.map((example) => [exampleFormula(example), example] as const))(
    "shows %s with its result",
    (formula, example) => {
      expect(DOCS).toContain(`| \`${formula}\` | ${exampleResultText(example)} |`);
    }
  );

  it("shows no example formula the tests do not check", () => {
    const checked = functionExamples.map(exampleFormula);
    expect(docTableFormulas.filter((formula) => !checked.includes(formula))).toEqual([]);
  });

  it("has an example and a section for every function", () => {
    for (const { id } of metadata.functions) {
      expect(DOCS).toContain(`\n## TRUST.${id}\n`);
      expect(functionExamples.some((example) => example.id === id)).toBe(true);
    }
  });

  it("shows both table patterns: per row over a column span, and spilled beside the table", () => {
    expect(DOCS).toContain(
      '=TRUST.TIER("category", Schools[[#Headers],[Ofsted]:[Other reports]], Schools[@[Ofsted]:[Other reports]], TODAY())'
    );
    expect(DOCS).toContain(
      '=TRUST.TIER("category", Schools[[#Headers],[Ofsted]:[Other reports]], Schools[[Ofsted]:[Other reports]], TODAY())'
    );
  });
});
