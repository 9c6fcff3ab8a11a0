import type { CellValue } from "../values/cell";

/** A cell that could not be read, located in its file. */
export interface UnreadableCell {
  file: string;
  /** Line number in the file, header line = 1. */
  row: number;
  column: number;
  header: string;
  value: CellValue;
  message: string;
}

/** What one file gave, for the import report. */
export interface FileReport {
  file: string;
  family: string;
  /** False for files that describe others (metadata, GIAS links): no rows to match. */
  matchesSchools: boolean;
  encoding?: string;
  year?: string;
  status?: string;
  /** Rows matched to the trust's schools. */
  rowsMatched: number;
  /** Trust schools with no row in the file. */
  schoolsMissing: number[];
  recognised: string[];
  ignored: string[];
  /** Suppression codes and missing values, counted by code ("SUPP", "x", "blank", "NULL", "9"). */
  missingByCode: Record<string, number>;
  unreadable: UnreadableCell[];
  /** Local-authority rows the file holds (kept for the trust's LAs by the import only). */
  localAuthorityRows: number;
  notes: string[];
}

export function emptyFileReport(file: string, family: string): FileReport {
  return {
    file,
    family,
    matchesSchools: true,
    rowsMatched: 0,
    schoolsMissing: [],
    recognised: [],
    ignored: [],
    missingByCode: {},
    unreadable: [],
    localAuthorityRows: 0,
    notes: [],
  };
}

export function countMissing(report: FileReport, code: string): void {
  report.missingByCode[code] = (report.missingByCode[code] ?? 0) + 1;
}

/** "1 row", "2 rows": a count with its noun, singular or plural. */
export const countOf = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n} ${n === 1 ? noun : plural}`;
