import type { CalculationMode } from "../../port/WorkbookPort";

/**
 * What to tell the person after a write when Excel does not recalculate by itself
 * (`describe().calculation`). TrustTier never changes the mode: on desktop it applies to every
 * open workbook, and "Automatic except tables" reads back wrong (office-js #2770).
 */
export function calculationNote(calculation: CalculationMode): string | undefined {
  if (calculation === "manual") {
    return "Excel is set to calculate manually, so TrustTier's formulas may show old results. Press F9 (Formulas > Calculate Now) to update them.";
  }
  // "Automatic except tables" leaves out only what-if data tables, which TrustTier never writes.
  return undefined;
}
