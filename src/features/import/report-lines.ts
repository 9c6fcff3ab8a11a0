import { mergeCountParts } from "../../core/published/merge";
import { countOf, type FileReport } from "../../core/published/report";
import { columnLetter } from "../../core/import/location";
import type { ImportResult } from "./import-published";

const SHOWN = 10;

/**
 * Whose rows the report counts: the trust's (the import), or one school's that is being
 * considered and is not the trust's yet (a due-diligence baseline, which writes no Schools row,
 * derives no Schools evidence and keeps no local-authority rows).
 */
export type ReportSubject = { kind: "trust" } | { kind: "school"; urn: number };

const TRUST: ReportSubject = { kind: "trust" };

/** "16 rows matched to the trust" or "1 row for URN 138776". */
export function rowsMatchedText(report: FileReport, subject: ReportSubject = TRUST): string {
  const rows = countOf(report.rowsMatched, "row");
  return subject.kind === "trust"
    ? `${rows} matched to the trust`
    : `${rows} for URN ${subject.urn}`;
}

/** Where a file's local-authority rows went, or undefined when it has none. */
export function localAuthorityRowsText(
  report: FileReport,
  subject: ReportSubject = TRUST
): string | undefined {
  if (report.localAuthorityRows === 0) return undefined;
  const read = `${countOf(report.localAuthorityRows, "local-authority row")} read`;
  return subject.kind === "trust"
    ? `${read}; those of the trust's local authorities go to the LocalAuthority table`
    : `${read}; none kept (a baseline keeps the school's own and national figures)`;
}

/** The import report as lines a person reads: per file, then per table. */
export function importReportLines(result: ImportResult, subject: ReportSubject = TRUST): string[] {
  const lines: string[] = [];
  for (const report of result.reports) {
    const what = [report.family, report.year, report.status, report.encoding]
      .filter(Boolean)
      .join(", ");
    if (!report.matchesSchools) {
      lines.push(`${report.file} (${what}): read`);
      continue;
    }
    lines.push(`${report.file} (${what}): ${rowsMatchedText(report, subject)}`);
    if (subject.kind === "trust" && report.schoolsMissing.length > 0)
      lines.push(`  schools missing from the file: ${report.schoolsMissing.join(", ")}`);
    if (report.recognised.length > 0)
      lines.push(`  columns recognised: ${report.recognised.join(", ")}`);
    if (report.ignored.length > 0) {
      const more = report.ignored.length > SHOWN ? `, ... (${report.ignored.length} in all)` : "";
      lines.push(`  columns ignored: ${report.ignored.slice(0, SHOWN).join(", ")}${more}`);
    }
    const codes = Object.entries(report.missingByCode);
    if (codes.length > 0)
      lines.push(
        `  suppressed or missing, by code: ${codes.map(([code, n]) => `${code} ${n}`).join(", ")}`
      );
    for (const cell of report.unreadable.slice(0, SHOWN)) {
      lines.push(
        `  unreadable: ${cell.file} line ${cell.row}, column ${columnLetter(cell.column)} '${cell.header}': ${cell.message}`
      );
    }
    if (report.unreadable.length > SHOWN)
      lines.push(`  ...and ${report.unreadable.length - SHOWN} more unreadable cells`);
    const la = localAuthorityRowsText(report, subject);
    for (const note of la ? [...report.notes, la] : report.notes) lines.push(`  note: ${note}`);
  }
  for (const table of result.tables) {
    lines.push(
      `${table.table}${table.created ? " (new)" : ""}: ${mergeCountParts(table, "written").join(", ")}`
    );
  }
  if (subject.kind === "school") return lines;
  if (Object.keys(result.derived.written).length === 0 && result.derived.keptTyped.length === 0)
    lines.push(
      "Schools: no evidence derived from published data: each rule needs at least two published years of a measure, with the same years' national figures"
    );
  for (const [header, count] of Object.entries(result.derived.written)) {
    lines.push(
      `Schools: ${header} derived from published data for ${count} schools (figures in Derived evidence notes)`
    );
  }
  for (const kept of result.derived.keptTyped) {
    lines.push(
      `Schools: kept the ${kept.header} typed for ${kept.urn} ('${kept.typed}'); the published data suggest '${kept.derived}'`
    );
  }
  return lines;
}
