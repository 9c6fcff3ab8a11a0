import * as z from "zod/mini";
import type { HalfTerm } from "../../dates/half-terms";
import { compareIso } from "../../dates/iso";
import { readAcademicYear, readDate, readHalfTerm, requiredCell } from "../cells";
import type { TableDefinition } from "../read-table";

const row = z
  .object({
    year: requiredCell(readAcademicYear, "an academic year such as 2025/26"),
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
export type TermDateRow = z.infer<typeof row>;

export const termDatesTable: TableDefinition<TermDateRow> = {
  name: "TermDates",
  columns: [
    { key: "year", header: "Academic year", required: true },
    { key: "halfTerm", header: "Half term", required: true },
    { key: "start", header: "Start", required: true },
    { key: "end", header: "End", required: true },
  ],
  row,
};

/** A TermDates row as the dates module's half term (a trust's own, not a default). */
export const halfTermOf = (term: TermDateRow): HalfTerm => ({
  academicYear: term.year,
  name: term.halfTerm,
  start: term.start,
  end: term.end,
  isDefault: false,
});
