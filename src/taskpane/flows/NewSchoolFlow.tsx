import { todayIso as today } from "../shell/today";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ImportProblem } from "../../core/import/location";
import type { PublishedFile } from "../../core/published";
import {
  baselineSections,
  baselineTableChanges,
  baselineWrittenLines,
  previewBaseline,
  readUrnInput,
  urnInputMessage,
  writeBaseline,
  type BaselinePreview,
  type BaselineWritten,
} from "../../features/baseline";
import type { Framework } from "../../core/frameworks/types";
import type { PassedOver } from "../../features/import";
import { AcademicYearField, typedAcademicYear } from "./AcademicYearField";
import { BaselineSections } from "./BaselineSections";
import { FileChooser } from "./FileChooser";
import type { FrameworkFlowProps } from "./flow-props";
import { FrameworkPicker } from "./FrameworkPicker";
import { JoinEarlier } from "./JoinEarlier";
import { JoinTrust } from "./JoinTrust";
import { PassedOverNote } from "./PassedOverNote";
import { ProblemList } from "./ProblemBar";
import { readChosen } from "./read-chosen";
import { TaskStatus } from "./TaskStatus";
import { useFrameworkChoice } from "./useFrameworkChoice";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The preview, with what it was made from, so the write uses exactly those. */
interface Checked {
  urn: number;
  files: PublishedFile[];
  framework: Framework;
  year?: string;
  preview: BaselinePreview;
  unreadable: ImportProblem[];
  passedOver: PassedOver[];
}

export type NewSchoolFlowProps = FrameworkFlowProps;

/**
 * New school: a due-diligence baseline of any school in England from the public files that
 * cover it (chosen with the browser's picker, files or a folder, read in the pane), on the
 * trust's framework. The
 * Baseline sheet is shown before it is written; then the school can join the trust.
 */
