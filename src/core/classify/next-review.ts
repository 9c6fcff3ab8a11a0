import {
  nextHalfTermStart,
  nextHalfYearStart,
  nextTermStart,
  nextYearStart,
  type HalfTerm,
} from "../dates/half-terms";
import { addWeeks, type IsoDate } from "../dates/iso";
import type { Cadence } from "../frameworks/types";

/** The next review date after `from` for a level's cadence. */
export function nextReviewDate(
  cadence: Cadence,
  from: IsoDate,
  termDates: readonly HalfTerm[] = []
): IsoDate {
  switch (cadence.kind) {
    case "weeks":
      return addWeeks(from, cadence.weeks);
    case "half-termly":
      return nextHalfTermStart(from, termDates);
    case "termly":
      return nextTermStart(from, termDates);
    case "twice a year":
      return nextHalfYearStart(from, termDates);
    case "annually":
      return nextYearStart(from, termDates);
  }
}
