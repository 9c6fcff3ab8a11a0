import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  previewTargets,
  reviewSummary,
  writeShownTargets,
  type TargetsPreview,
  type TargetsReview,
} from "../../features/targets";
import { type NameNeeds } from "../../features/workbook";
import { AcademicYearField, typedAcademicYear } from "./AcademicYearField";
import type { FlowProps } from "./flow-props";
import { TargetsProposals } from "./TargetsProposals";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The tables targets are proposed from (src/features/targets/set-targets.ts). */
const TARGETS_NEED: NameNeeds = { tables: ["Measures", "Schools"] };

const SEQUENCE =
  "The Reviewed by LGB, LGB date, Agreed by Trust Board and Board date columns are for people to fill: the local governing board reviews the targets and the Trust Board agrees them in October (seed 001). A row with any of them filled, or a target a person typed, is never overwritten.";

function Summary({ review }: { review: TargetsReview }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {reviewSummary(review).map((line) => (
        <li key={line}>
          <Body1>{line}</Body1>
        </li>
      ))}
    </ul>
  );
}

export type SetTargetsFlowProps = Pick<FlowProps, "workbook" | "recheck" | "onWritten">;

/**
 * Set targets: propose next year's Targets rows for every academy and measure by the
 * workbook's method, show them and what they rest on, then write them with progress and Cancel.
 * Rows people typed, reviewed or agreed are shown as kept and never rewritten.
 */
export function SetTargetsFlow({ workbook, recheck, onWritten }: SetTargetsFlowProps) {
  const styles = useStyles();
  const task = useTask();
  const [yearText, setYearText] = useState("");
  const [preview, setPreview] = useState<TargetsPreview>();
  const [changed, setChanged] = useState(false);
  const [written, setWritten] = useState<TargetsReview>();
  const [leftRows, setLeftRows] = useState<readonly number[]>([]);
  const parsedYear = typedAcademicYear(yearText);
  const yearError = parsedYear && !parsedYear.ok;

  const propose = () =>
    void task.run(async ({ signal, onProgress }) => {
      setWritten(undefined);
      setChanged(false);
      onProgress({ done: 0, total: 1, step: "Reading Measures, National, Schools and Targets" });
      await recheck(TARGETS_NEED);
      const next = await previewTargets(workbook, parsedYear?.ok ? { year: parsedYear.value } : {});
      if (signal.aborted) return;
      setPreview(next);
    });

  const write = () =>
    void task.run(async ({ signal, onProgress }) => {
      if (!preview) return;
      await recheck(TARGETS_NEED);
      const result = await writeShownTargets(workbook, preview, { signal, onProgress });
      if (result.kind === "changed") {
        setPreview(result.preview);
        setChanged(true);
        return;
      }
      setPreview(undefined);
      setWritten(result.review);
      setLeftRows(result.leftRows);
      onWritten();
    });

  const running = task.state.kind === "running";
  return (
    <section className={styles.flow} aria-label="Set targets">
      {!preview && (
        <>
          <Body1>
            Proposes next year&apos;s targets for every academy and measure with published figures,
            by the workbook&apos;s TargetMethod table (the TrustTier proposal when it has none).
            Nothing is written until you have seen them.
          </Body1>
          <AcademicYearField
            label="Academic year to set targets for"
            hint="Leave blank for the year after the latest in the Measures table."
            example="2026/27"
            text={yearText}
            disabled={running}
            onChange={setYearText}
          />
          <Button appearance="primary" onClick={propose} disabled={running || yearError}>
            Propose targets
          </Button>
        </>
      )}
      {preview && !running && (
        <>
          {changed && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>The workbook changed</MessageBarTitle>
                Targets or figures changed after the proposals were shown, so nothing was written.
                These are the proposals as they stand now.
              </MessageBarBody>
            </MessageBar>
          )}
          <Summary review={preview.review} />
          <TargetsProposals review={preview.review} />
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>After writing</MessageBarTitle>
              {SEQUENCE}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              onClick={write}
              disabled={preview.review.proposed === 0 && !preview.review.methodAdded}
            >
              {`Write ${preview.review.proposed} target${preview.review.proposed === 1 ? "" : "s"}`}
            </Button>
            <Button onClick={() => (setPreview(undefined), setChanged(false), task.reset())}>
              Back
            </Button>
          </div>
        </>
      )}
      <TaskStatus
        task={task}
        running={preview ? "Writing the Targets sheet" : "Proposing targets"}
        cancelled="Cancelled. The Targets sheet holds what it held before."
        failed={
          preview
            ? {
                title: "The targets could not be written",
                advice: "Nothing was written. Correct what is named above, then write again.",
              }
            : {
                title: "Targets cannot be proposed",
                advice:
                  "Import published data (Import data) or correct the cells named above, then propose again.",
              }
        }
      />
      {written && task.state.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`Targets for ${written.year} written to the Targets sheet`}</MessageBarTitle>
            <Summary review={written} />
            {SEQUENCE} Academy cards and plans read a target once it is agreed (or typed).
          </MessageBarBody>
        </MessageBar>
      )}
      {written && task.state.kind === "done" && leftRows.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Earlier proposals left as they were</MessageBarTitle>
            {`Targets rows ${leftRows.join(", ")} are earlier proposals for ${written.year} that are no longer proposed (their figures went, or the method skips them). TrustTier deletes no row of your table: delete them if they no longer apply.`}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
