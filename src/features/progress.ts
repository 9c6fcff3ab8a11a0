import { WorkbookError, type CancelSignal, type Progress } from "../port";

export interface FeatureOptions {
  readonly signal?: CancelSignal;
  /** One call per step, before it starts: "Schools (3 of 14)". */
  readonly onProgress?: (progress: Progress) => void;
}

/** Stops between steps when the person cancels; what was written so far stays consistent. */
export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new WorkbookError("Cancelled", "Cancelled by the user.");
}

/** Reports step `done + 1` of `total` and checks for cancellation first. */
export function stepper(options: FeatureOptions, total: number) {
  let done = 0;
  return (step: string): void => {
    throwIfCancelled(options.signal);
    options.onProgress?.({ done, total, step });
    done++;
  };
}

/**
 * Returns a function to await between pieces of synchronous work: it gives the host's event loop
 * a turn once `budgetMs` has passed since the last turn. Office restarts an add-in whose thread
 * is blocked for five seconds, and the pane must keep painting its progress bar and take a
 * cancel click, so long loops in features await it.
 */
export function hostTurns(budgetMs = 50): () => Promise<void> {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < budgetMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = Date.now();
  };
}
