import { normaliseInspectionOutcome, outcomeDisplay } from "../../core/inspections/outcomes";
import { suppressionOf } from "../../core/values/suppression";
import { trimTrailingBlankRows, zeroAsBlank } from "./blanks";
import { overCells } from "./elementwise";
import { isBlankInput } from "./excel-input";
import { invalidValue, notAvailable, type ResultGrid } from "./failure";

/**
 * Every blank position answers this one failure (its row is where it stands in the spill): a
 * whole column can hold a million blanks above a last value, and Excel gets one error object
 * for them all (toExcel), not a million.
 */
const BLANK_OUTCOME = notAvailable("outcome is blank");

/**
 * TRUST.OFSTED: each outcome in Ofsted's words, whichever regime it was written in. No outcome
 * is 0, so 0 is a blank; a range spills down to its last row holding a value (C:C included).
 */
export const ofsted = (outcome: unknown): ResultGrid =>
  overCells([["outcome", zeroAsBlank(trimTrailingBlankRows(outcome))]], ([value], at) => {
    if (isBlankInput(value)) return BLANK_OUTCOME;
    const code = suppressionOf(value);
    if (code) return notAvailable(`outcome${at} is not available (${code.code}: ${code.meaning})`);
    const reading = normaliseInspectionOutcome(value);
    return reading.ok
      ? outcomeDisplay(reading.value.name)
      : invalidValue(`outcome${at} ${reading.message}`);
  });
