import type { CellValue } from "./cell";

/**
 * DfE's symbols for a figure that exists but is not shown. They mean "not available", never an
 * error. Sources: GSS/DfE "Symbols in tables" convention used by Explore Education Statistics
 * (c, x, z, u, low) and the school performance tables' metadata (SUPP, NE, NA, NP, LOWCOV).
 */
export interface SuppressionCode {
  /** The code as DfE prints it. */
  code: string;
  meaning: string;
  /** DfE's "z": the measure does not apply to this school (not missing evidence). */
  notApplicable: boolean;
}

const CODES: readonly SuppressionCode[] = [
  { code: "c", meaning: "confidential (suppressed to protect individuals)", notApplicable: false },
  { code: "x", meaning: "not available", notApplicable: false },
  { code: "z", meaning: "not applicable", notApplicable: true },
  { code: "u", meaning: "low reliability", notApplicable: false },
  {
    code: "low",
    meaning: "fewer than 0.5 (a tiny cohort or rounded to zero)",
    notApplicable: false,
  },
  { code: "SUPP", meaning: "suppressed: cohort too small to publish", notApplicable: false },
  { code: "NE", meaning: "no entries", notApplicable: false },
  { code: "NA", meaning: "not applicable", notApplicable: true },
  { code: "NP", meaning: "not published", notApplicable: false },
  { code: "LOWCOV", meaning: "low coverage: too few pupils with results", notApplicable: false },
  { code: "DNS", meaning: "did not submit", notApplicable: false },
  { code: ":", meaning: "not available", notApplicable: false },
];

/** Every code TrustTier treats as "not available", for help text and documentation. */
export const suppressionCodes: readonly SuppressionCode[] = CODES;

const byKey = new Map(CODES.map((entry) => [entry.code.toLowerCase(), entry]));

/**
 * The suppression code a cell holds, or undefined. Accepts DfE's bracketed form ("[c]", "[low]")
 * and any case; a cell holding only a code, nothing else.
 */
export function suppressionOf(value: CellValue | undefined): SuppressionCode | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim().toLowerCase();
  const bare =
    trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.slice(1, -1).trim() : trimmed;
  return byKey.get(bare);
}

export function isSuppressed(value: CellValue | undefined): boolean {
  return suppressionOf(value) !== undefined;
}
