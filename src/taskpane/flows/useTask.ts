import { useCallback, useRef, useState } from "react";
import type { Progress } from "../../port";

export type TaskState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly progress?: Progress }
  | { readonly kind: "failed"; readonly error: unknown }
  | { readonly kind: "cancelled" }
  | { readonly kind: "done" };

export interface TaskContext {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: Progress) => void;
}

function isCancel(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error as { code?: string } | undefined)?.code === "Cancelled";
}

/**
 * Long work with progress and cancellation: `run` shows the running state at once (so the
 * ProgressBar appears well within a quarter of a second), `cancel` aborts its signal.
 */
export function useTask() {
  const [state, setState] = useState<TaskState>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  const run = useCallback(async (work: (context: TaskContext) => Promise<void>) => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: "running" });
    try {
      await work({
        signal: abort.signal,
        onProgress: (progress) => setState({ kind: "running", progress }),
      });
      setState(abort.signal.aborted ? { kind: "cancelled" } : { kind: "done" });
    } catch (error) {
      setState(isCancel(error, abort.signal) ? { kind: "cancelled" } : { kind: "failed", error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ kind: "idle" }), []);
  return { state, run, cancel, reset };
}
