import { todayIso as today } from "../shell/today";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Framework } from "../../core/frameworks/types";
import {
  ensureLevelColumns,
  type LevelColumnsCheck,
  type LevelColumnsOutcome,
} from "../../features/classify";
import type { WorkbookPort } from "../../port";
import { ShortList } from "./ProblemBar";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  offer: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * The cards read each academy's proposed level from the schools table; where the table lacks
 * the framework's column, this says so and offers to add it (as `trusttier cards` does), writing
 * only when the person asks. Once added, it says what was added (the check then finds the
 * column present); otherwise a present column shows nothing.
 */
export function LevelColumnOffer({
  workbook,
  framework,
  check,
  onWritten,
}: {
  workbook: WorkbookPort;
  framework: Framework;
  check: LevelColumnsCheck;
  onWritten: () => void;
}) {
  const styles = useStyles();
  const task = useTask();
  const [outcome, setOutcome] = useState<Exclude<LevelColumnsOutcome, { kind: "present" }>>();

  const add = () =>
    void task.run(async ({ signal, onProgress }) => {
      const result = await ensureLevelColumns(workbook, {
        framework,
        asOf: today(),
        table: check.table,
        signal,
        onProgress,
      });
      if (result.kind !== "present") setOutcome(result);
      onWritten();
    });

  if (outcome?.kind === "no evidence") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Nothing was added</MessageBarTitle>
          {`The ${check.table} table holds no evidence column for ${framework.name}, so the cards show no proposed level. Map its columns in Connect, or add the evidence, then try again.`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome?.kind === "added") {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{`Added to ${check.table}: ${outcome.headers.join(", ")}`}</MessageBarTitle>
          {outcome.warnings.length > 0 && <ShortList lines={outcome.warnings} />}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (check.kind !== "missing") return null;
  const running = task.state.kind === "running";
  return (
    <section className={styles.offer} aria-label="Level column for the cards">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{`The ${check.table} table has no '${check.header}' column`}</MessageBarTitle>
          <Body1>
            {`The cards read each academy's proposed level from it, so without it they show none. Adding it classifies the ${check.table} table with ${framework.name} as of today (with its Inspections and TermDates) and adds ${check.headers.map((h) => `'${h}'`).join(", ")} at the table's right-hand end. They hold the results as values, not formulas: add them again, or use Classify's live formula column, after the evidence changes. Nothing else in your table changes.`}
          </Body1>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={add} disabled={running}>
            {`Add the level column to ${check.table}`}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <TaskStatus
        task={task}
        running={`Adding the level column to ${check.table}`}
        failed={{
          title: "The level column was not added",
          advice: "Correct what is named above, then add it again.",
        }}
      />
    </section>
  );
}
