import { nextReviewDate } from "../../core/classify/next-review";
import { zeroAsBlank } from "./blanks";
import { overCells } from "./elementwise";
import { isBlankInput } from "./excel-input";
import { CellFailure, invalidValue, type ResultGrid } from "./failure";
import { findLevel } from "./levels";
import { readBuiltinFramework, readDateCell, toSerial } from "./readers";
import { readTermDates } from "./term-dates";

/**
 * TRUST.NEXTREVIEW: the next review date (a serial) after each last review, by level. No
 * built-in level is 0 and serial 0 is no date, so 0 is blank in both.
 */
export function nextReview(
  framework: unknown,
  level: unknown,
  lastReview: unknown,
  termDates: unknown
): ResultGrid {
  const chosen = readBuiltinFramework(framework);
  const terms = readTermDates(termDates);
  return overCells(
    [
      ["level", zeroAsBlank(level)],
      ["lastReview", zeroAsBlank(lastReview)],
    ],
    ([levelValue, dateValue], at) => {
      const found = findLevel(chosen, levelValue, `level${at}`);
      if (found instanceof CellFailure) return found;
      if (isBlankInput(dateValue))
        return invalidValue(`lastReview${at} is blank; give the date of the last review`);
      const reading = readDateCell(dateValue, `lastReview${at}`);
      if (!reading.ok) return invalidValue(reading.message);
      return toSerial(nextReviewDate(found.cadence, reading.date, terms));
    }
  );
}
