import type { AcademicYear } from "../dates/academic-year";
import type { IsoDate } from "../dates/iso";
import type { ImportProblem } from "../import/location";
import type { SchoolRow } from "../import/tables/schools";
import type { CellGrid } from "../values/cell";
import { normaliseText } from "../values/text";
import {
  inspectionHeaders,
  inspectionRecord,
  inspectionRules,
  localAuthorityRecord,
  localAuthorityRules,
  measureRecord,
  measuresRules,
  nationalRecord,
  nationalRules,
  schoolRecord,
  schoolsRules,
} from "./canonical-rows";
import {
  extractFigures,
  type ImportedLocalAuthority,
  type ImportedMeasure,
  type ImportedNational,
} from "./figures";
import { readPredecessorLinks, readSchoolList, readSuccessionDates } from "./gias";
import { codeKey } from "./headers";
import { planMerge, type ExistingTable, type MergePlan } from "./merge";
import { readEditionMeta, type EditionMeta } from "./meta";
import { extractInspections, type ImportedInspection } from "./ofsted";
import { recogniseFile } from "./recognise";
import { emptyFileReport, type FileReport } from "./report";
import { academicYearFromName, statusFromName } from "./year";

export interface PublishedFile {
  /** The path as given (folder names can carry the year). */
  name: string;
  grid: CellGrid;
  encoding?: string;
}

export interface ImportInput {
  files: readonly PublishedFile[];
  /** The trust's school list from --schools (any headers with a URN), if given. */
  schoolList?: PublishedFile;
  /** --year: for files that do not state their year. */
  year?: AcademicYear;
  existing: Partial<Record<CanonicalName, ExistingTable>>;
}

export type CanonicalName = "Schools" | "Measures" | "Inspections" | "National" | "LocalAuthority";

/** The order an import writes (and a preview lists) its tables: the schools before their rows. */
export const CANONICAL_ORDER: readonly CanonicalName[] = [
  "Schools",
  "Inspections",
  "Measures",
  "National",
  "LocalAuthority",
];

export interface ImportPlan {
  tables: Partial<Record<CanonicalName, MergePlan>>;
  reports: FileReport[];
  /** Input a person must fix (unrecognised file, a year nobody states). */
  problems: ImportProblem[];
  /** Files whose academic year nothing states (each also has a problem): ask for `year`. */
  needsYear: string[];
  schools: number;
  /** The trust's schools the import is for, from the first list that names them. */
  trustSchools: Array<{ urn: number; name: string }>;
}

