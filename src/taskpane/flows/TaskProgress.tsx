import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Progress } from "../../port";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** A labelled progress bar with a Cancel button, for work that writes to the workbook. */
export function TaskProgress({
  label,
  progress,
  onCancel,
  cancellable = true,
}: {
  label: string;
  progress: Progress | undefined;
  onCancel: () => void;
  /** False once the work has passed the point where a cancel is honoured. */
  cancellable?: boolean;
}) {
  const styles = useStyles();
  const value = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className={styles.row} data-testid="task-progress">
      <Field label={label} validationMessage={progress?.step} validationState="none">
        <ProgressBar value={value} thickness="large" />
      </Field>
      <Button onClick={onCancel} disabled={!cancellable} disabledFocusable={!cancellable}>
        Cancel
      </Button>
    </div>
  );
}
