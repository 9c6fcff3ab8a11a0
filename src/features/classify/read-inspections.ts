import { readInspections } from "../../core/import/tables/inspections";
import type { InspectionRecord } from "../../core/inspections/types";
import type { CellGrid } from "../../core/values/cell";
import { InputProblemsError } from "../input-problems";

export type InspectionHistories = Map<number, InspectionRecord[]>;

/**
 * Inspection histories by URN from an Inspections table or sheet as read (header row first).
 * A row that cannot be read stops the run, naming its cell. Pure.
 */
export function inspectionHistories(
  grid: CellGrid,
  where: { sheet: string; headerRow: number }
): InspectionHistories {
  const read = readInspections(grid, where);
  if (read.problems.length > 0) {
    throw new InputProblemsError(
      `${where.sheet}: the Inspections table cannot be read:`,
      read.problems
    );
  }
  const byUrn: InspectionHistories = new Map();
  for (const { value } of read.rows)
    byUrn.set(value.urn, [...(byUrn.get(value.urn) ?? []), value.record]);
  return byUrn;
}
