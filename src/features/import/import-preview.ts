import { mergeCountParts } from "../../core/published/merge";
import { findExcelName } from "../../core/layout/sheet-names";
import { columnLetter } from "../../core/import/location";
import { CANONICAL_ORDER, type FileReport, type ImportPlan } from "../../core/published";
import { localAuthorityRowsText, rowsMatchedText } from "./report-lines";

/** One chosen file as the pane shows it before anything is written. */
export interface FilePreview {
  file: string;
  /** "DfE performance tables: absence, 2018/19, utf-8 with BOM: 16 rows matched to the trust". */
  title: string;
  details: string[];
}

const SHOWN = 10;

const more = (items: readonly string[]): string =>
  items.length > SHOWN
    ? `${items.slice(0, SHOWN).join(", ")}, … (${items.length} in all)`
    : items.join(", ");

/** What a file gave, in lines: schools missing, columns recognised and ignored, codes, unreadable cells. */
export function filePreview(report: FileReport, needsYear: boolean): FilePreview {
  const what = [
    report.family,
    report.year ?? (needsYear ? "year not stated" : undefined),
    report.status,
    report.encoding,
  ]
    .filter(Boolean)
    .join(", ");
  if (!report.matchesSchools) return { file: report.file, title: `${what}: read`, details: [] };
  const details: string[] = [];
  if (report.schoolsMissing.length > 0)
    details.push(`Trust schools not in the file: ${more(report.schoolsMissing.map(String))}`);
  if (report.recognised.length > 0) details.push(`Columns recognised: ${more(report.recognised)}`);
  if (report.ignored.length > 0) details.push(`Columns ignored: ${more(report.ignored)}`);
  const codes = Object.entries(report.missingByCode);
  if (codes.length > 0)
    details.push(
      `Suppressed or missing, by code: ${codes.map(([code, n]) => `${code} ${n}`).join(", ")}`
    );
  for (const cell of report.unreadable.slice(0, SHOWN))
    details.push(
      `Unreadable: line ${cell.row}, column ${columnLetter(cell.column)} '${cell.header}': ${cell.message}`
    );
  if (report.unreadable.length > SHOWN)
    details.push(`…and ${report.unreadable.length - SHOWN} more unreadable cells`);
  const la = localAuthorityRowsText(report);
  for (const note of la ? [...report.notes, la] : report.notes) details.push(`Note: ${note}`);
  return {
    file: report.file,
    title: `${what}: ${rowsMatchedText(report)}`,
    details,
  };
}

/** "Measures: 120 rows to add, 3 to replace, 1 typed by a person kept" for each table the import changes. */
export function tableChanges(plan: ImportPlan, existing: readonly string[]): string[] {
  const lines: string[] = [];
  for (const name of CANONICAL_ORDER) {
    const merge = plan.tables[name];
    if (!merge) continue;
    const isNew = findExcelName(existing, name) === undefined;
    if (isNew && merge.added === 0) continue;
    const parts = mergeCountParts(merge, "planned");
    lines.push(`${name}${isNew ? " (new table)" : ""}: ${parts.join(", ")}`);
  }
  return lines;
}

/**
 * The plan's problems other than the two the pane asks about itself: a year nothing states,
 * and no school list (the command line's "--schools" problem).
 */
export function problemsToFix(plan: ImportPlan): ImportPlan["problems"] {
  return plan.problems.filter(
    (problem) =>
      problem.sheet !== "--schools" &&
      !(plan.needsYear.includes(problem.sheet) && /academic year/.test(problem.message))
  );
}
