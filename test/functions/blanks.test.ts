/**
 * Blank cells in each form Excel passes them (blanks.ts): null (web, later desktop builds), ""
 * (a formula returning "") and 0 (older desktop builds). Where 0 cannot be a value of the
 * argument the three give the same result; where it can (AMBIGUOUS), null and "" still do, and
 * docs/functions.md says what 0 does.
 */
import {
  exampleArguments,
  functionExamples,
  type FunctionExample,
} from "../../src/functions/examples";
import {
  call,
  ExcelError,
  installExcelRuntime,
  loadRegistered,
  shown,
  type Metadata,
  type Registered,
} from "./excel-runtime";

let metadata: Metadata;
let byId: Map<string, Registered>;

beforeAll(async () => {
  installExcelRuntime();
  ({ metadata, byId } = await loadRegistered());
});

/** Parameters where 0 is a value (a figure, a benchmark, FALSE, a level), as documented. */
const AMBIGUOUS = new Set([
  "RAG.value",
  "RAG.target",
  "RAG.national",
  "RAG.higherIsBetter",
  "TREND.values",
  "TREND.national",
  "TREND.higherIsBetter",
  "TARGET.method",
  "TARGET.figures",
  "TARGET.national",
  "TARGET.higherIsBetter",
  "SCCLEVEL.currentLevel",
]);

const BLANK = Symbol("blank");
const FORMS = [null, "", 0] as const;
type Form = (typeof FORMS)[number];

const parametersOf = (id: string) =>
  metadata.functions.find((fn) => fn.id === id)?.parameters ?? [];

function asExcelPasses(example: FunctionExample): unknown[] {
  const parameters = parametersOf(example.id);
  return exampleArguments(example).map((argument, index) =>
    parameters[index]?.dimensionality === "matrix" && !Array.isArray(argument)
      ? [[argument]]
      : argument
  );
}

/** The arguments with each BLANK in `form` (0 only where the parameter has no value 0). */
function fill(id: string, args: readonly unknown[], form: Form): unknown[] {
  const parameters = parametersOf(id);
  return args.map((argument, index) => {
    const blank = form === 0 && AMBIGUOUS.has(`${id}.${parameters[index]?.name}`) ? null : form;
    const cell = (value: unknown) => (value === BLANK ? blank : value);
    return Array.isArray(argument)
      ? argument.map((row: unknown) => (Array.isArray(row) ? row.map(cell) : cell(row)))
      : cell(argument);
  });
}

/** Every way to put one blank into the example: each cell, each left-out optional argument. */
function withOneBlank(example: FunctionExample): unknown[][] {
  const args = asExcelPasses(example);
  const variants: unknown[][] = [];
  args.forEach((argument, index) => {
    if (example.id === "TIERFROM" || example.id === "EXPLAINFROM") {
      if (index === 0) return; // the framework table's own blanks: see "every blank" below
    }
    if (!Array.isArray(argument)) {
      variants.push(args.map((a, i) => (i === index ? BLANK : a)));
      return;
    }
    (argument as unknown[][]).forEach((row, r) =>
      row.forEach((_, c) =>
        variants.push(
          args.map((a, i) =>
            i === index
              ? (a as unknown[][]).map((line, rr) =>
                  line.map((cell, cc) => (rr === r && cc === c ? BLANK : cell))
                )
              : a
          )
        )
      )
    );
  });
  const parameters = parametersOf(example.id);
  for (let i = args.length; i < parameters.length; i++)
    variants.push([...args, ...Array.from({ length: i - args.length }, () => null), BLANK]);
  return variants;
}

/** The example with every cell that is blank in it (null or "") as BLANK. */
function everyBlank(example: FunctionExample): unknown[] {
  return asExcelPasses(example).map((argument) =>
    Array.isArray(argument)
      ? (argument as unknown[][]).map((row) =>
          row.map((cell) => (cell === null || cell === "" ? BLANK : cell))
        )
      : argument
  );
}