export function NewSchoolFlow(props: NewSchoolFlowProps) {
  const { workbook, description } = props;
  const styles = useStyles();
  const task = useTask();
  const chooser = useFrameworkChoice(workbook, description, props.frameworkKey, {
    fallback: "builtin:tiers",
  });
  const option = chooser.chosen;
  const [urnText, setUrnText] = useState("");
  const [urnTouched, setUrnTouched] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [yearText, setYearText] = useState("");
  const [checked, setChecked] = useState<Checked>();
  const [writing, setWriting] = useState(false);
  const [written, setWritten] = useState<BaselineWritten>();
  const urn = readUrnInput(urnText);
  const year = typedAcademicYear(yearText);

  const forget = () => {
    setChecked(undefined);
    setWritten(undefined);
    task.reset();
  };

  const check = () =>
    void task.run(async ({ signal, onProgress }) => {
      if (!urn.ok || !option) return;
      setWritten(undefined);
      onProgress({ done: 0, total: 2, step: `Reading ${files.length} files` });
      await props.recheck(chooser.needs);
      const read = await readChosen(files, []);
      const { framework } = await chooser.load();
      if (signal.aborted) return;
      onProgress({ done: 1, total: 2, step: `Finding URN ${urn.value} in the files` });
      const yearValue = year?.ok ? year.value : undefined;
      const preview = await previewBaseline(workbook, {
        urn: urn.value,
        files: read.files,
        framework,
        asOf: today(),
        ...(yearValue ? { year: yearValue } : {}),
      });
      if (signal.aborted) return;
      setChecked({
        urn: urn.value,
        files: read.files,
        framework,
        ...(yearValue ? { year: yearValue } : {}),
        preview,
        unreadable: read.unreadable,
        passedOver: read.passedOver,
      });
    });

  const write = () =>
    void task.run(async ({ signal, onProgress }) => {
      if (!checked) return;
      setWriting(false);
      const result = await writeBaseline(workbook, {
        urn: checked.urn,
        files: checked.files,
        framework: checked.framework,
        asOf: today(),
        ...(checked.year ? { year: checked.year } : {}),
        signal,
        onProgress: (progress) => {
          if (progress.done >= 1) setWriting(true);
          onProgress(progress);
        },
      });
      setWritten(result);
      setChecked(undefined);
      props.onWritten();
    });

  const running = task.state.kind === "running";
  const problems = checked ? [...checked.unreadable, ...checked.preview.plan.problems] : [];
  const ready = checked !== undefined && problems.length === 0 && checked.preview.sheet;
  const urnError = urnTouched ? urnInputMessage(urn) : undefined;

  return (
    <section className={styles.flow} aria-label="New school">
      <Field
        label="URN of the school"
        hint="Any school in England: its six-digit unique reference number from GIAS."
        validationState={urnError ? "error" : "none"}
        validationMessage={urnError}
      >
        <Input
          value={urnText}
          inputMode="numeric"
          placeholder="138776"
          disabled={running}
          onBlur={() => setUrnTouched(true)}
          onChange={(_, data) => (setUrnText(data.value), setUrnTouched(true), forget())}
        />
      </Field>
      <FileChooser
        title="Public files that cover the school"
        hint="CSV files as downloaded from DfE performance tables (with each edition's _meta.csv), Ofsted management information (CSV or .ods) and GIAS: the files the import reads, or a folder of them (a folder named for its year, such as 2018-2019, gives the year). They are read here, in the pane: nothing leaves this computer."
        buttonLabel="Choose the school's files…"
        folderLabel="Choose a folder…"
        multiple
        files={files}
        disabled={running}
        onChange={(chosen) => (setFiles(chosen), forget())}
      />
      {option && (
        <FrameworkPicker
          options={chooser.options}
          value={option.key}
          onChange={(key) => (forget(), props.onFrameworkChange(key))}
        />
      )}
      <AcademicYearField
        label="Academic year of files that do not state one"
        hint="Leave blank unless the check asks for it."
        example="2018/19"
        text={yearText}
        disabled={running}
        onChange={(text) => (setYearText(text), forget())}
      />
      {!checked && (
        <Button
          appearance="primary"
          onClick={check}
          disabled={running || !urn.ok || files.length === 0 || (year !== undefined && !year.ok)}
        >
          Check the baseline
        </Button>
      )}
      {checked && !running && (
        <>
          <PassedOverNote passedOver={checked.passedOver} />
          {problems.length > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{`URN ${checked.urn} cannot be baselined from these files as they are`}</MessageBarTitle>
                <ProblemList problems={problems} />
                Choose other files, or give the year they do not state, then check again.
              </MessageBarBody>
            </MessageBar>
          )}
          {ready && (
            <BaselineSections
              sections={baselineSections(checked.preview)}
              changes={baselineTableChanges(
                checked.preview,
                description.tables.map((t) => t.name)
              )}
            />
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={write} disabled={!ready}>
              Write the Baseline sheet
            </Button>
            <Button onClick={forget}>Back</Button>
          </div>
        </>
      )}
      <TaskStatus
        task={task}
        running={checked ? "Writing the baseline" : "Checking the files"}
        writingBegun={writing}
        failed={{
          title: checked ? "The baseline could not be written" : "The files could not be checked",
          advice: "Correct what is named above, then check again.",
        }}
      />
      {written && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{`Baseline written to sheet ${written.sheet}`}</MessageBarTitle>
              <ul className={styles.list}>
                {baselineWrittenLines(written).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              Type what due diligence finds (practice observed, in-year data, the SEF, the
              improvement plan) and the trust&apos;s judgement of capacity in the yellow cells of
              the sheet. Schools is not changed until the school joins.
            </MessageBarBody>
          </MessageBar>
          <JoinTrust
            workbook={workbook}
            urn={written.assessment.school.urn}
            onJoined={props.onWritten}
          />
        </>
      )}
      {!written && !checked && !running && (
        <JoinEarlier workbook={workbook} description={description} onJoined={props.onWritten} />
      )}
    </section>
  );
}
