import { matchHeadersToCriteria } from "../../core/classify/headers";
import type { Framework } from "../../core/frameworks/types";
import { structuredName } from "../../core/layout/a1";
import type { Problem, ProblemCode } from "../../core/problems";
import { normaliseText } from "../../core/values/text";

/**
 * The Classify tab's live formula column: one per-row `TRUST.TIER` (or `TRUST.TIERFROM` for a
 * framework table in the workbook) over an explicit span of the table's evidence columns,
 * added at the table's end so the span never holds the result (a circular reference).
 */
export interface LiveColumnRequest {
  readonly table: { readonly name: string; readonly headers: readonly string[] };
  readonly framework: Framework;
  /** A workbook framework table (TIERFROM); a built-in framework (TIER) when absent. */
  readonly frameworkTable?: string;
  /** Criterion id -> the header Connect mapped to it (null: left out). */
  readonly mapping: Readonly<Record<string, string | null | undefined>>;
  /** Other result columns written beside the level (the next review), kept out of the span. */
  readonly alsoWrites?: readonly string[];
}

export type LiveColumnPlan =
  | { readonly ok: true; readonly header: string; readonly formula: string }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const liveColumnHeader = (framework: Framework): string => `${framework.levelNoun} (live)`;

export function planLiveColumn(request: LiveColumnRequest): LiveColumnPlan {
  const { table, framework } = request;
  const header = liveColumnHeader(framework);
  const key = (text: string) => normaliseText(text);
  const indexOf = (name: string) => table.headers.findIndex((h) => key(h) === key(name));
  const label = (id: string) => framework.criteria.find((c) => c.id === id)?.label ?? id;
  const problems: Problem[] = [];
  const problem = (code: ProblemCode, column: string, message: string) =>
    problems.push({ code, header: column, message });
  const mapped: { id: string; header: string; index: number }[] = [];
  for (const [id, chosen] of Object.entries(request.mapping)) {
    if (!chosen || !framework.criteria.some((c) => c.id === id)) continue;
    const index = indexOf(chosen);
    if (index < 0)
      problem(
        "missing",
        chosen,
        `Column "${chosen}" (mapped to ${label(id)}) is no longer in table ${table.name}.`
      );
    else mapped.push({ id, header: table.headers[index], index });
  }
  if (mapped.length === 0 && problems.length === 0) {
    problems.push({
      code: "missing",
      message: `No column of table ${table.name} is mapped to a criterion of ${framework.name}: connect the table first.`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const first = Math.min(...mapped.map((m) => m.index));
  const last = Math.max(...mapped.map((m) => m.index));
  for (const result of [header, ...(request.alsoWrites ?? [])]) {
    const at = indexOf(result);
    if (at >= first && at <= last) {
      problem(
        "conflict",
        result,
        `Column "${result}" sits among the evidence columns; a result the evidence formula reads back is a circular reference. Move it to the right of the evidence and try again.`
      );
    }
  }
  // The function matches columns by header, as a person typing the formula would get: the
  // span must read exactly as the mapping says.
  const span = table.headers.slice(first, last + 1);
  const reads = matchHeadersToCriteria(framework, span);
  const fn = request.frameworkTable ? "TRUST.TIERFROM" : "TRUST.TIER";
  for (const m of mapped) {
    if (reads.columnOf[m.id] !== m.index - first) {
      problem(
        "conflict",
        m.header,
        `${fn} would not read "${m.header}" as ${label(m.id)}: it matches columns by header. Rename the column "${label(m.id)}", or copy the framework into the workbook (Frameworks tab) and add "${m.header}" to its aliases.`
      );
    }
  }
  reads.columns.forEach((id, i) => {
    if (id && !mapped.some((m) => m.id === id && m.index === first + i)) {
      problem(
        "conflict",
        span[i],
        `${fn} would read "${span[i]}" as ${label(id)}, which the mapping does not use. Move the column outside the evidence columns or rename it.`
      );
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  const t = request.table.name;
  const columns = `[${structuredName(span[0])}]:[${structuredName(span[span.length - 1])}]`;
  const frameworkArg = request.frameworkTable
    ? `${request.frameworkTable}[#All]`
    : `"${framework.id}"`;
  return {
    ok: true,
    header,
    formula: `=${fn}(${frameworkArg},${t}[[#Headers],${columns}],${t}[@${columns}],TODAY())`,
  };
}
