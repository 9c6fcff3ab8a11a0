import { parseAcademicYear } from "../dates/academic-year";
import { isoToExcelSerial } from "../dates/excel-serial";
import type { TableDefinition } from "../import/read-table";
import {
  MEASURES_BAND_COLUMN,
  MEASURES_COHORT_COLUMN,
  MEASURES_NOTE_COLUMN,
  measuresTable,
  nationalTable,
} from "../import/tables/figures";
import { inspectionsTable } from "../import/tables/inspections";
import { schoolsTable, type SchoolRow } from "../import/tables/schools";
import type { CellValue } from "../values/cell";
import { parseDate } from "../values/date";
import { normaliseText } from "../values/text";
import type { ImportedLocalAuthority, ImportedMeasure, ImportedNational } from "./figures";
import { statusAllowsReplace, type MergeRules, type RecordRow } from "./merge";
import type { ImportedInspection } from "./ofsted";

export const IMPORTED_FROM = "Imported from";

/** The canonical tables' headers as an import writes them (the demo's, plus provenance). */
export const MEASURES_HEADERS = [
  "URN",
  "Measure code",
  "Academic year",
  "Value",
  MEASURES_COHORT_COLUMN.header,
  "Status",
  IMPORTED_FROM,
  MEASURES_NOTE_COLUMN.header,
  MEASURES_BAND_COLUMN.header,
];
export const NATIONAL_HEADERS = [
  "Measure code",
  "Academic year",
  "Phase",
  "Value",
  "Source",
  "Status",
  IMPORTED_FROM,
];
export const LOCAL_AUTHORITY_HEADERS = ["LA code", "Local authority", ...NATIONAL_HEADERS];
export const SCHOOLS_HEADERS = [
  "URN",
  "School name",
  "Phase",
  "Joined trust",
  "Predecessor URN",
  "Local authority",
];

/** Area headers as the demo's Inspections table writes them, by canonical area name. */
const AREA_HEADERS: Record<string, string> = {
  "quality of education": "Quality of education",
  "behaviour and attitudes": "Behaviour and attitudes",
  "personal development": "Personal development",
  "leadership and management": "Leadership and management",
  "early years provision": "Early years provision",
  "sixth form provision": "Sixth form provision",
  inclusion: "Inclusion",
  "curriculum and teaching": "Curriculum and teaching",
  achievement: "Achievement",
  "attendance and behaviour": "Attendance and behaviour",
  "personal development and well being": "Personal development and well-being",
  "leadership and governance": "Leadership and governance",
  "post 16": "Post-16",
};

export function inspectionHeaders(inspections: readonly ImportedInspection[]): string[] {
  const areas = Object.keys(AREA_HEADERS).filter((area) =>
    inspections.some((i) => area in i.areas)
  );
  const dated = Object.keys(AREA_HEADERS).filter((area) =>
    inspections.some((i) => area in i.areaDates)
  );
  return [
    "URN",
    "Inspection date",
    "Type",
    "Overall",
    ...areas.map((area) => AREA_HEADERS[area]),
    "Safeguarding",
    "Category of concern",
    "Predecessor",
    "Predecessor URN",
    "Inspection number",
    "Publication date",
    ...dated.map((area) => `${AREA_HEADERS[area]} - date of grade`),
    IMPORTED_FROM,
  ];
}

/** Headers of date columns, to be given a date format. */
export const isDateHeader = (header: string): boolean =>
  /inspection date|publication date|date of grade|joined trust/i.test(header);

const phaseText = (phase: string): string => phase.charAt(0).toUpperCase() + phase.slice(1);

export function measureRecord(m: ImportedMeasure): RecordRow {
  return {
    URN: m.urn,
    "Measure code": m.measure,
    "Academic year": m.year,
    Value: "value" in m.figure ? m.figure.value : m.figure.code,
    [MEASURES_COHORT_COLUMN.header]: m.cohort ?? null,
    Status: m.status ?? null,
    [IMPORTED_FROM]: m.file,
    [MEASURES_NOTE_COLUMN.header]: m.note,
    [MEASURES_BAND_COLUMN.header]: m.band ?? null,
  };
}

export function nationalRecord(n: ImportedNational): RecordRow {
  return {
    "Measure code": n.measure,
    "Academic year": n.year,
    Phase: phaseText(n.phase),
    Value: n.value,
    Source: n.source,
    Status: n.status ?? null,
    [IMPORTED_FROM]: n.file,
  };
}

export function localAuthorityRecord(la: ImportedLocalAuthority): RecordRow {
  return {
    "LA code": la.laCode,
    "Local authority": la.laName ?? null,
    "Measure code": la.measure,
    "Academic year": la.year,
    Phase: phaseText(la.phase),
    Value: la.value,
    Source: la.source,
    Status: la.status ?? null,
    [IMPORTED_FROM]: la.file,
  };
}

