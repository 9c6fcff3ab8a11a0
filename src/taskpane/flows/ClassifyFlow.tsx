import { todayIso as today } from "../shell/today";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { classifiedSheetLayouts, classifySchools, writeLayouts } from "../../features/classify";
import { levelDistribution, type Distribution } from "../../features/connect";
import { savedChoice } from "../../features/connect";
import { classifyWithLiveColumn } from "../../features/classify";
import { confirmNames, sourceNeeds } from "../../features/workbook";
import { InputProblemsError } from "../../features/input-problems";
import { FrameworkPicker } from "./FrameworkPicker";
import { LevelDistribution } from "./LevelDistribution";
import { TaskStatus } from "./TaskStatus";
import { useFrameworkChoice } from "./useFrameworkChoice";
import type { FrameworkFlowProps } from "./flow-props";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  formula: { display: "block", overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace },
});

type Output = "values" | "formula";

export type ClassifyFlowProps = FrameworkFlowProps;

/** Classify: propose a level for every school and write the values to result sheets. */
export function ClassifyFlow(props: ClassifyFlowProps) {
  const { workbook, description, frameworkKey } = props;
  const styles = useStyles();
  const framework = useFrameworkChoice(workbook, description, frameworkKey);
  const task = useTask();
  const [output, setOutput] = useState<Output>("values");
  const [result, setResult] = useState<{
    distribution: Distribution;
    title: string;
    written: string;
    formula?: string;
  }>();

  const start = () =>
    void task.run(async ({ signal, onProgress }) => {
      setResult(undefined);
      const fresh = await props.recheck(framework.needs);
      const loaded = await framework.load();
      if (output === "formula") {
        const live = await classifyWithLiveColumn(workbook, {
          framework: loaded.framework,
          choice: loaded.choice,
          asOf: today(),
          signal,
          onProgress,
        });
        setResult({
          distribution: levelDistribution(live.block),
          title: `Proposed levels today, ${loaded.framework.name} (table ${live.table})`,
          written: `Table ${live.table} now has the column${live.headers.length === 1 ? "" : "s"} ${live.headers.join(" and ")}, recalculated by Excel whenever the evidence changes. Each row holds:`,
          formula: live.formula,
        });
        props.onWritten();
        return;
      }
      const source = await savedChoice(workbook);
      if (source) confirmNames(description, fresh, sourceNeeds(source));
      const classified = await classifySchools(workbook, {
        frameworks: [loaded.framework],
        asOf: today(),
        signal,
        onProgress,
      });
      const layouts = classifiedSheetLayouts(classified);
      const names = layouts.map((layout) => layout.name.toLowerCase());
      if (names.includes(classified.source.sheet.toLowerCase())) {
        throw new InputProblemsError("Nothing was written.", [
          {
            code: "conflict",
            sheet: classified.source.sheet,
            message: `The results go to sheets ${layouts.map((l) => l.name).join(", ")}, and your schools are on sheet ${classified.source.sheet}. Rename that sheet (for example to "Data") so it is not replaced, then classify again.`,
          },
        ]);
      }
      const sheets = await writeLayouts(workbook, layouts, { signal, onProgress });
      setResult({
        distribution: levelDistribution(classified.blocks[0]),
        title: `Proposed levels, ${loaded.framework.name} (${classified.source.description})`,
        written: `Sheets ${sheets.join(", ")} now hold the proposed levels.`,
      });
      props.onWritten();
    });

  return (
    <section className={styles.flow} aria-label="Classify">
      <FrameworkPicker
        options={framework.options}
        value={frameworkKey}
        onChange={props.onFrameworkChange}
      />
      <Field label="What to write">
        <RadioGroup
          value={output}
          onChange={(_, data) => setOutput(data.value === "formula" ? "formula" : "values")}
        >
          <Radio value="values" label="Values only: Summary, Schools and Mapping sheets" />
          <Radio
            value="formula"
            label="Live formula column in the schools table (TRUST.TIER on each row)"
          />
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={start} disabled={task.state.kind === "running"}>
        {output === "values" ? "Classify (values only)" : "Add live formula column"}
      </Button>
      <TaskStatus
        task={task}
        running="Classifying"
        failed={{
          title: "The schools could not be classified",
          advice: "Correct the cells named above (or the mapping in Connect), then classify again.",
        }}
      />
      {result && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Results written</MessageBarTitle>
              {result.written}
              {result.formula && <code className={styles.formula}>{result.formula}</code>}A
              proposal: the board agrees each level.
            </MessageBarBody>
          </MessageBar>
          <LevelDistribution distribution={result.distribution} title={result.title} />
        </>
      )}
    </section>
  );
}
