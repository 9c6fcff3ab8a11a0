import { readCanonicalTable, measuresTable, nationalTable, schoolsTable } from "../../core/import";
import { sameSheetName } from "../../core/layout/sheet-names";
import {
  DERIVED_LABEL,
  DERIVED_NOTES_HEADER,
  deriveHistoricPerformance,
  HISTORIC_HEADER,
} from "../../core/published/derived-evidence";
import { isBlank } from "../../core/values/blank";
import type { CellValue } from "../../core/values/cell";
import { parseNumber } from "../../core/values/number";
import { normaliseText } from "../../core/values/text";
import type { WorkbookPort } from "../../port";
import { tableGrid } from "../workbook-tables";

export interface DerivedOutcome {
  /** Schools given a derived Historic performance value. */
  written: number;
  /** Schools whose own (typed) value was kept though the data suggest another. */
  keptTyped: Array<{ urn: number; typed: string; derived: string }>;
}

const PREFIX = `${HISTORIC_HEADER}: ${DERIVED_LABEL}`;

/**
 * Writes seed 002/004's "Historic performance" into Schools, derived from Measures against
 * National, with the figures in "Derived evidence notes". A value a person typed always wins:
 * only blank cells, and cells this step wrote before (its note is there), are written.
 */
export async function writeDerivedEvidence(port: WorkbookPort): Promise<DerivedOutcome> {
  const outcome: DerivedOutcome = { written: 0, keptTyped: [] };
  const [schoolsGrid, measuresGrid, nationalGrid] = await Promise.all(
    ["Schools", "Measures", "National"].map((name) => tableGrid(port, name))
  );
  if (!schoolsGrid || !measuresGrid || !nationalGrid) return outcome;
  const measures = readCanonicalTable(measuresTable, measuresGrid).rows.map(({ value, extras }) => {
    const cohort = parseNumber(extras.Cohort ?? null);
    return { ...value, ...(cohort.ok ? { cohort: cohort.value } : {}) };
  });
  const national = readCanonicalTable(nationalTable, nationalGrid).rows.map((r) => r.value);
  const schools = readCanonicalTable(schoolsTable, schoolsGrid).rows;
  const headers = (schoolsGrid[0] ?? []).map((h) => String(h ?? ""));
  const column = (name: string) =>
    headers.findIndex((h) => normaliseText(h) === normaliseText(name));
  const historicAt = column(HISTORIC_HEADER);
  const notesAt = column(DERIVED_NOTES_HEADER);
  const rows = schoolsGrid.slice(1);
  const values: CellValue[] = rows.map((row) =>
    historicAt >= 0 ? (row[historicAt] ?? null) : null
  );
  const notes: CellValue[] = rows.map((row) => (notesAt >= 0 ? (row[notesAt] ?? null) : null));
  for (const school of schools) {
    const index = school.row - 2;
    const derived = deriveHistoricPerformance(
      school.value.phase,
      measures.filter((m) => m.urn === school.value.urn),
      national
    );
    if (!derived) continue;
    const ours = String(notes[index] ?? "").includes(PREFIX);
    if (!isBlank(values[index]) && !ours) {
      if (normaliseText(String(values[index])) !== normaliseText(derived.value)) {
        outcome.keptTyped.push({
          urn: school.value.urn,
          typed: String(values[index]),
          derived: derived.value,
        });
      }
      continue;
    }
    values[index] = derived.value;
    const others = String(notes[index] ?? "")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith(PREFIX));
    notes[index] = [...others, derived.note].join("\n");
    outcome.written++;
  }
  if (outcome.written === 0) return outcome;
  const table = (await port.describe()).tables.find((t) => sameSheetName(t.name, "Schools"));
  if (!table) return outcome;
  await port.setTableColumn(table.name, { header: HISTORIC_HEADER, values });
  await port.setTableColumn(table.name, { header: DERIVED_NOTES_HEADER, values: notes });
  return outcome;
}
