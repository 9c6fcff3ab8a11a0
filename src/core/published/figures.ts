import { parseAcademicYear, type AcademicYear } from "../dates/academic-year";
import { isBlank } from "../values/blank";
import type { CellGrid, CellValue } from "../values/cell";
import { parseNumber } from "../values/number";
import { suppressionOf } from "../values/suppression";
import type { FigureFamily } from "./families";
import { cleanHeader, codeKey } from "./headers";
import type { EditionMeta, RecordKind } from "./meta";
import type { RecognisedColumns } from "./recognise";
import { countMissing, emptyFileReport, type FileReport } from "./report";
import { judgeBand, type ProgressBand } from "./progress-band";
import { academicYearFromSuffix, type FileStatus } from "./year";

/** A figure as stored in Measures: a number or the publisher's code, kept as itself. */
export type PublishedFigure = { value: number } | { code: string };

export interface ImportedMeasure {
  urn: number;
  measure: string;
  year: AcademicYear;
  figure: PublishedFigure;
  cohort?: number;
  status?: FileStatus;
  file: string;
  /** "derived: ..." for a computed figure; the published column otherwise. */
  note: string;
  /** A progress measure's DfE band, published or from its confidence interval. */
  band?: ProgressBand;
}

export interface ImportedNational {
  measure: string;
  year: AcademicYear;
  phase: "primary" | "secondary";
  value: number;
  source: string;
  file: string;
  status?: FileStatus;
}

/** A local-authority row's figure, stored in the LocalAuthority table for the trust's LAs. */
export interface ImportedLocalAuthority extends ImportedNational {
  /** DfE's three-digit LA number ("892"), as the file's LEA / LA / old_la_code column gives it. */
  laCode: string;
  /** The LA's name where the row gives it (SCHNAME, la_name). */
  laName?: string;
}

export interface FigureFileInput {
  file: string;
  grid: CellGrid;
  spec: FigureFamily;
  columns: RecognisedColumns;
  /** The year from the file or folder name, or given with --year. */
  year?: AcademicYear;
  status?: FileStatus;
  meta?: EditionMeta;
  trust: ReadonlySet<number>;
}

export interface FigureFileResult {
  measures: ImportedMeasure[];
  national: ImportedNational[];
  /** Every local-authority row's figures; the plan keeps those of the trust's LAs. */
  localAuthorities: ImportedLocalAuthority[];
  /** LA code of each trust school's row, where the file has an LEA / LA column. */
  laCodeOfSchool: Map<number, string>;
  report: FileReport;
  /** Set when a column's year cannot be known: the file needs --year. */
  needsYear: boolean;
}

type Read =
  | { ok: true; figure: PublishedFigure }
  | { ok: false; missing: string }
  | { ok: false; message: string };

/** "56%", 56, "-0.4", a DfE or statistics code, or blank. */
export function readPublishedCell(value: CellValue | undefined): Read {
  if (isBlank(value)) return { ok: false, missing: "blank" };
  const code = suppressionOf(value);
  if (code) return { ok: true, figure: { code: String(value).trim() } };
  if (String(value).trim().toUpperCase() === "NULL") return { ok: false, missing: "NULL" };
  const number = parseNumber(value);
  if (number.ok) return { ok: true, figure: { value: number.value } };
  return { ok: false, message: number.message };
}

const PHASES: Record<string, "primary" | "secondary" | "special"> = {
  PRI: "primary",
  SEC: "secondary",
  SPE: "special",
};

interface RowRole {
  kind: RecordKind | "unknown";
  urn?: number;
  phase?: "primary" | "secondary" | "special";
  describe: string;
}

/** The LA number and name a row gives: LEA (KS2, KS4), LA (absence, census) or EES's old_la_code. */
function laOf(column: ColumnFinder, cells: readonly CellValue[]): { code?: string; name?: string } {
  const text = (name: string): string => {
    const index = column(name);
    return index < 0 ? "" : cleanHeader(cells[index]);
  };
  const code = [text("LEA"), text("LA"), text("OLD_LA_CODE")].find((c) => /^\d{3}$/.test(c));
  const name = text("LA_NAME") || text("SCHNAME");
  return { ...(code ? { code } : {}), ...(name ? { name } : {}) };
}