const results = (id: string, args: readonly unknown[]) =>
  FORMS.map((form) => shown(call(byId.get(id) as Registered, ...fill(id, args, form))));

describe('every worked example, with blanks as null, "" and 0', () => {
  it.each(functionExamples.map((example, n) => [`${n + 1} ${example.id}`, example] as const))(
    "%s: one blank anywhere gives the same result in each form",
    (_name, example) => {
      for (const args of withOneBlank(example)) {
        const [asNull, asEmpty, asZero] = results(example.id, args);
        expect(asEmpty).toEqual(asNull);
        expect(asZero).toEqual(asNull);
      }
    }
  );

  it.each(functionExamples.map((example, n) => [`${n + 1} ${example.id}`, example] as const))(
    "%s: its own blank cells give the same result in each form",
    (_name, example) => {
      const [asNull, asEmpty, asZero] = results(example.id, everyBlank(example));
      expect(asEmpty).toEqual(asNull);
      expect(asZero).toEqual(asNull);
    }
  );
});

const run = (id: string, ...args: unknown[]) => shown(call(byId.get(id) as Registered, ...args));

describe("TRUST.RAG with an absent benchmark", () => {
  const cases: Array<[number, number, boolean]> = [
    [92.4, 90, true],
    [90, 90, true],
    [5.1, 8, false],
    [0, 0, true],
    [-3, 2, false],
  ];

  it.each(cases)(
    'value %d meeting benchmark %d (higher is better: %s) is never Red when the other is null or ""',
    (value, benchmark, higher) => {
      for (const blank of [null, ""]) {
        const onlyTarget = run("RAG", [[value]], [[benchmark]], [[blank]], higher);
        const onlyNational = run("RAG", [[value]], [[blank]], [[benchmark]], higher);
        expect([blank, onlyTarget]).toEqual([blank, [["Green"]]]);
        // Green means meeting the target (issue 14): with national alone RAG names what it lacks.
        expect(String((onlyNational as unknown[][])[0][0])).toMatch(/^#N\/A: no target/);
      }
    }
  );

  it("gives #N/A, not a colour, when both benchmarks are blank in any form", () => {
    for (const blank of [null, ""])
      expect(run("RAG", [[92.4]], [[blank]], [[blank]])).toEqual([
        ["#N/A: no target or national figure to compare the value with"],
      ]);
  });
});

describe("0 where it can be a value (docs/functions.md, Blank cells)", () => {
  it("RAG reads a benchmark of 0 as a benchmark of 0", () => {
    expect(run("RAG", [[92.4]], [[0]], [[null]])).toEqual([["Green"]]);
    expect(run("RAG", [[5]], [[0]], [[3]], false)).toEqual([["Red"]]);
    expect(run("RAG", [[0]], [[94]], [[90.7]])).toEqual([["Red"]]);
  });

  it("TREND reads a national of 0 as a national figure of 0, and a year of 0 as 0", () => {
    expect(run("TREND", [[61.2, 60, 59]], [[null]])).toEqual([["Declining"]]);
    expect(run("TREND", [[61.2, 60, 59]], [[0]])).toEqual([["Positive"]]);
    expect(run("TREND", [[61.2, 0, 59]], [[null]])).toEqual([["Variable"]]);
  });

  it("RAG and TREND read higherIsBetter 0 as FALSE, as Excel does", () => {
    expect(run("RAG", [[12.5]], [[15]], [[20]], 0)).toEqual(
      run("RAG", [[12.5]], [[15]], [[20]], false)
    );
    expect(run("RAG", [[12.5]], [[15]], [[20]], null)).toEqual(
      run("RAG", [[12.5]], [[15]], [[20]], true)
    );
  });

  it("SCCLEVEL refuses currentLevel 0 as it refuses a blank", () => {
    expect(run("SCCLEVEL", [[0]], [["Insufficient progress"]])).toEqual([
      ["#VALUE!: SCC level 0 is not recognised; expected 1, 2, 3 or 4"],
    ]);
  });

  it("TIERFROM takes 0 as evidence where the trust's framework lists 0 as a value", () => {
    const example = functionExamples.find((e) => e.id === "EXPLAINFROM") as FunctionExample;
    const [table, headers, values, asOf] = asExcelPasses(example) as [
      unknown[][],
      unknown[][],
      unknown[][],
      unknown,
    ];
    const header = table[0];
    const at = (name: string) => header.indexOf(name);
    const withZero = table.map((row) =>
      row[at("Row type")] === "mapping" &&
      row[at("Criterion")] === "external" &&
      String(row[at("Value")]).toLowerCase() === "no issues"
        ? row.map((cell, c) => (c === at("Aliases") ? "0" : cell))
        : row
    );
    expect(withZero).not.toEqual(table);
    const other = values[0].length - 1;
    const zero = [values[0].map((cell, c) => (c === other ? 0 : cell))];
    const blank = [values[0].map((cell, c) => (c === other ? null : cell))];
    const explained = (t: unknown[][], v: unknown[][]) =>
      String((run("EXPLAINFROM", t, headers, v, asOf) as unknown[][])[0][0]);
    expect(explained(withZero, zero)).toMatch(/Other external reports 0; .*5 of 5 criteria/);
    expect(explained(withZero, blank)).toMatch(/4 of 5 criteria/);
    expect(run("EXPLAINFROM", table, headers, zero, asOf)).toEqual(
      run("EXPLAINFROM", table, headers, blank, asOf)
    );
  });
});

describe("term dates with blank rows", () => {
  const header = ["Academic year", "Half term", "Start", "End"];
  const row = ["2024/25", "Spring 2", "2025-02-17", "2025-03-28"];
  it("give the same review date with the blank cells in each form", () => {
    const answers = FORMS.map((form) =>
      run(
        "NEXTREVIEW",
        "category",
        [["Category 4"]],
        [[45663]],
        [header, row, [form, form, form, form]]
      )
    );
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]).toEqual([[expect.any(Number)]]);
  });
});

