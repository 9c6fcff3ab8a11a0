import fc from "fast-check";
import { INTERNAL_ERROR } from "../../src/functions/catalogue/failure";
import {
  call,
  errorCell,
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

/** Words the functions know, so junk sometimes reaches deep paths rather than the first check. */
const knownWords = fc.constantFrom(
  "category",
  "tiers",
  "support",
  "stages",
  "curriculum",
  "Good",
  "RI",
  "Inadequate",
  "Positive",
  "Declining",
  "No issues",
  "Some issues",
  "Secure",
  "Effective",
  "Weak",
  "Yes",
  "Responding well",
  "Insufficient progress",
  "Category 3",
  "T2",
  "SUPP",
  "c",
  "step down",
  "Ofsted",
  "QA visit",
  "Trend",
  "Other reports",
  "2025-01-06",
  "45%",
  "Row type"
);

const junkCell = fc.oneof(
  fc.double(),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(""),
  fc.string({ maxLength: 20 }),
  fc.string({ minLength: 300, maxLength: 3000 }),
  knownWords,
  fc.constantFrom("#N/A", "#VALUE!", "#REF!", "#DIV/0!").map(errorCell),
  fc.constant({ unexpected: "object" })
);

/** Ranges as Excel passes them, and shapes it never does (ragged, empty, bare lists). */
const junkRange = fc.oneof(
  fc.array(fc.array(junkCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
  fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(junkCell, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      })
    ),
  fc.array(junkCell, { maxLength: 4 }),
  fc.constant([]),
  junkCell
);

const junkArgument = fc.oneof(junkCell, junkRange);

function problemsIn(result: unknown): string[] {
  const cellProblem = (cell: unknown): string[] => {
    if (cell instanceof ExcelError) {
      if (!["#VALUE!", "#N/A"].includes(cell.code)) return [`error code ${cell.code}`];
      if (!cell.message) return ["an error without a message"];
      if (cell.message.startsWith(INTERNAL_ERROR)) return [cell.message];
      return [];
    }
    if (typeof cell === "number") return Number.isFinite(cell) ? [] : [`number ${cell}`];
    if (typeof cell === "string" || typeof cell === "boolean") return [];
    return [`a cell holding ${String(cell)}`];
  };
  if (!Array.isArray(result)) return cellProblem(result);
  if (result.length === 0 || !result.every(Array.isArray)) return ["not a 2D array"];
  const width = (result[0] as unknown[]).length;
  if (width === 0 || result.some((row) => (row as unknown[]).length !== width)) return ["ragged"];
  return result.flatMap((row) => (row as unknown[]).flatMap(cellProblem));
}

describe("every TRUST function, fed junk, answers or gives an Excel error with a message", () => {
  it("covers the whole catalogue", () => {
    expect(metadata.functions.length).toBe(byId.size);
  });

  it("never throws, never returns a bare or malformed value", () => {
    for (const { id, parameters } of metadata.functions) {
      const implementation = byId.get(id) as Registered;
      fc.assert(
        fc.property(
          fc.array(junkArgument, { minLength: parameters.length, maxLength: parameters.length }),
          (args) => {
            const result = call(implementation, ...args);
            const problems = problemsIn(result);
            if (problems.length > 0) throw new Error(`${id}: ${problems.join("; ")}`);
          }
        ),
        { numRuns: 300 }
      );
    }
  });
});

describe("TIER, EXPLAIN and NEXTREVIEW over well-formed tables of random evidence and dates", () => {
  const headers = [["Ofsted", "Trend", "QA visit", "Partnership review", "Other reports"]];
  const evidence = fc.oneof(knownWords, junkCell);
  const table = fc.array(fc.array(evidence, { minLength: 5, maxLength: 5 }), {
    minLength: 1,
    maxLength: 20,
  });
  const serial = fc.integer({ min: -10, max: 3_000_000 });

  it("answers every row, one result per row", () => {
    for (const id of ["TIER", "EXPLAIN"]) {
      fc.assert(
        fc.property(table, serial, (values, asOf) => {
          const result = call(byId.get(id) as Registered, "category", headers, values, asOf);
          expect(problemsIn(result)).toEqual([]);
          if (Array.isArray(result)) expect(result).toHaveLength(values.length);
        }),
        { numRuns: 300 }
      );
    }
  });

  it("gives the level EXPLAIN explains (TIER's fast path agrees with the full classifier)", () => {
    fc.assert(
      fc.property(table, (values) => {
        const levels = call(byId.get("TIER") as Registered, "category", headers, values, 45663);
        const reasons = call(byId.get("EXPLAIN") as Registered, "category", headers, values, 45663);
        if (!Array.isArray(levels) || !Array.isArray(reasons)) return;
        levels.forEach(([level], row) => {
          if (typeof level === "string")
            expect(reasons[row][0]).toMatch(new RegExp(`^${level} \\(proposed\\)`));
        });
      }),
      { numRuns: 300 }
    );
  });

  it("gives a review date or a message for any date", () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3, 4), serial, (level, lastReview) => {
        const result = call(
          byId.get("NEXTREVIEW") as Registered,
          "category",
          [[level]],
          [[lastReview]]
        );
        expect(problemsIn(result)).toEqual([]);
      }),
      { numRuns: 300 }
    );
  });
});

