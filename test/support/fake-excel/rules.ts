import { OfficeApiError } from "./context";

/**
 * The Excel rules the fake enforces, by id. Each is listed with its source and its test in
 * RULES.md beside this file. A fake built with `lenient: [id, …]` relaxes those rules only.
 */
export const RULE_IDS = [
  "delete-very-hidden",
  "ref-on-sheet-delete",
  "ref-on-insert-delete",
  "ref-on-rename",
  "table-range-includes-totals",
  "table-header-only-gets-row",
  "table-rows-add-shifts",
  "table-rows-add-straddle",
  "table-filtered-insert-delete",
  "table-calculated-column-fill",
  "table-no-overlap",
  "write-null-and-empty",
  "write-text-as-formula",
  "validation-list-comma",
  "formula-rendering",
  "request-payload-limit",
  "response-payload-limit",
  "read-cell-limit",
  "unloaded-property",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export class Rules {
  private readonly relaxed: ReadonlySet<RuleId>;

  constructor(lenient: readonly RuleId[] = []) {
    this.relaxed = new Set(lenient);
  }

  /** True when the rule applies (the default); false when this fake was told to relax it. */
  strict(id: RuleId): boolean {
    return !this.relaxed.has(id);
  }

  /** Throws Excel's error for a refused operation, unless the rule is relaxed. */
  refuse(id: RuleId, code: string, message: string): void {
    if (this.strict(id)) throw new OfficeApiError(code, `${message} [rule ${id}]`);
  }
}