describe("spilled results", () => {
  it('never hold null (Excel would show 0): a blank answer is ""', async () => {
    const { toExcel } = await import("../../src/functions/excel-result");
    expect(toExcel([["a", null as never, undefined as never]])).toEqual([["a", "", ""]]);
    const framework = call(byId.get("FRAMEWORK") as Registered, "category") as unknown[][];
    expect(framework.flat().filter((cell) => cell === null || cell === undefined)).toEqual([]);
    expect(framework.flat()).toContain("");
  });
});

describe("TRUST.OFSTED over a whole column (C:C)", () => {
  const ROWS = 1_048_576;
  const column = (values: readonly unknown[], blank: unknown): unknown[][] => {
    const rows: unknown[][] = new Array(ROWS);
    for (let r = 0; r < ROWS; r++) rows[r] = [r < values.length ? values[r] : blank];
    return rows;
  };

  it.each(FORMS.map((form) => [JSON.stringify(form), form] as const))(
    "spills down to the last row holding a value, blanks passed as %s",
    (_name, blank) => {
      const values: unknown[] = ["Outcome", "RI", blank, "Good"];
      const rows = column(values, blank);
      rows[4999] = ["Outstanding"];
      const result = call(byId.get("OFSTED") as Registered, rows) as unknown[][];
      expect(result).toHaveLength(5000);
      expect(shown(result.slice(1, 4))).toEqual([
        ["Requires improvement"],
        ["#N/A: outcome is blank"],
        ["Good"],
      ]);
      expect(result[4999]).toEqual(["Outstanding"]);
    }
  );

  it("answers one #N/A for a column with no value", () => {
    const result = call(byId.get("OFSTED") as Registered, column([], null));
    expect(shown(result)).toEqual([["#N/A: outcome is blank"]]);
    expect(result).not.toBeInstanceOf(ExcelError);
  });
});
