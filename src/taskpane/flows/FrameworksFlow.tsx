import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
  Option,
} from "@fluentui/react-components";
import { useState } from "react";
import { builtinFrameworks } from "../../core/frameworks/builtin";
import { cadenceText } from "../../core/frameworks/cadence";
import { copyFrameworkIntoWorkbook, frameworkSheetName } from "../../features/connect";
import { isWorkbookError } from "../../port";
import { TaskStatus } from "./TaskStatus";
import { useFrameworkChoice } from "./useFrameworkChoice";
import type { FlowProps } from "./flow-props";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: "none",
  },
});

/**
 * Frameworks: read a built-in framework, copy it into the workbook to edit (an earlier copy,
 * perhaps edited, is replaced only when the person says so), and switch Connect and Classify
 * to a framework held in the workbook.
 */
export function FrameworksFlow({
  workbook,
  recheck,
  description,
  frameworkKey,
  onUse,
  onWritten,
}: FlowProps & {
  frameworkKey: string;
  onUse: (key: string) => void;
}) {
  const styles = useStyles();
  const [id, setId] = useState(builtinFrameworks[0].id);
  const [copied, setCopied] = useState<string>();
  const [exists, setExists] = useState<string>();
  const task = useTask();
  const framework = builtinFrameworks.find((item) => item.id === id) ?? builtinFrameworks[0];
  const inWorkbook = useFrameworkChoice(workbook, description, frameworkKey, {
    kind: "workbook",
  }).options;

  const copy = (replace: boolean) =>
    void task.run(async ({ signal }) => {
      setCopied(undefined);
      setExists(undefined);
      await recheck();
      try {
        const result = await copyFrameworkIntoWorkbook(workbook, framework, { signal, replace });
        setCopied(
          `${result.replaced ? "Replaced" : "Created"} sheet ${result.sheet}. Edit it there, then use it below.`
        );
        onWritten();
      } catch (error) {
        if (!isWorkbookError(error, "SheetExists")) throw error;
        setExists(frameworkSheetName(framework));
      }
    });

  return (
    <section className={styles.flow} aria-label="Frameworks">
      <Field label="Built-in framework">
        <Dropdown
          value={framework.name}
          selectedOptions={[framework.id]}
          onOptionSelect={(_, data) => data.optionValue && setId(data.optionValue)}
        >
          {builtinFrameworks.map((item) => (
            <Option key={item.id} value={item.id}>
              {item.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button
        appearance="primary"
        onClick={() => copy(false)}
        disabled={task.state.kind === "running"}
      >
        Copy into workbook as {frameworkSheetName(framework)}
      </Button>
      {exists && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The workbook already has a sheet {exists}, which may hold your trust&apos;s edits. Keep
            it, or replace it with the built-in framework.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => copy(true)}>Replace {exists}</Button>
            <Button onClick={() => setExists(undefined)}>Keep it</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <TaskStatus
        task={task}
        running="Copying the framework"
        failed={{
          title: "The framework could not be copied",
          advice: "Close any dialog in Excel and try again.",
        }}
        cancelled={null}
      />
      {copied && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{copied}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3" className={styles.heading}>
        Frameworks in this workbook
      </Subtitle2>
      {inWorkbook.length === 0 ? (
        <Body1 as="p" className={styles.heading}>
          None yet: copy a built-in framework to make one.
        </Body1>
      ) : (
        <ul className={styles.list}>
          {inWorkbook.map((option) => (
            <li key={option.key}>
              <Body1>{option.label}</Body1>{" "}
              {option.key === frameworkKey ? (
                <Caption1>(used by Connect and Classify)</Caption1>
              ) : (
                <Button size="small" onClick={() => onUse(option.key)}>
                  Use {option.choice.kind === "workbook" ? option.choice.sheet : ""} in Connect and
                  Classify
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Subtitle2 as="h3" className={styles.heading}>
        Levels
      </Subtitle2>
      <ol className={styles.list}>
        {framework.levels.map((level) => (
          <li key={level.id}>
            <Body1 as="p" className={styles.heading}>
              <span
                className={styles.swatch}
                style={{ backgroundColor: level.colour }}
                aria-hidden
              />
              <strong>{level.name}</strong>, reviewed {cadenceText(level.cadence)}
            </Body1>
            <Caption1 as="p" className={styles.heading}>
              {level.descriptor}
            </Caption1>
            <Caption1 as="p" className={styles.heading}>
              Support: {level.support}
            </Caption1>
          </li>
        ))}
      </ol>
      <Subtitle2 as="h3" className={styles.heading}>
        Criteria
      </Subtitle2>
      <ul className={styles.list}>
        {framework.criteria.map((criterion) => (
          <li key={criterion.id}>
            <Body1>{criterion.label}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
