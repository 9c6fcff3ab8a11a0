import type { HalfTerm } from "../../core/dates/half-terms";
import type { Framework } from "../../core/frameworks/types";
import { fingerprintGrid } from "../../core/layout/fingerprint";
import { sameSheetName } from "../../core/layout/sheet-names";
import { columnsFromSaved } from "../../core/mapping";
import { isBlank } from "../../core/values/blank";
import type { CellGrid } from "../../core/values/cell";
import type { TableData, WorkbookDescription, WorkbookPort } from "../../port";
import { savedMappingOrNone } from "../connect/saved-source";
import { termDatesOfTable } from "../workbook-tables";
import { columnsRead } from "./classify-grid";
import { inspectionHistories, type InspectionHistories } from "./read-inspections";
import {
  locateSchoolsSource,
  sourceOfSheet,
  sourceOfTable,
  type SchoolsSource,
  type SourceChoice,
} from "./read-source";

/** Where the schools are and how their columns map: as passed, else as Connect saved it. */
export interface EvidenceRequest {
  /** The schools table or sheet; Connect's saved one where absent, else the one TrustTier finds. */
  source?: SourceChoice;
  /**
   * The person's mapping (target id -> column) for every framework; where absent, Connect's
   * saved mapping for the framework it was saved for and the same source, else the proposal.
   */
  columnOf?: Record<string, number>;
  /**
   * Checks the located source before anything is classified (the live formula column needs
   * an Excel table); throws to stop.
   */
  check?: (source: SchoolsSource) => void;
}

/**
 * Fingerprints of what a classification with one framework reads: equal fingerprints mean
 * classifying again gives what it gave then (with the same date). Only the schools columns the
 * classification reads count: a column added beside them (TrustTier's live formula or level
 * columns, a person's notes) changes no level.
 */
export interface EvidenceFingerprint {
  /** The schools table or sheet: where it is, and every row of the columns read. */
  readonly schools: string;
  readonly inspections: string;
  readonly termDates: string;
  /** The columns read, by what they are read as (the person's, the saved or the proposed mapping). */
  readonly mapping: string;
}

/** What a classification reads from the workbook, read in one round trip. */
export interface ClassifyEvidence {
  source: SchoolsSource;
  /** Inspection histories by URN, when the workbook has an Inspections table or sheet. */
  inspections?: InspectionHistories;
  /** The trust's half terms from its TermDates table; none (TrustTier's defaults) without one. */
  termDates: HalfTerm[];
  /** The names of the tables read beside the schools, as the workbook spells them. */
  tables: { inspections?: string; termDates?: string };
  /** The mapping for a framework id: the person's, the saved one, or none (the proposal). */
  columnOf: (frameworkId: string) => Record<string, number> | undefined;
  fingerprint: (framework: Framework) => EvidenceFingerprint;
}

const sameSource = (a: SourceChoice, b: SourceChoice) =>
  a.kind === b.kind && sameSheetName(a.name, b.name);

const named = (description: WorkbookDescription, name: string) => ({
  table: description.tables.find((t) => sameSheetName(t.name, name)),
  sheet: description.sheets.find((s) => sameSheetName(s.name, name)),
});

const gridOf = (table: TableData): CellGrid => [[...table.headers], ...table.rows];

/** The rows a classification reads, as read, before any is parsed. */
interface EvidenceRead {
  source: SchoolsSource;
  inspections?: {
    value: CellGrid;
    where: { sheet: string; headerRow: number };
    /** The table's name; absent for an Inspections sheet without a table. */
    table?: string;
  };
  termDates?: TableData;
  columnOf: ClassifyEvidence["columnOf"];
  fingerprint: ClassifyEvidence["fingerprint"];
}

