import type { Framework } from "../frameworks/types";
import type { HistoryRow } from "./history-table";
import { findLevel, isFramework, levelNames } from "./levels";
import type { RowProblem } from "./row-problem";

/**
 * Checks the framework's rows of an (effective) history against the framework: every level
 * must be one of its levels, and an override must carry its reason and who agreed it.
 */
export function historyLevelProblems(
  framework: Framework,
  rows: readonly HistoryRow[]
): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const row of rows) {
    if (!isFramework(framework, row.framework)) continue;
    const report = (message: string) =>
      problems.push({ code: "invalid", rowId: row.rowId, message: `row ${row.rowId}: ${message}` });
    const agreed = findLevel(framework, row.agreed);
    const computed = row.computed === undefined ? undefined : findLevel(framework, row.computed);
    for (const [field, text, level] of [
      ["agreed", row.agreed, agreed],
      ["computed", row.computed, computed],
    ] as const) {
      if (text !== undefined && !level)
        report(
          `${field} level '${text}' is not a level of ${framework.name}; expected one of: ${levelNames(framework)}`
        );
    }
    if (agreed && agreed.id !== computed?.id && (row.computed === undefined || computed)) {
      if (!row.reason) report(`agrees ${agreed.name} over the computed level without a reason`);
      if (!row.agreedBy)
        report(`agrees ${agreed.name} over the computed level without saying who agreed it`);
    }
  }
  return problems;
}