function metaFor(
  headers: readonly unknown[],
  metas: readonly EditionMeta[]
): EditionMeta | undefined {
  const codes = headers.map((header) => codeKey(String(header ?? "")));
  let best: EditionMeta | undefined;
  let bestScore = 1;
  for (const meta of metas) {
    const score = codes.filter((code) => meta.fields.has(code)).length;
    if (score > bestScore && meta.recordTypes.size > 0) {
      best = meta;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The LA rows of the trust's local authorities only: an LA is the trust's when the school list
 * or a file gives one of its schools that LA number (LA (code), LEA / LA column), or when the row's name is a school's "Local
 * authority" in the school list. Each row is named from the school list when the file leaves
 * the name out (2018/19 KS4 LA rows have none).
 */
function trustLocalAuthorities(
  rows: readonly ImportedLocalAuthority[],
  laCodeOfSchool: ReadonlyMap<number, string>,
  schools: readonly SchoolRow[]
): ImportedLocalAuthority[] {
  const trustCodes = new Set(laCodeOfSchool.values());
  const nameOfCode = new Map<string, string>();
  for (const school of schools) {
    const code = laCodeOfSchool.get(school.urn);
    if (code && school.localAuthority) nameOfCode.set(code, school.localAuthority);
  }
  const names = new Set(
    schools.flatMap((s) => (s.localAuthority ? [normaliseText(s.localAuthority)] : []))
  );
  return rows
    .filter(
      (row) =>
        trustCodes.has(row.laCode) ||
        (row.laName !== undefined && names.has(normaliseText(row.laName)))
    )
    .map((row) => {
      const name = row.laName ?? nameOfCode.get(row.laCode);
      return name ? { ...row, laName: name } : row;
    });
}

/**
 * Plans an import of published files into the canonical tables, for the trust's schools only:
 * which rows to append, which imported rows to replace, and a report per file. Pure: the
 * workbook feature reads the existing tables and writes the plan through the port.
 */
export function planPublishedImport(input: ImportInput): ImportPlan {
  const problems: ImportProblem[] = [];
  const reports: FileReport[] = [];
  const needsYear: string[] = [];
  const recognised = input.files.map((file) => ({ file, recognition: recogniseFile(file.grid) }));
  for (const { file, recognition } of recognised) {
    if (recognition.family === undefined)
      problems.push({ sheet: file.name, row: 1, message: recognition.message });
  }
  const metas = recognised
    .filter((r) => r.recognition.family === "meta")
    .map((r) => readEditionMeta(r.file.grid));
  const successorOf = new Map<number, number>();
  const succeededOn = new Map<number, IsoDate>();
  for (const r of recognised) {
    if (r.recognition.family !== "gias-links") continue;
    for (const [from, to] of readPredecessorLinks(r.file.grid)) successorOf.set(from, to);
    for (const [urn, date] of readSuccessionDates(r.file.grid)) succeededOn.set(urn, date);
  }

  // The trust's schools: the workbook's Schools table, then --schools, then a GIAS extract given as data.
  const schools: SchoolRow[] = [];
  const sources: PublishedFile[] = [
    ...(input.existing.Schools
      ? [
          {
            name: "Schools",
            grid: [[...input.existing.Schools.headers], ...input.existing.Schools.rows],
          },
        ]
      : []),
    ...(input.schoolList ? [input.schoolList] : []),
  ];
  if (sources.length === 0) {
    sources.push(
      ...recognised.filter((r) => r.recognition.family === "gias-establishments").map((r) => r.file)
    );
  }
  const listed = new Set<number>();
  // A school's LA code from the school list; a data file's LEA for the school overrides it.
  const laCodeOfSchool = new Map<number, string>();
  for (const source of sources) {
    const read = readSchoolList(source.grid, source.name);
    appendAll(problems, read.problems);
    for (const [urn, code] of read.laCodes)
      if (!laCodeOfSchool.has(urn)) laCodeOfSchool.set(urn, code);
    for (const school of read.schools) {
      if (listed.has(school.urn)) continue;
      listed.add(school.urn);
      schools.push(school);
    }
  }
  if (schools.length === 0 && problems.length === 0) {
    problems.push({
      sheet: "--schools",
      message:
        "no school list: give --schools FILE (any headers with a URN column), an --input workbook with a Schools table, or a GIAS extract of the trust with --data",
    });
  }
  const trust = new Set(schools.map((school) => school.urn));
  for (const school of schools) {
    if (school.predecessorUrn !== undefined) successorOf.set(school.predecessorUrn, school.urn);
  }
  // A trust school with a predecessor, and the day it began under its URN: GIAS's link date,
  // else its Joined trust date; inspections before it are the predecessor's (ofsted.ts).
  const began = new Map<number, { predecessorUrn: number; since: IsoDate }>();
  for (const [predecessorUrn, urn] of successorOf) {
    const school = schools.find((s) => s.urn === urn);
    const since = succeededOn.get(urn) ?? school?.joined;
    if (school && since) began.set(urn, { predecessorUrn, since });
  }

  const measures: ImportedMeasure[] = [];
  const national: ImportedNational[] = [];
  const inspections: ImportedInspection[] = [];
  const laRows: ImportedLocalAuthority[] = [];
  for (const { file, recognition } of recognised) {
    if (recognition.family === undefined) continue;
    if ("spec" in recognition) {
      const result = extractFigures({
        file: file.name,
        grid: file.grid,
        spec: recognition.spec,
        columns: recognition.columns,
        year: academicYearFromName(file.name) ?? input.year,
        status: statusFromName(file.name),
        meta: metaFor(file.grid[0] ?? [], metas),
        trust,
      });
      if (result.needsYear) {
        needsYear.push(file.name);
        problems.push({
          sheet: file.name,
          message: `${file.name} does not say its academic year (no time_period column, year suffix or year in the file or folder name); give --year YYYY/YY`,
        });
      }
      result.report.encoding = file.encoding;
      reports.push(result.report);
      appendAll(measures, result.measures);
      appendAll(national, result.national);
      appendAll(laRows, result.localAuthorities);
      for (const [urn, code] of result.laCodeOfSchool) laCodeOfSchool.set(urn, code);
    } else if (recognition.family === "ofsted-mi") {
      const result = extractInspections(file.name, file.grid, trust, successorOf, began);
      result.report.encoding = file.encoding;
      reports.push(result.report);
      appendAll(inspections, result.inspections);
    } else {
      const report = emptyFileReport(
        file.name,
        recognition.family === "meta"
          ? "DfE edition metadata"
          : recognition.family === "gias-links"
            ? "GIAS links"
            : "GIAS establishments"
      );
      report.encoding = file.encoding;
      report.matchesSchools = false;
      reports.push(report);
    }
  }

  const localAuthorities = trustLocalAuthorities(laRows, laCodeOfSchool, schools);
  const predecessorOf = new Map([...successorOf].map(([from, to]) => [to, from]));
  const tables: ImportPlan["tables"] = {
    Schools: planMerge(
      input.existing.Schools,
      schools.map((s) => schoolRecord(s, predecessorOf.get(s.urn))),
      schoolsRules
    ),
    Measures: planMerge(input.existing.Measures, measures.map(measureRecord), measuresRules),
    National: planMerge(input.existing.National, national.map(nationalRecord), nationalRules),
    LocalAuthority: planMerge(
      input.existing.LocalAuthority,
      localAuthorities.map(localAuthorityRecord),
      localAuthorityRules
    ),
    Inspections: planMerge(
      input.existing.Inspections,
      inspections.map(inspectionRecord),
      inspectionRules(inspectionHeaders(inspections))
    ),
  };
  return {
    tables,
    reports,
    problems,
    needsYear,
    schools: trust.size,
    trustSchools: schools.map((school) => ({ urn: school.urn, name: school.name })),
  };
}

/**
 * Appends in a loop: `push(...rows)` passes every row as an argument, and a national file's
 * rows (hundreds of thousands) overflow the call stack.
 */
function appendAll<T>(into: T[], rows: readonly T[]): void {
  for (const row of rows) into.push(row);
}
