import {
  MEASURES_BAND_COLUMN,
  readCanonicalTable,
  measuresTable,
  nationalTable,
  schoolsTable,
} from "../../core/import";
import { sameSheetName } from "../../core/layout/sheet-names";
import {
  DERIVED_LABEL,
  DERIVED_NOTES_HEADER,
  derivedCriteria,
} from "../../core/published/derived-evidence";
import { isBlank } from "../../core/values/blank";
import type { CellValue } from "../../core/values/cell";
import { parseNumber } from "../../core/values/number";
import { normaliseText } from "../../core/values/text";
import type { WorkbookPort } from "../../port";
import { tableGrid } from "../workbook-tables";
import { locateColumns, readMeasureCode } from "../../core/import";
import type { CellGrid } from "../../core/values/cell";

export interface DerivedOutcome {
  /** Values written, by criterion header. */
  written: Record<string, number>;
  /** Values a person typed, kept though the published data suggest another. */
  keptTyped: Array<{ urn: number; header: string; typed: string; derived: string }>;
}

/** Every measure a derived criterion reads. */
const derivedMeasures: ReadonlySet<string> = new Set(derivedCriteria.flatMap((c) => c.measures));

/**
 * The header and the rows of these measures (by the code the Measures table reads), so only
 * figures a criterion reads are validated: a national Measures table has 128,000 rows. A row
 * whose code cannot be read is left out here as the table reader would leave it out.
 */
function rowsOfMeasures(grid: CellGrid, wanted: ReadonlySet<string>): CellGrid {
  const at = locateColumns(measuresTable, grid[0] ?? []).at.get("measure");
  if (at === undefined) return grid;
  const codes = new Map<CellValue, string | undefined>();
  const codeOf = (cell: CellValue): string | undefined => {
    if (!codes.has(cell)) {
      const read = readMeasureCode(cell);
      codes.set(cell, read.ok ? read.value : undefined);
    }
    return codes.get(cell);
  };
  return grid.filter((row, index) => {
    if (index === 0) return true;
    const code = codeOf(row[at] ?? null);
    return code !== undefined && wanted.has(code);
  });
}

/**
 * Writes the criteria TrustTier derives from Measures against National (seed 002/004's
 * Historic performance, seed 001's Attendance and PA and National tests) into Schools, with
 * the figures in "Derived evidence notes". A value a person typed always wins: only blank
 * cells, and cells this step wrote before (their note line is there), are written.
 */
export async function writeDerivedEvidence(port: WorkbookPort): Promise<DerivedOutcome> {
  const outcome: DerivedOutcome = { written: {}, keptTyped: [] };
  const [schoolsGrid, allMeasures, nationalGrid] = await Promise.all(
    ["Schools", "Measures", "National"].map((name) => tableGrid(port, name))
  );
  const measuresGrid = allMeasures && rowsOfMeasures(allMeasures, derivedMeasures);
  // No National table is no national figure: progress measures are judged by their bands alone.
  if (!schoolsGrid || !measuresGrid) return outcome;
  const measures = readCanonicalTable(measuresTable, measuresGrid).rows.map(({ value, extras }) => {
    const cohort = parseNumber(extras.Cohort ?? null);
    const written = extras[MEASURES_BAND_COLUMN.header] ?? null;
    const band = isBlank(written) ? undefined : String(written);
    return {
      ...value,
      ...(cohort.ok ? { cohort: cohort.value } : {}),
      ...(band ? { band } : {}),
    };
  });
  // By school once: a national import has 16,000 schools and over 100,000 figures.
  const figuresOf = new Map<number, typeof measures>();
  for (const measure of measures) {
    const list = figuresOf.get(measure.urn);
    if (list) list.push(measure);
    else figuresOf.set(measure.urn, [measure]);
  }
  const national = nationalGrid
    ? readCanonicalTable(nationalTable, nationalGrid).rows.map((r) => r.value)
    : [];
  const schools = readCanonicalTable(schoolsTable, schoolsGrid).rows;
  const headers = (schoolsGrid[0] ?? []).map((h) => String(h ?? ""));
  const rows = schoolsGrid.slice(1);
  const columnValues = (name: string): CellValue[] => {
    const at = headers.findIndex((h) => normaliseText(h) === normaliseText(name));
    return rows.map((row) => (at >= 0 ? (row[at] ?? null) : null));
  };
  const notes = columnValues(DERIVED_NOTES_HEADER);
  // What is written, by row; undefined leaves a cell as it is (a person's formula stays).
  const notesWritten: Array<CellValue | undefined> = rows.map(() => undefined);
  const changed = new Map<string, Array<CellValue | undefined>>();
  for (const criterion of derivedCriteria) {
    const prefix = `${criterion.header}: ${DERIVED_LABEL}`;
    const values = columnValues(criterion.header);
    const writes: Array<CellValue | undefined> = rows.map(() => undefined);
    let written = 0;
    for (const school of schools) {
      const index = school.row - 2;
      const figures = figuresOf.get(school.value.urn) ?? [];
      const derived = criterion.derive(school.value.phase, figures, national);
      if (!derived) continue;
      const lines = String(notes[index] ?? "")
        .split("\n")
        .filter((line) => line.trim() !== "");
      const ours = lines.some((line) => line.startsWith(prefix));
      if (!isBlank(values[index]) && !ours) {
        if (normaliseText(String(values[index])) !== normaliseText(derived.value)) {
          outcome.keptTyped.push({
            urn: school.value.urn,
            header: criterion.header,
            typed: String(values[index]),
            derived: derived.value,
          });
        }
        continue;
      }
      values[index] = derived.value;
      writes[index] = derived.value;
      notes[index] = [...lines.filter((line) => !line.startsWith(prefix)), derived.note].join("\n");
      notesWritten[index] = notes[index];
      written++;
    }
    if (written > 0) {
      changed.set(criterion.header, writes);
      outcome.written[criterion.header] = written;
    }
  }
  if (changed.size === 0) return outcome;
  const table = (await port.describe()).tables.find((t) => sameSheetName(t.name, "Schools"));
  if (!table) return outcome;
  for (const [header, values] of changed) await port.setTableColumn(table.name, { header, values });
  await port.setTableColumn(table.name, { header: DERIVED_NOTES_HEADER, values: notesWritten });
  return outcome;
}
