import fc from "fast-check";
import { INTERNAL_ERROR } from "../../src/functions/catalogue/failure";
import {
  call,
  errorCell,
  ExcelError,
  installExcelRuntime,
  loadRegistered,
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
