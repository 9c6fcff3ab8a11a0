import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { classifyWorkbook, writeLayouts } from "../../features/classify";
import {
  frameworkOptions,
  levelDistribution,
  loadFramework,
  loadSavedMapping,
  type Distribution,
} from "../../features/connect";
import { columnsFromSaved } from "../../core/mapping";
import type { WorkbookDescription, WorkbookPort } from "../../port";
import { FrameworkPicker } from "./FrameworkPicker";
import { LevelDistribution } from "./LevelDistribution";
import { ProblemBar } from "./ProblemBar";
import { TaskProgress } from "./TaskProgress";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface ClassifyFlowProps {
  workbook: WorkbookPort;
  description: WorkbookDescription;
  frameworkKey: string;
  onFrameworkChange: (key: string) => void;
  onWritten: () => void;
}

/** Classify: propose a level for every school and write the values to result sheets. */
export function ClassifyFlow(props: ClassifyFlowProps) {
  const { workbook, description, frameworkKey } = props;
  const styles = useStyles();
  const frameworks = useMemo(() => frameworkOptions(description), [description]);
  const task = useTask();
  const [result, setResult] = useState<{
    distribution: Distribution;
    title: string;
    sheets: string[];
  }>();

  const start = () =>
    void task.run(async ({ signal, onProgress }) => {
      setResult(undefined);
      const option = frameworks.find((item) => item.key === frameworkKey);
      if (!option) throw new Error("Choose a framework first.");
      const loaded = await loadFramework(workbook, option.choice);
      if (!loaded.ok) throw new Error(loaded.message);
      const saved = await loadSavedMapping(workbook);
      if (!saved.ok) throw new Error(`${saved.message} Open Connect and reset the mapping.`);
      const mapping = saved.value;
      const source = mapping ? { kind: mapping.source.kind, name: mapping.source.name } : undefined;
      let columnOf: Record<string, number> | undefined;
      if (mapping && mapping.framework === loaded.framework.id && source) {
        const headers =
          source.kind === "table"
            ? (await workbook.readTable(source.name)).headers
            : ((await workbook.readUsedRange(source.name)).values[0] ?? []);
        columnOf = columnsFromSaved(mapping.columns, headers).columnOf;
      }
      const classified = await classifyWorkbook(workbook, {
        frameworks: [loaded.framework],
        asOf: today(),
        signal,
        onProgress,
        ...(source ? { source } : {}),
        ...(columnOf ? { columnOf } : {}),
      });
      const names = classified.layouts.map((layout) => layout.name.toLowerCase());
      if (names.includes(classified.source.sheet.toLowerCase())) {
        throw new Error(
          `The results go to sheets ${classified.layouts.map((l) => l.name).join(", ")}, and your schools are on sheet ${classified.source.sheet}. Rename that sheet (for example to "Data") so it is not replaced, then classify again.`
        );
      }
      const sheets = await writeLayouts(workbook, classified.layouts, { signal, onProgress });
      setResult({
        distribution: levelDistribution(classified.blocks[0]),
        title: `Proposed levels, ${loaded.framework.name} (${classified.source.description})`,
        sheets,
      });
      props.onWritten();
    });

  return (
    <section className={styles.flow} aria-label="Classify">
      <FrameworkPicker
        options={frameworks}
        value={frameworkKey}
        onChange={props.onFrameworkChange}
      />
      <Button appearance="primary" onClick={start} disabled={task.state.kind === "running"}>
        Classify (values only)
      </Button>
      {task.state.kind === "running" && (
        <TaskProgress label="Classifying" progress={task.state.progress} onCancel={task.cancel} />
      )}
      {task.state.kind === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>Cancelled. The workbook holds what it held before.</MessageBarBody>
        </MessageBar>
      )}
      {task.state.kind === "failed" && (
        <ProblemBar
          title="The schools could not be classified"
          error={task.state.error}
          advice="Correct the cells named above (or the mapping in Connect), then classify again."
        />
      )}
      {result && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Results written</MessageBarTitle>
              Sheets {result.sheets.join(", ")} now hold the proposed levels. A proposal: the board
              agrees each level.
            </MessageBarBody>
          </MessageBar>
          <LevelDistribution distribution={result.distribution} title={result.title} />
        </>
      )}
    </section>
  );
}