/** Finds the first column with a code; each header's code is worked out once per file. */
type ColumnFinder = (code: string) => number;

function columnFinder(headers: readonly string[]): ColumnFinder {
  const indexes = new Map<string, number>();
  headers.forEach((header, index) => {
    const code = codeKey(header);
    if (!indexes.has(code)) indexes.set(code, index);
  });
  return (code) => indexes.get(code) ?? -1;
}

/** What a row is: a school (with URN), an LA row, a national row (with phase), or unknown. */
function rowRole(
  input: FigureFileInput,
  column: ColumnFinder,
  cells: readonly CellValue[]
): RowRole {
  const text = (name: string): string => {
    const index = column(name);
    return index < 0 ? "" : cleanHeader(cells[index]).toUpperCase();
  };
  const urnText = text("URN");
  const urn = /^\d{5,7}$/.test(urnText) ? Number(urnText) : undefined;
  // Absence and census mark national rows LA=NAT / URN=NAT, phase in ESTAB.
  if (text("LA") === "NAT" || urnText === "NAT") {
    return {
      kind: "national-state-funded",
      phase: PHASES[text("ESTAB")],
      describe: `national state-funded ${text("ESTAB")} (${urnText === "NAT" ? "URN" : "LA"}=NAT)`,
    };
  }
  const level = text("GEOGRAPHIC_LEVEL");
  if (level !== "") {
    const group =
      `${text("ESTABLISHMENT_TYPE_GROUP")} ${text("PHASE_TYPE_GROUPING")}`.toLowerCase();
    const phase = group.includes("primary")
      ? "primary"
      : group.includes("secondary")
        ? "secondary"
        : undefined;
    // A KS2 or KS4 file's rows are of its phase when the group does not name one.
    if (level === "NATIONAL" && group.includes("state-funded")) {
      return {
        kind: "national-state-funded",
        phase: phase ?? input.spec.phase,
        describe: `national, ${group.trim()}`,
      };
    }
    if (level === "SCHOOL")
      return { kind: "school", urn: urn ?? Number(text("SCHOOL_URN")), describe: "school" };
    if (level === "LOCAL AUTHORITY" && group.includes("state-funded")) {
      return { kind: "la", phase, describe: `local authority, ${group.trim()}` };
    }
    return { kind: "unknown", describe: `${level.toLowerCase()} row` };
  }
  const rectype = text("RECTYPE");
  if (rectype !== "") {
    const meaning = input.meta?.recordTypes.get(rectype);
    if (meaning)
      return {
        kind: meaning.kind,
        urn,
        phase: input.spec.phase,
        describe: `RECTYPE ${rectype} (${meaning.meaning})`,
      };
    return urn !== undefined
      ? { kind: "school", urn, describe: "school" }
      : { kind: "unknown", describe: `RECTYPE ${rectype}` };
  }
  return urn !== undefined
    ? { kind: "school", urn, describe: "school" }
    : { kind: "unknown", describe: "row without URN" };
}

/** The year of a row's figure in a column: the column's suffix, time_period, or the file's year. */
function yearOf(
  input: FigureFileInput,
  column: ColumnFinder,
  cells: readonly CellValue[],
  suffix?: string
): AcademicYear | undefined {
  if (suffix) return academicYearFromSuffix(suffix);
  const index = column("TIME_PERIOD");
  if (index >= 0) {
    const year = parseAcademicYear(cells[index]);
    if (year.ok) return year.value;
  }
  return input.year;
}

/**
 * The column counting each measure column's pupils, by the measure column's index: the family's
 * cohort (TELIG, TPUP) or the measure's own (TFSM6CLA1A for the disadvantaged), with the same
 * year suffix as the figure, so PTRWM_EXP_22 is counted by TELIG_22 and never by another year's
 * TELIG. Absent, the figure has no cohort.
 */
