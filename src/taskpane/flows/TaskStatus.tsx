import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ProblemBar } from "./ProblemBar";
import { TaskProgress } from "./TaskProgress";
import type { TaskState } from "./useTask";

const UNCHANGED = "Cancelled. The workbook holds what it held before.";

/**
 * What a flow's long task is doing: its progress and Cancel while it runs, a note once it is
 * cancelled, and its problems (each with its cell) once it fails. Nothing when idle or done:
 * the flow shows its own result.
 */
export function TaskStatus({
  task,
  running,
  failed,
  cancelled = UNCHANGED,
  cancellable,
  writingBegun = false,
}: {
  task: { readonly state: TaskState; readonly cancel: () => void };
  /** The progress bar's label: "Classifying". */
  running: string;
  failed: { title: string; advice: string };
  /** The note after a cancel; null when the flow says it itself. */
  cancelled?: string | null;
  /** False once the work has passed the point where a cancel is honoured. */
  cancellable?: boolean;
  /** True once tables are being written: Cancel waits, and a note says the write finishes whole. */
  writingBegun?: boolean;
}) {
  const { state } = task;
  switch (state.kind) {
    case "running":
      return (
        <>
          <TaskProgress
            label={running}
            progress={state.progress}
            onCancel={task.cancel}
            cancellable={!writingBegun && cancellable !== false}
          />
          {writingBegun && (
            <MessageBar intent="info">
              <MessageBarBody>
                Writing has begun: it finishes so that no table is left half-updated.
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      );
    case "cancelled":
      return cancelled === null ? null : (
        <MessageBar intent="info">
          <MessageBarBody>{cancelled}</MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return <ProblemBar title={failed.title} error={state.error} advice={failed.advice} />;
    default:
      return null;
  }
}
