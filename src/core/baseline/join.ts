import { parseAcademicYear } from "../dates/academic-year";
import { isoToExcelSerial } from "../dates/excel-serial";
import type { IsoDate } from "../dates/iso";
import { schoolsTable, type SchoolRow } from "../import/tables/schools";
import { IMPORTED_FROM, SCHOOLS_HEADERS } from "../published/canonical-rows";
import { isBlank } from "../values/blank";
import type { CellGrid, CellValue } from "../values/cell";
import { normaliseText } from "../values/text";
import type { BaselineSchool } from "./identify";

export interface JoinInput {
  school: Pick<BaselineSchool, "name" | "phase" | "localAuthority">;
  /** The URN the baseline was made under (the school before it joined). */
  oldUrn: number;
  /** The URN it has as the trust's academy (a converter or transferring school gets a new one). */
  newUrn: number;
  joined: IsoDate;
  tables: { Measures?: CellGrid; Inspections?: CellGrid; Schools?: CellGrid };
}

export type JoinTable = "Measures" | "Inspections" | "Schools";

export interface JoinPlan {
  /**
   * Columns to write in existing tables, one entry per row: `undefined` where the cell stays
   * as it is (only rows the baseline imported change; a formula elsewhere is never rewritten).
   */
  columnUpdates: Array<{
    table: JoinTable;
    header: string;
    values: Array<CellValue | undefined>;
    /** The column holds dates (date serials): written with a date format. */
    date?: boolean;
  }>;
  /** A row to append to the Schools table, by its headers; or the whole table when it has none. */
  schoolsAppend?: CellValue[];
  schoolsCreate?: CellGrid;
  rekeyed: { Measures: number; Inspections: number };
  /** What was left as a person typed it, in words. */
  kept: string[];
}

const at = (grid: CellGrid, name: string) =>
  (grid[0] ?? []).findIndex((h) => normaliseText(String(h ?? "")) === normaliseText(name));
const urnOf = (value: CellValue | undefined) => Number(String(value ?? "").trim());
const yearKey = (value: CellValue | undefined) => {
  const read = parseAcademicYear(value ?? null);
  return read.ok ? read.value : normaliseText(String(value ?? ""));
};
const phaseText = (phase: string) => phase.charAt(0).toUpperCase() + phase.slice(1);

function rekeyMeasures(input: JoinInput, plan: JoinPlan): void {
  const grid = input.tables.Measures;
  if (!grid) return;
  const urn = at(grid, "URN");
  const imported = at(grid, IMPORTED_FROM);
  const measure = at(grid, "Measure code");
  const year = at(grid, "Academic year");
  const rows = grid.slice(1);
  const note = at(grid, "Note");
  const key = (row: readonly CellValue[]) =>
    `${normaliseText(String(row[measure] ?? ""))}|${yearKey(row[year])}`;
  const taken = new Set(rows.filter((r) => urnOf(r[urn]) === input.newUrn).map(key));
  const values: Array<CellValue | undefined> = rows.map(() => undefined);
  const notes: Array<CellValue | undefined> = rows.map(() => undefined);
  const moved = `figure of predecessor URN ${input.oldUrn}`;
  let typed = 0;
  let clash = 0;
  rows.forEach((row, i) => {
    if (urnOf(row[urn]) !== input.oldUrn) return;
    if (imported < 0 || isBlank(row[imported])) return void typed++;
    if (taken.has(key(row))) return void clash++;
    taken.add(key(row));
    values[i] = input.newUrn;
    const noted = note >= 0 ? row[note] : null;
    notes[i] = isBlank(noted) ? moved : `${String(noted)}; ${moved}`;
    plan.rekeyed.Measures++;
  });
  if (typed > 0)
    plan.kept.push(
      `Measures: ${typed} rows for URN ${input.oldUrn} a person typed kept under that URN`
    );
  if (clash > 0)
    plan.kept.push(
      `Measures: ${clash} rows for URN ${input.oldUrn} kept: URN ${input.newUrn} already has a row for the same measure and year`
    );
  if (plan.rekeyed.Measures === 0) return;
  plan.columnUpdates.push({ table: "Measures", header: "URN", values });
  if (note >= 0)
    plan.columnUpdates.push({ table: "Measures", header: String(grid[0][note]), values: notes });
}

