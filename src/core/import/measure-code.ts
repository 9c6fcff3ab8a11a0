import { measureByCode, measureCodes } from "../measures/lookup";
import { isBlank } from "../values/blank";
import type { CellValue } from "../values/cell";
import { blank, describeValue, invalid, parsed, type Parsed } from "../values/parsed";

/**
 * A measure code from the measures catalogue, in the catalogue's spelling. Kept apart from the
 * other cell readers (./cells) because it carries the whole catalogue: the custom functions
 * read TermDates through those readers and must not (the bench's 150 KB bundle goal).
 */
export function readMeasureCode(value: CellValue): Parsed<string> {
  if (isBlank(value)) return blank();
  const measure = measureByCode(String(value));
  return measure
    ? parsed(measure.code)
    : invalid(
        `measure code ${describeValue(value)} is not in the measures catalogue; expected one of: ${measureCodes.join(", ")}`
      );
}
