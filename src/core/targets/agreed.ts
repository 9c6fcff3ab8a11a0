import type { TableRead } from "../import/read-table";
import type { TargetRow } from "../import/tables/figures";
import type { CellValue } from "../values/cell";
import { normaliseText } from "../values/text";
import { IMPORTED_ESTIMATES, TRUSTTIER_PROPOSAL } from "./method";

const PROPOSED = new Set([normaliseText(TRUSTTIER_PROPOSAL), normaliseText(IMPORTED_ESTIMATES)]);
const AGREED = normaliseText("Agreed by Trust Board");
const METHOD = normaliseText("Method");

const cell = (extras: Record<string, CellValue>, key: string) =>
  Object.entries(extras).find(([header]) => normaliseText(header) === key)?.[1];
const filled = (value: CellValue | undefined) =>
  value !== null && value !== undefined && String(value).trim() !== "";

/**
 * The targets in force (seed 001: targets "formally agreed by the Trust Board" form the success
 * criteria). Where the Targets table has an "Agreed by Trust Board" column, a TrustTier proposal
 * (or imported estimate) counts only once agreed; a target a person typed counts as the trust's
 * own. Without the column every row counts, as before.
 */
export function targetsInForce(read: TableRead<TargetRow>): TargetRow[] {
  const hasAgreement = read.extraColumns.some(({ header }) => normaliseText(header) === AGREED);
  return read.rows
    .filter(({ extras }) => {
      if (!hasAgreement) return true;
      const method = cell(extras, METHOD);
      const proposed = filled(method) && PROPOSED.has(normaliseText(String(method)));
      return !proposed || filled(cell(extras, AGREED));
    })
    .map(({ value }) => value);
}