/** The inspections become the predecessor's, linked, as the import stores a predecessor's. */
function rekeyInspections(input: JoinInput, plan: JoinPlan): void {
  const grid = input.tables.Inspections;
  if (!grid) return;
  const urn = at(grid, "URN");
  const imported = at(grid, IMPORTED_FROM);
  const link = at(grid, "Predecessor URN");
  const rows = grid.slice(1);
  const urns: Array<CellValue | undefined> = rows.map(() => undefined);
  const flags: Array<CellValue | undefined> = rows.map(() => undefined);
  const links: Array<CellValue | undefined> = rows.map(() => undefined);
  let typed = 0;
  rows.forEach((row, i) => {
    if (urnOf(row[urn]) !== input.oldUrn) return;
    if (imported < 0 || isBlank(row[imported])) return void typed++;
    urns[i] = input.newUrn;
    flags[i] = "Yes";
    if (link < 0 || isBlank(row[link])) links[i] = input.oldUrn;
    plan.rekeyed.Inspections++;
  });
  if (typed > 0)
    plan.kept.push(
      `Inspections: ${typed} rows for URN ${input.oldUrn} a person typed kept under that URN`
    );
  if (plan.rekeyed.Inspections === 0) return;
  plan.columnUpdates.push(
    { table: "Inspections", header: "URN", values: urns },
    { table: "Inspections", header: "Predecessor", values: flags },
    { table: "Inspections", header: "Predecessor URN", values: links }
  );
}

/** The Schools column for a field, by its header or any alias the Schools table accepts. */
function schoolsColumn(headers: readonly CellValue[], key: keyof SchoolRow): number {
  const column = schoolsTable.columns.find((c) => c.key === key);
  const names = [column?.header ?? "", ...(column?.aliases ?? [])].map(normaliseText);
  return headers.findIndex((h) => names.includes(normaliseText(String(h ?? ""))));
}

const SCHOOL_FIELDS: ReadonlyArray<[keyof SchoolRow, string]> = [
  ["urn", "URN"],
  ["name", "School name"],
  ["phase", "Phase"],
  ["joined", "Joined trust"],
  ["predecessorUrn", "Predecessor URN"],
  ["localAuthority", "Local authority"],
];

function recordSchool(input: JoinInput, plan: JoinPlan): void {
  const record: Record<string, CellValue> = {
    URN: input.newUrn,
    "School name": input.school.name,
    Phase: phaseText(input.school.phase),
    "Joined trust": isoToExcelSerial(input.joined),
    "Predecessor URN": input.oldUrn === input.newUrn ? null : input.oldUrn,
    "Local authority": input.school.localAuthority ?? null,
  };
  const grid = input.tables.Schools;
  if (!grid) {
    plan.schoolsCreate = [[...SCHOOLS_HEADERS], SCHOOLS_HEADERS.map((h) => record[h] ?? null)];
    return;
  }
  const headers = [...(grid[0] ?? [])];
  const rows = grid.slice(1);
  // The joined date and predecessor are the join's record: a table without them gains them.
  const columnOf = new Map<string, number>();
  for (const [key, name] of SCHOOL_FIELDS) {
    let column = schoolsColumn(headers, key);
    if (column < 0 && (key === "joined" || key === "predecessorUrn")) {
      headers.push(name);
      column = headers.length - 1;
      plan.columnUpdates.push({
        table: "Schools",
        header: name,
        values: rows.map(() => null),
        ...(key === "joined" ? { date: true } : {}),
      });
    }
    if (column >= 0) columnOf.set(name, column);
  }
  const urn = columnOf.get("URN") ?? -1;
  const index = rows.findIndex((row) => urnOf(row[urn]) === input.newUrn);
  if (index < 0) {
    plan.schoolsAppend = headers.map((_, column) => {
      const name = [...columnOf].find(([, c]) => c === column)?.[0];
      return name ? (record[name] ?? null) : null;
    });
    return;
  }
  // The school is already listed: fill the two cells only where they are blank.
  for (const name of ["Joined trust", "Predecessor URN"]) {
    const column = columnOf.get(name) as number;
    const header = String(headers[column]);
    const current = rows[index][column] ?? null;
    if (!isBlank(current)) {
      if (String(current) !== String(record[name]))
        plan.kept.push(
          `Schools: ${header} for URN ${input.newUrn} kept as typed (${String(current)}); the join gives ${String(record[name])}`
        );
      continue;
    }
    const values: Array<CellValue | undefined> = rows.map(() => undefined);
    values[index] = record[name];
    const added = plan.columnUpdates.findIndex((u) => u.table === "Schools" && u.header === header);
    if (added >= 0) plan.columnUpdates.splice(added, 1);
    plan.columnUpdates.push({
      table: "Schools",
      header,
      values,
      ...(name === "Joined trust" ? { date: true } : {}),
    });
  }
}

/**
 * A baselined school joining the trust under a new URN: the baseline's imported Measures rows
 * move to the new URN, their Note saying whose figures they are (a row for the same measure and
 * year already there is kept); its
 * inspections move too, marked as the predecessor's and linked to the old URN, as the import
 * stores a predecessor school's; Schools gains the school with its joined date and predecessor
 * URN. Rows a person typed are never changed. Pure: the feature writes the plan.
 */
export function planJoin(input: JoinInput): JoinPlan {
  const plan: JoinPlan = {
    columnUpdates: [],
    rekeyed: { Measures: 0, Inspections: 0 },
    kept: [],
  };
  // A school joining under its own URN keeps its rows as they are.
  if (input.oldUrn !== input.newUrn) {
    rekeyMeasures(input, plan);
    rekeyInspections(input, plan);
  }
  recordSchool(input, plan);
  return plan;
}
