import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ImportPlan } from "../../core/published";
import { importPublishedData, previewImport, type ImportResult } from "../../features/import";
import { problemsToFix } from "../../features/import";
import { AcademicYearField, typedAcademicYear } from "./AcademicYearField";
import { FileChooser } from "./FileChooser";
import type { FlowProps } from "./flow-props";
import { ImportPreview } from "./ImportPreview";
import { PassedOverNote } from "./PassedOverNote";
import { readChosen, type ReadFiles } from "./read-chosen";
import { ProblemList } from "./ProblemBar";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  year: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Steps of importPublishedData before its first write (reading the tables, matching). */
const STEPS_BEFORE_WRITING = 2;

export type ImportFlowProps = Pick<FlowProps, "workbook" | "description" | "onWritten">;

/**
 * Import data: choose published files (DfE performance tables, Ofsted management information,
 * GIAS), see what they hold and what the tables would gain, give a year the files do not
 * state, then write into Schools, Inspections, Measures and National with progress and Cancel.
 */
export function ImportFlow({ workbook, description, onWritten }: ImportFlowProps) {
  const styles = useStyles();
  const task = useTask();
  const [dataFiles, setDataFiles] = useState<File[]>([]);
  const [schoolFiles, setSchoolFiles] = useState<File[]>([]);
  const [read, setRead] = useState<ReadFiles>();
  const [plan, setPlan] = useState<ImportPlan>();
  const [yearText, setYearText] = useState("");
  const [year, setYear] = useState<string>();
  const [writing, setWriting] = useState(false);
  const [result, setResult] = useState<ImportResult>();
  const hasSchools = description.tables.some((t) => t.name.toLowerCase() === "schools");
  const parsedYear = typedAcademicYear(yearText);

  const chosen = () => {
    setRead(undefined);
    setPlan(undefined);
    setResult(undefined);
    task.reset();
  };

  const check = (withYear: string | undefined) =>
    void task.run(async ({ signal, onProgress }) => {
      setResult(undefined);
      setWriting(false);
      onProgress({ done: 0, total: 2, step: `Reading ${dataFiles.length} files` });
      const files = read ?? (await readChosen(dataFiles, schoolFiles));
      if (signal.aborted) return;
      setRead(files);
      onProgress({ done: 1, total: 2, step: "Matching the files to the trust's schools" });
      const next = await previewImport(workbook, {
        files: files.files,
        ...(files.schoolList ? { schoolList: files.schoolList } : {}),
        ...(withYear ? { year: withYear } : {}),
      });
      if (signal.aborted) return;
      setYear(withYear);
      setPlan(next);
    });

  const runImport = () =>
    void task.run(async ({ signal, onProgress }) => {
      if (!read || !plan) return;
      setWriting(false);
      const written = await importPublishedData(workbook, {
        files: read.files,
        ...(read.schoolList ? { schoolList: read.schoolList } : {}),
        ...(year ? { year } : {}),
        signal,
        onProgress: (progress) => {
          if (progress.done >= STEPS_BEFORE_WRITING) setWriting(true);
          onProgress(progress);
        },
      });
      setResult(written);
      setPlan(undefined);
      onWritten();
    });

  const running = task.state.kind === "running";
  const problems = plan ? [...(read?.unreadable ?? []), ...problemsToFix(plan)] : [];
  const needsYear = plan ? plan.needsYear : [];
  const noSchools = plan !== undefined && plan.trustSchools.length === 0;
  const ready = plan !== undefined && problems.length === 0 && needsYear.length === 0 && !noSchools;

  return (
    <section className={styles.flow} aria-label="Import data">
      <FileChooser
        title="Published data files"
        hint="CSV files as downloaded from DfE performance tables (with each edition's _meta.csv), Ofsted management information (CSV or .ods) and GIAS, or a folder of them (a folder named for its year, such as 2018-2019, gives the year). They are read here, in the pane: nothing leaves this computer."
        buttonLabel="Choose data files…"
        folderLabel="Choose a folder…"
        multiple
        files={dataFiles}
        disabled={running}
        onChange={(files) => (setDataFiles(files), chosen())}
      />
      {!hasSchools && (
        <FileChooser
          title="The trust's school list"
          hint="This workbook has no Schools table: choose a CSV or .ods with a URN column (a GIAS extract of the trust will do), or include a GIAS extract among the data files."
          buttonLabel="Choose the school list…"
          multiple={false}
          files={schoolFiles}
          disabled={running}
          onChange={(files) => (setSchoolFiles(files), chosen())}
        />
      )}
      {!plan && !result && (
        <Button
          appearance="primary"
          onClick={() => check(year)}
          disabled={running || dataFiles.length === 0}
        >
          Check the files
        </Button>
      )}
      {plan && !running && (
        <>
          {needsYear.length > 0 && (
            <div className={styles.year}>
              <AcademicYearField
                label="Academic year of the files that do not state one"
                hint={`${needsYear.join(", ")}: no year column, year suffix or year in the name.`}
                example="2018/19"
                text={yearText}
                onChange={setYearText}
              />
              <Button
                disabled={!parsedYear?.ok}
                onClick={() => parsedYear?.ok && check(parsedYear.value)}
              >
                Use this year
              </Button>
            </div>
          )}
          <ImportPreview plan={plan} existingTables={description.tables.map((t) => t.name)} />
          {read && <PassedOverNote passedOver={read.passedOver} />}
          {noSchools && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Which schools are the trust's?</MessageBarTitle>
                Choose the trust&apos;s school list above (any CSV or .ods with a URN column), or
                add a GIAS extract of the trust to the data files, then check the files again.
              </MessageBarBody>
            </MessageBar>
          )}
          {problems.length > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>These files cannot be imported as they are</MessageBarTitle>
                <ProblemList problems={problems} />
                Choose the files again without them, or correct them, then check again.
              </MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="primary" onClick={runImport} disabled={!ready}>
            Import into the workbook
          </Button>
        </>
      )}
      <TaskStatus
        task={task}
        running={plan ? "Importing" : "Checking the files"}
        writingBegun={writing}
        failed={{
          title: "The data could not be imported",
          advice: "Correct what is named above, then check the files again.",
        }}
        cancelled={result ? null : "Cancelled. The tables hold what they held before."}
      />
      {result && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Data imported</MessageBarTitle>
            <ul className={styles.list}>
              {result.tables.map((table) => (
                <li key={table.table}>
                  {`${table.table}${table.created ? " (new)" : ""}: ${table.added} added, ${table.replaced} replaced, ${table.unchanged} unchanged${table.keptTyped > 0 ? `, ${table.keptTyped} typed by a person kept` : ""}`}
                </li>
              ))}
              {Object.entries(result.derived.written).map(([header, count]) => (
                <li key={header}>
                  {`${header}: derived from published data for ${count} school${count === 1 ? "" : "s"} (figures in Derived evidence notes)`}
                </li>
              ))}
              {result.derived.keptTyped.map((kept) => (
                <li key={`${kept.urn}-${kept.header}`}>
                  {`${kept.header} typed for ${kept.urn} kept ('${kept.typed}'); the published data suggest '${kept.derived}'`}
                </li>
              ))}
            </ul>
            Academy cards read these tables: generate or regenerate them from the Academy cards tab.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
