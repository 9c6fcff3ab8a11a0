import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
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
import type { WorkbookPort } from "../../port";
import { ProblemBar } from "./ProblemBar";
import { TaskProgress } from "./TaskProgress";
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

/** Frameworks: read a built-in framework and copy it into the workbook to edit. */
export function FrameworksFlow({
  workbook,
  onWritten,
}: {
  workbook: WorkbookPort;
  onWritten: () => void;
}) {
  const styles = useStyles();
  const [id, setId] = useState(builtinFrameworks[0].id);
  const [copied, setCopied] = useState<string>();
  const task = useTask();
  const framework = builtinFrameworks.find((item) => item.id === id) ?? builtinFrameworks[0];

  const copy = () =>
    void task.run(async ({ signal }) => {
      setCopied(undefined);
      const result = await copyFrameworkIntoWorkbook(workbook, framework, { signal });
      setCopied(
        `${result.replaced ? "Replaced" : "Created"} sheet ${result.sheet}. Edit it there, then choose "${result.sheet} (this workbook)" as the framework in Classify.`
      );
      onWritten();
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
      <Button appearance="primary" onClick={copy} disabled={task.state.kind === "running"}>
        Copy into workbook as {frameworkSheetName(framework)}
      </Button>
      {task.state.kind === "running" && (
        <TaskProgress label="Copying the framework" progress={undefined} onCancel={task.cancel} />
      )}
      {task.state.kind === "failed" && (
        <ProblemBar
          title="The framework could not be copied"
          error={task.state.error}
          advice="Close any dialog in Excel and try again."
        />
      )}
      {copied && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{copied}</MessageBarBody>
        </MessageBar>
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