function cohortColumnsOf(
  spec: FigureFamily,
  columns: RecognisedColumns,
  columnAt: ReadonlyMap<string, number>
): Array<number | undefined> {
  const ownCohort = new Map(
    spec.measures.flatMap((m) => (m.cohort ? [[m.measure, m.cohort]] : []))
  );
  return columns.roles.map((role) => {
    if (role.kind !== "measure") return undefined;
    const code = ownCohort.get(role.measure) ?? spec.cohort;
    return code === undefined ? undefined : columnAt.get(`${code}|${role.suffix ?? ""}`);
  });
}

/**
 * A performance-table file's figures for the trust's schools (Measures) and its state-funded
 * national rows (National). Codes are kept as themselves; blanks and codes are counted by code;
 * a cell that is neither a number nor a code is reported with its line and column.
 */
export function extractFigures(input: FigureFileInput): FigureFileResult {
  const { spec, columns, file } = input;
  const report = emptyFileReport(file, spec.label);
  report.year = input.year;
  report.status = input.status;
  columns.roles.forEach((role, index) => {
    const header = columns.headers[index];
    if (role.kind === "measure" || role.kind === "recognised") report.recognised.push(header);
    else if (role.kind === "ignored" && header !== "") report.ignored.push(header);
  });
  const measures: ImportedMeasure[] = [];
  const national: ImportedNational[] = [];
  const localAuthorities: ImportedLocalAuthority[] = [];
  const laCodeOfSchool = new Map<number, string>();
  const seen = new Set<number>();
  let needsYear = false;
  const column = columnFinder(columns.headers);
  // Each recognised column by code and year suffix, for a figure's cohort and band columns.
  const columnAt = new Map<string, number>();
  columns.roles.forEach((role, index) => {
    if (role.kind === "measure" || role.kind === "recognised")
      columnAt.set(`${role.base}|${role.suffix ?? ""}`, index);
  });
  const bandColumns = new Map(spec.measures.flatMap((m) => (m.band ? [[m.measure, m.band]] : [])));
  const cohortColumns = cohortColumnsOf(spec, columns, columnAt);
  const unknownKinds = new Set<string>();
  const nationalMeasures = new Set(
    spec.measures.filter((m) => m.national !== false).map((m) => m.measure)
  );
  let laRows = 0;

  input.grid.slice(1).forEach((cells, offset) => {
    if (cells.every((cell) => isBlank(cell))) return;
    const line = offset + 2;
    const role = rowRole(input, column, cells);
    const isSchool = role.kind === "school" && role.urn !== undefined && input.trust.has(role.urn);
    const isNational =
      role.kind === "national-state-funded" &&
      (role.phase === "primary" || role.phase === "secondary");
    if (role.kind === "unknown") unknownKinds.add(role.describe);
    const la = laOf(column, cells);
    const laPhase = role.phase ?? spec.phase;
    const isLa =
      role.kind === "la" &&
      la.code !== undefined &&
      (laPhase === "primary" || laPhase === "secondary");
    if (role.kind === "la") laRows++;
    if (!isSchool && !isNational && !isLa) return;
    if (isSchool) {
      seen.add(role.urn as number);
      report.rowsMatched++;
      if (la.code) laCodeOfSchool.set(role.urn as number, la.code);
    }
    const benchmark = (measure: string, year: AcademicYear, value: number, note?: string) => {
      const source = `${spec.label}, ${file}${input.status ? ` (${input.status})` : ""}: ${role.describe}${note ? `; ${note}` : ""}`;
      const status = input.status ? { status: input.status } : {};
      if (isNational) {
        national.push({
          measure,
          year,
          phase: role.phase as "primary" | "secondary",
          value,
          source,
          file,
          ...status,
        });
      } else {
        localAuthorities.push({
          laCode: la.code as string,
          ...(la.name && !/^\d+$/.test(la.name) ? { laName: la.name } : {}),
          measure,
          year,
          phase: laPhase as "primary" | "secondary",
          value,
          source,
          file,
          ...status,
        });
      }
    };
    const cohortAt = (index: number): number | undefined => {
      const read = index >= 0 ? readPublishedCell(cells[index]) : undefined;
      return read?.ok && "value" in read.figure ? read.figure.value : undefined;
    };
    const values = new Map<string, { year?: AcademicYear; read: Read; index: number }>();
    columns.roles.forEach((columnRole, index) => {
      if (columnRole.kind !== "measure" && columnRole.kind !== "recognised") return;
      const year = yearOf(input, column, cells, columnRole.suffix);
      const read = readPublishedCell(cells[index]);
      values.set(`${columnRole.base}|${columnRole.suffix ?? ""}`, { year, read, index });
      if (columnRole.kind !== "measure") return;
      if (!read.ok) {
        if ("missing" in read) {
          if (isSchool) countMissing(report, read.missing);
        } else {
          report.unreadable.push({
            file,
            row: line,
            column: index,
            header: columns.headers[index],
            value: cells[index] ?? null,
            message: read.message,
          });
        }
        return;
      }
      if ("code" in read.figure && isSchool) countMissing(report, read.figure.code);
      if (year === undefined) {
        needsYear = true;
        return;
      }
      if (isSchool) {
        const cohort = cohortAt(cohortColumns[index] ?? -1);
        const bands = bandColumns.get(columnRole.measure);
        const judged =
          bands && "value" in read.figure
            ? judgeBand(bands, (code) => {
                const at = columnAt.get(`${code}|${columnRole.suffix ?? ""}`);
                return at === undefined
                  ? undefined
                  : { header: columns.headers[at], value: cells[at] };
              })
            : undefined;
        measures.push({
          urn: role.urn as number,
          measure: columnRole.measure,
          year,
          figure: read.figure,
          ...(cohort !== undefined ? { cohort } : {}),
          ...(input.status ? { status: input.status } : {}),
          file,
          note: judged ? `${columns.headers[index]}; ${judged.from}` : columns.headers[index],
          ...(judged ? { band: judged.band } : {}),
        });
      } else if ("value" in read.figure && nationalMeasures.has(columnRole.measure)) {
        benchmark(columnRole.measure, year, read.figure.value);
      }
    });
    for (const derived of spec.derived) {
      if (!isSchool && !derived.national) continue;
      const terms = derived.terms.map((alternatives) =>
        alternatives.map((code) => values.get(`${code}|`)).find((v) => v !== undefined)
      );
      if (terms.some((term) => term === undefined)) continue;
      const present = terms as Array<{ year?: AcademicYear; read: Read }>;
      const year = present[0].year;
      if (year === undefined) continue;
      const code = present.find((term) => term.read.ok && "code" in term.read.figure);
      let figure: PublishedFigure | undefined;
      if (code && code.read.ok) figure = code.read.figure;
      else if (present.every((term) => term.read.ok && "value" in term.read.figure)) {
        figure = {
          value: derived.compute(
            present.map((term) => (term.read as { figure: { value: number } }).figure.value)
          ),
        };
      }
      if (!figure) continue;
      if (isSchool) {
        measures.push({
          urn: role.urn as number,
          measure: derived.measure,
          year,
          figure,
          ...(input.status ? { status: input.status } : {}),
          file,
          note: derived.note,
        });
      } else if ("value" in figure) {
        benchmark(derived.measure, year, figure.value, derived.note);
      }
    }
  });
  report.schoolsMissing = [...input.trust].filter((urn) => !seen.has(urn)).sort((a, b) => a - b);
  if (unknownKinds.size > 0) {
    report.notes.push(
      `rows not used (their record type is not described; give the edition's _meta.csv with --data): ${[...unknownKinds].slice(0, 5).join(", ")}`
    );
  }
  report.localAuthorityRows = laRows;
  return { measures, national, localAuthorities, laCodeOfSchool, report, needsYear };
}