async function readEvidenceRows(
  port: WorkbookPort,
  request: EvidenceRequest
): Promise<EvidenceRead> {
  const saved = request.source && request.columnOf ? undefined : await savedMappingOrNone(port);
  const description = await port.describe();
  const savedChoice: SourceChoice | undefined = saved
    ? { kind: saved.source.kind, name: saved.source.name }
    : undefined;
  const located = locateSchoolsSource(description, request.source ?? savedChoice);
  const inspections = named(description, "Inspections");
  const termDatesInfo = named(description, "TermDates").table;
  const wanted = [
    ...(located.kind === "table" ? [located.name] : []),
    ...(inspections.table ? [inspections.table.name] : []),
    ...(termDatesInfo ? [termDatesInfo.name] : []),
  ];
  const read = wanted.length > 0 ? await port.readTables(wanted) : [];
  const tableRead = (name: string | undefined) =>
    name === undefined ? undefined : read[wanted.findIndex((w) => sameSheetName(w, name))];

  const schoolsTable = located.kind === "table" ? tableRead(located.name) : undefined;
  const source = schoolsTable
    ? sourceOfTable(schoolsTable)
    : sourceOfSheet(located.name, await port.readUsedRange(located.name));
  request.check?.(source);

  let inspectionsRead: EvidenceRead["inspections"];
  const inspectionsTable = tableRead(inspections.table?.name);
  if (inspectionsTable) {
    inspectionsRead = {
      value: gridOf(inspectionsTable),
      where: { sheet: inspectionsTable.sheet, headerRow: inspectionsTable.origin.row + 1 },
      table: inspectionsTable.name,
    };
  } else if (inspections.sheet) {
    const used = await port.readUsedRange(inspections.sheet.name);
    inspectionsRead = {
      value: used.values,
      where: { sheet: used.sheet, headerRow: used.origin.row + 1 },
    };
  }
  const termDates = tableRead(termDatesInfo?.name);

  const savedColumns =
    saved && savedChoice && sameSource(savedChoice, located)
      ? columnsFromSaved(saved.columns, source.grid[0] ?? []).columnOf
      : undefined;
  const columnOf = (frameworkId: string) =>
    request.columnOf ?? (saved?.framework === frameworkId ? savedColumns : undefined);
  return {
    source,
    ...(inspectionsRead ? { inspections: inspectionsRead } : {}),
    ...(termDates ? { termDates } : {}),
    columnOf,
    // Worked out when asked (the risk meeting): hashing every row of a national file is not free.
    fingerprint: (framework) => {
      const read = columnsRead(source, framework, columnOf(framework.id));
      const ids = Object.keys(read).sort();
      const headers = source.grid[0] ?? [];
      // A row left wholly blank is skipped whatever its columns, so its blankness is read too.
      const rows = source.grid
        .slice(1)
        .map((cells) => [cells.every(isBlank), ...ids.map((id) => cells[read[id]] ?? null)]);
      return {
        schools: `${located.kind} ${located.name}: ${fingerprintGrid(rows)}`,
        inspections: inspectionsRead ? fingerprintGrid(inspectionsRead.value) : "none",
        termDates: termDates ? fingerprintGrid(gridOf(termDates)) : "none",
        mapping: JSON.stringify(ids.map((id) => [id, headers[read[id]] ?? null])),
      };
    },
  };
}

/**
 * The fingerprint of what `classifySchools` would read now, without parsing or classifying
 * anything: to tell whether the evidence changed since an earlier classification.
 */
export async function readEvidenceFingerprint(
  port: WorkbookPort,
  request: EvidenceRequest,
  framework: Framework
): Promise<EvidenceFingerprint> {
  return (await readEvidenceRows(port, request)).fingerprint(framework);
}

/** What differs between two fingerprints, in words: "the schools table", "TermDates". Pure. */
export function evidenceChanges(before: EvidenceFingerprint, now: EvidenceFingerprint): string[] {
  const labels: Record<keyof EvidenceFingerprint, string> = {
    schools: "the schools table",
    inspections: "Inspections",
    termDates: "TermDates",
    mapping: "the column mapping",
  };
  return (Object.keys(labels) as Array<keyof EvidenceFingerprint>)
    .filter((key) => before[key] !== now[key])
    .map((key) => labels[key]);
}

/**
 * Reads what a classification needs: the schools table, and the Inspections and TermDates
 * tables when present, in one round trip (`readTables`); a schools or Inspections range that
 * is not a table is read as a sheet's used range. Classifies nothing; a row of Inspections or
 * TermDates that cannot be read stops, naming its cell.
 */
export async function readClassifyEvidence(
  port: WorkbookPort,
  request: EvidenceRequest
): Promise<ClassifyEvidence> {
  const read = await readEvidenceRows(port, request);
  const histories = read.inspections
    ? inspectionHistories(read.inspections.value, read.inspections.where)
    : undefined;
  return {
    source: read.source,
    ...(histories ? { inspections: histories } : {}),
    termDates: read.termDates ? termDatesOfTable(read.termDates) : [],
    tables: {
      ...(read.inspections?.table ? { inspections: read.inspections.table } : {}),
      ...(read.termDates ? { termDates: read.termDates.name } : {}),
    },
    columnOf: read.columnOf,
    // Still worked out only when asked (read.fingerprint is a getter).
    get fingerprint() {
      return read.fingerprint;
    },
  };
}
