import { mergeCountParts } from "../../core/published/merge";
import { columnLetter } from "../../core/import/location";
import type { ImportResult } from "./import-published";

const SHOWN = 10;

/** The import report as lines a person reads: per file, then per table. */
export function importReportLines(result: ImportResult): string[] {
  const lines: string[] = [];
  for (const report of result.reports) {
    const what = [report.family, report.year, report.status, report.encoding]
      .filter(Boolean)
      .join(", ");
    if (!report.matchesSchools) {
      lines.push(`${report.file} (${what}): read`);
      continue;
    }
    lines.push(`${report.file} (${what}): ${report.rowsMatched} rows matched to the trust`);
    if (report.schoolsMissing.length > 0)
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
    for (const note of report.notes) lines.push(`  note: ${note}`);
  }
  for (const table of result.tables) {
    lines.push(
      `${table.table}${table.created ? " (new)" : ""}: ${mergeCountParts(table, "written").join(", ")}`
    );
  }
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
