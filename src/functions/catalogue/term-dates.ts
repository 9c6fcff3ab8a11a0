import * as z from "zod/mini";
import { parseAcademicYear } from "../../core/dates/academic-year";
import { halfTermNames, type HalfTerm, type HalfTermName } from "../../core/dates/half-terms";
import { compareIso, type IsoDate } from "../../core/dates/iso";
import { formatProblem } from "../../core/import/location";
import { readCanonicalTable, type TableDefinition } from "../../core/import/read-table";
import type { CellValue } from "../../core/values/cell";
import { parseDate } from "../../core/values/date";
import { isBlank } from "../../core/values/blank";
import { blank, describeValue, invalid, parsed, type Parsed } from "../../core/values/parsed";
import { normaliseText } from "../../core/values/text";
import { isBlankInput } from "./excel-input";
import { ArgumentProblem } from "./failure";
import { readPlainGrid } from "./plain-grid";

const SHOWN_PROBLEMS = 3;

/*
 * The TermDates table as core/import/tables/term-dates.ts defines it (same headers, same
 * messages), with its cell schemas built here from the core parsers: that module's cell readers
 * (core/import/cells.ts) also read measure codes, which pulls the whole measures catalogue into
 * the custom functions bundle (the bench's 150 KB goal). test/functions/term-dates.test.ts
 * checks both read the same grids the same way.
 */
function requiredCell<T>(read: (value: CellValue) => Parsed<T>, expected: string) {
  return z.pipe(
    z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
    z.transform((value, context): T => {
      const result = read(value ?? null);
      if (result.ok) return result.value;
      const message = result.kind === "blank" ? `blank; expected ${expected}` : result.message;
      context.issues.push({ code: "custom", message, input: value });
      return z.NEVER;
    })
  );
}

function readHalfTerm(value: CellValue): Parsed<HalfTermName> {
  if (isBlank(value)) return blank();
  const key = normaliseText(String(value));
  const name = halfTermNames.find((candidate) => normaliseText(candidate) === key);
  return name
    ? parsed(name)
    : invalid(
        `half term ${describeValue(value)} is not recognised; expected one of: ${halfTermNames.join(", ")}`
      );
}

function readDate(value: CellValue): Parsed<IsoDate> {
  const date = parseDate(value);
  return date.ok || date.kind !== "suppressed"
    ? date
    : invalid(`${describeValue(value)} is a suppression code; expected a date`);
}

const termDateRow = z
  .object({
    year: requiredCell(parseAcademicYear, "an academic year such as 2025/26"),
    halfTerm: requiredCell(readHalfTerm, "a half term such as Autumn 1"),
    start: requiredCell(readDate, "the first day of the half term"),
    end: requiredCell(readDate, "the last day of the half term"),
  })
  .check(
    z.refine((term) => compareIso(term.start, term.end) <= 0, {
      path: ["end"],
      message: "the half term ends before it starts",
    })
  );

const termDatesTable: TableDefinition<z.infer<typeof termDateRow>> = {
  name: "TermDates",
  columns: [
    { key: "year", header: "Academic year", required: true },
    { key: "halfTerm", header: "Half term", required: true },
    { key: "start", header: "Start", required: true },
    { key: "end", header: "End", required: true },
  ],
  row: termDateRow,
};

/**
 * A TermDates range (header row: Academic year, Half term, Start, End) as half terms; left out
 * or blank gives none (TrustTier's default half terms apply).
 */
export function readTermDates(argument: unknown): HalfTerm[] {
  const grid = readPlainGrid(argument, "termDates");
  if (grid.length === 1 && grid[0].length === 1 && isBlankInput(grid[0][0])) return [];
  const read = readCanonicalTable(termDatesTable, grid, { sheet: "termDates" });
  if (read.problems.length > 0)
    throw new ArgumentProblem(
      "invalidValue",
      `termDates: ${read.problems.slice(0, SHOWN_PROBLEMS).map(formatProblem).join("; ")}`
    );
  return read.rows.map(({ value }) => ({
    academicYear: value.year,
    name: value.halfTerm,
    start: value.start,
    end: value.end,
    isDefault: false,
  }));
}
