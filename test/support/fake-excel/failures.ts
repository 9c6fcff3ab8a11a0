/**
 * A failing `context.sync()`, the three ways Excel has them. Office.js has no transactions: a
 * request that fails part-way keeps what it already did ("any actions that have already been
 * done will stay done", Microsoft's Office.js implementation notes, quoted in issue 12).
 *
 * - "refused": nothing in the batch is applied (the request never reached Excel);
 * - "after": the first `afterOps` operations are applied, then the batch fails;
 * - "responseLost": every operation is applied, but the caller sees an error.
 */
export type FailureMode = "refused" | "after" | "responseLost";

export interface InjectedFailure {
  /** The sync to fail, counted over the fake's life (1 = the first). */
  sync: number;
  mode: FailureMode;
  /** For "after": how many operations of the batch are applied before it fails. */
  afterOps?: number;
}

/** How many of `total` operations a failing sync applies. */
export function appliedBeforeFailure(failure: InjectedFailure, total: number): number {
  if (failure.mode === "refused") return 0;
  if (failure.mode === "responseLost") return total;
  return Math.min(total, Math.max(0, failure.afterOps ?? 0));
}