/**
 * The same junk with blank cells in each form Excel passes them (src/functions/catalogue/blanks.ts):
 * null, "" and, where no value of the parameter can be 0, 0. The three give the same result.
 */
describe('every TRUST function, fed junk with blanks as null, "" and 0', () => {
  /** Parameters where 0 is a value (docs/functions.md, Blank cells): there 0 is not a blank. */
  const zeroIsValue = new Set([
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
    "TIERFROM.frameworkTable",
    "EXPLAINFROM.frameworkTable",
  ]);
  const BLANK = Symbol("blank");
  const cellOrBlank = fc.oneof(junkCell, knownWords, fc.constant(BLANK), fc.constant(BLANK));
  const argument = fc.oneof(
    cellOrBlank,
    fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(cellOrBlank, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        })
      )
  );

  const fill = (id: string, names: string[], args: unknown[], form: null | "" | 0) =>
    args.map((arg, index) => {
      const blank = form === 0 && zeroIsValue.has(`${id}.${names[index]}`) ? null : form;
      const cell = (value: unknown) => (value === BLANK ? blank : value);
      return Array.isArray(arg) ? arg.map((row: unknown[]) => row.map(cell)) : cell(arg);
    });

  it("gives the same, well-formed result for each form", () => {
    for (const { id, parameters } of metadata.functions) {
      const implementation = byId.get(id) as Registered;
      const names = parameters.map(({ name }) => name);
      fc.assert(
        fc.property(
          fc.array(argument, { minLength: names.length, maxLength: names.length }),
          (args) => {
            const [asNull, asEmpty, asZero] = ([null, "", 0] as const).map((form) =>
              call(implementation, ...fill(id, names, args, form))
            );
            for (const result of [asNull, asEmpty, asZero]) {
              const problems = problemsIn(result);
              if (problems.length > 0) throw new Error(`${id}: ${problems.join("; ")}`);
            }
            expect(shown(asEmpty)).toEqual(shown(asNull));
            expect(shown(asZero)).toEqual(shown(asNull));
          }
        ),
        { numRuns: 200 }
      );
    }
  });

  it("reads a category table's blank evidence alike in each form (TIER, EXPLAIN)", () => {
    const headers = [
      ["Ofsted", "Ofsted date", "Trend", "QA visit", "Partnership review", "Other reports"],
    ];
    const evidence = fc.oneof(
      knownWords,
      fc.constant(BLANK),
      fc.integer({ min: 40000, max: 47000 })
    );
    const table = fc.array(fc.array(evidence, { minLength: 6, maxLength: 6 }), {
      minLength: 1,
      maxLength: 12,
    });
    for (const id of ["TIER", "EXPLAIN"]) {
      fc.assert(
        fc.property(table, (values) => {
          const [asNull, asEmpty, asZero] = ([null, "", 0] as const).map((form) =>
            shown(
              call(
                byId.get(id) as Registered,
                "category",
                headers,
                fill(id, [], [values], form)[0],
                45663
              )
            )
          );
          expect(asEmpty).toEqual(asNull);
          expect(asZero).toEqual(asNull);
        }),
        { numRuns: 300 }
      );
    }
  });
});
