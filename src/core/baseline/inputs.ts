import type { Framework } from "../frameworks/types";
import type { ContentCell } from "../layout/content";
import type { CellValue } from "../values/cell";
import { isBlank } from "../values/blank";
import { normaliseText } from "../values/text";
import { BASELINE_INPUT_COL, CAPACITY_LABEL, EVIDENCE_SECTION } from "./layout";

export interface BaselineInputs {
  /** Evidence in the input cells, by criterion id (derived values the sheet showed included). */
  evidence: Record<string, CellValue>;
  /** Sheet row (0-based) each criterion's value was read from. */
  rows: Record<string, number>;
  /** The trust's judgement of capacity, as typed. */
  capacity?: string;
}

/**
 * What a person typed on a Baseline sheet: each criterion's input cell below the evidence
 * section (found by the criterion's label in column A, so inserted rows do not matter) and the
 * capacity judgement.
 */
export function readBaselineInputs(
  cells: readonly ContentCell[],
  framework: Framework
): BaselineInputs {
  const rows = new Map<number, Map<number, CellValue>>();
  for (const cell of cells) {
    const row = rows.get(cell.row) ?? new Map<number, CellValue>();
    row.set(cell.col, cell.value);
    rows.set(cell.row, row);
  }
  const label = (row: number) => normaliseText(String(rows.get(row)?.get(0) ?? ""));
  const sorted = [...rows.keys()].sort((a, b) => a - b);
  const start = sorted.find((row) => label(row) === normaliseText(EVIDENCE_SECTION));
  const inputs: BaselineInputs = { evidence: {}, rows: {} };
  for (const row of sorted) {
    const value = rows.get(row)?.get(BASELINE_INPUT_COL);
    if (isBlank(value)) continue;
    if (label(row) === normaliseText(CAPACITY_LABEL)) {
      inputs.capacity = String(value).trim();
      continue;
    }
    if (start === undefined || row <= start) continue;
    const criterion = framework.criteria.find(
      (c) => c.kind === "choice" && normaliseText(c.label) === label(row)
    );
    if (criterion && !(criterion.id in inputs.evidence)) {
      inputs.evidence[criterion.id] = value ?? null;
      inputs.rows[criterion.id] = row;
    }
  }
  return inputs;
}