export function inspectionRecord(i: ImportedInspection): RecordRow {
  const record: Record<string, CellValue> = {
    URN: i.urn,
    "Inspection date": isoToExcelSerial(i.date),
    Type: i.type,
    Overall: i.overall ?? null,
    Safeguarding: i.safeguarding ?? null,
    "Category of concern": i.concern ?? null,
    Predecessor: i.predecessorUrn !== undefined ? "Yes" : "No",
    "Predecessor URN": i.predecessorUrn ?? null,
    "Inspection number": i.number ?? null,
    "Publication date": i.publication ? isoToExcelSerial(i.publication) : null,
    [IMPORTED_FROM]: i.file,
  };
  for (const [area, outcome] of Object.entries(i.areas))
    record[AREA_HEADERS[area] ?? area] = outcome;
  for (const [area, date] of Object.entries(i.areaDates)) {
    record[`${AREA_HEADERS[area] ?? area} - date of grade`] = isoToExcelSerial(date);
  }
  return record;
}

export function schoolRecord(school: SchoolRow, predecessorUrn?: number): RecordRow {
  return {
    URN: school.urn,
    "School name": school.name,
    Phase: phaseText(school.phase),
    "Joined trust": school.joined ? isoToExcelSerial(school.joined) : null,
    "Predecessor URN": school.predecessorUrn ?? predecessorUrn ?? null,
    "Local authority": school.localAuthority ?? null,
  };
}

/**
 * A key part read once per distinct cell value: a national file's 128,000 rows share a few
 * measure codes, years and phases. Bounded, so a column of distinct values stays cheap.
 */
function readOnce(read: (value: CellValue) => string): (value: CellValue) => string {
  const known = new Map<CellValue, string>();
  return (value) => {
    let part = known.get(value);
    if (part === undefined) {
      part = read(value);
      if (known.size < 10_000) known.set(value, part);
    }
    return part;
  };
}

const text = readOnce((value) => normaliseText(String(value ?? "")));
const year = readOnce((value) => {
  const read = parseAcademicYear(value);
  return read.ok ? read.value : text(value);
});
const date = (value: CellValue): string => {
  const read = parseDate(value);
  return read.ok ? read.value : text(value);
};

const NEWER_STATUS = "the table's status is newer than the file's";

export const measuresRules: MergeRules = {
  headers: MEASURES_HEADERS,
  definition: measuresTable as TableDefinition<unknown>,
  keysOf: (get) => [
    `${Number(get("URN"))}|${text(get("Measure code"))}|${year(get("Academic year"))}`,
  ],
  replaces: (incoming, existing) => statusAllowsReplace(incoming("Status"), existing("Status")),
  importedHeader: IMPORTED_FROM,
  keptBecause: NEWER_STATUS,
};

export const nationalRules: MergeRules = {
  headers: NATIONAL_HEADERS,
  definition: nationalTable as TableDefinition<unknown>,
  keysOf: (get) => [
    `${text(get("Measure code"))}|${year(get("Academic year"))}|${text(get("Phase"))}`,
  ],
  replaces: (incoming, existing) => statusAllowsReplace(incoming("Status"), existing("Status")),
  importedHeader: IMPORTED_FROM,
  keptBecause: NEWER_STATUS,
};

export const localAuthorityRules: MergeRules = {
  headers: LOCAL_AUTHORITY_HEADERS,
  keysOf: (get) => [
    `${text(get("LA code"))}|${text(get("Measure code"))}|${year(get("Academic year"))}|${text(get("Phase"))}`,
  ],
  replaces: (incoming, existing) => statusAllowsReplace(incoming("Status"), existing("Status")),
  importedHeader: IMPORTED_FROM,
  keptBecause: NEWER_STATUS,
};

/**
 * Inspections are the same when they share Ofsted's inspection number or school and date (a
 * row a person typed without the number); an inspection already present is never rewritten.
 */
export function inspectionRules(headers: readonly string[]): MergeRules {
  return {
    headers,
    definition: inspectionsTable as TableDefinition<unknown>,
    keysOf: (get) => {
      const number = text(get("Inspection number"));
      const byDate = `${Number(get("URN"))}|${date(get("Inspection date"))}`;
      return number !== "" ? [`#${number}`, byDate] : [byDate];
    },
    replaces: () => false,
    importedHeader: IMPORTED_FROM,
    keptBecause: "already recorded; an import never rewrites an inspection",
  };
}

export const schoolsRules: MergeRules = {
  headers: SCHOOLS_HEADERS,
  definition: schoolsTable as TableDefinition<unknown>,
  keysOf: (get) => [String(Number(get("URN")))],
  replaces: () => false,
  importedHeader: "URN",
  keptBecause: "already in the table; an import adds schools, never rewrites them",
};
