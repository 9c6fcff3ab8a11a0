import { todayIso as today } from "../shell/today";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { DEFAULT_FRAMEWORK_ID, getBuiltinFramework } from "../../core/frameworks/builtin";
import { prepareCards, writeCards, type PreparedCards } from "../../features/cards";
import { completedSheets, withReplaced } from "../../features/cards";
import { listCardAcademies, selectedUrns, type CardSelection } from "../../features/cards";
import { checkLevelColumns } from "../../features/classify";
import { type NameNeeds } from "../../features/workbook";
import type { Progress } from "../../port";
import { AcademyPicker } from "./AcademyPicker";
import { CardsConfirm } from "./CardsConfirm";
import { FrameworkPicker } from "./FrameworkPicker";
import { LevelColumnOffer } from "./LevelColumnOffer";
import { ProblemBar } from "./ProblemBar";
import { TitledList } from "./TitledList";
import { TaskStatus } from "./TaskStatus";
import { useFrameworkChoice } from "./useFrameworkChoice";
import { useLoaded } from "./useLoaded";
import type { FrameworkFlowProps } from "./flow-props";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

/** The table the academies were listed from (src/features/cards/read-tables.ts). */
const CARDS_NEED: NameNeeds = { tables: ["Schools"] };

type Outcome =
  | { kind: "written"; written: readonly string[]; kept: readonly string[] }
  | { kind: "cancelled"; completed: readonly string[] };

export type CardsFlowProps = FrameworkFlowProps;

/** Academy cards: pick academies, check what will change, generate with progress and cancel. */
export function CardsFlow(props: CardsFlowProps) {
  const { workbook, description, frameworkKey } = props;
  const styles = useStyles();
  // Cards are laid out for a built-in framework; the workbook's own frameworks are left out.
  const framework = useFrameworkChoice(workbook, description, frameworkKey, {
    kind: "builtin",
    fallback: `builtin:${DEFAULT_FRAMEWORK_ID}`,
  });
  const option = framework.chosen;
  const frameworkId = option?.choice.kind === "builtin" ? option.choice.id : DEFAULT_FRAMEWORK_ID;
  // Read again for another framework, and whenever the workbook's description changes.
  const academies = useLoaded(
    useCallback(
      () => listCardAcademies(workbook, frameworkId),
      [workbook, frameworkId, description]
    )
  );
  const builtin = getBuiltinFramework(frameworkId);
  // Whether Schools has the level column the cards read (only the description is read).
  const levels = useLoaded(
    useCallback(
      () =>
        builtin ? checkLevelColumns(workbook, { framework: builtin }) : Promise.resolve(undefined),
      [workbook, builtin, description]
    )
  );
  const listed = academies.value;
  const listError = academies.error;
  const [selection, setSelection] = useState<CardSelection>({ mode: "all" });
  const [prepared, setPrepared] = useState<PreparedCards>();
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome>();
  const task = useTask();

  const urns = listed ? selectedUrns(listed.academies, selection) : [];

  const check = () =>
    void task.run(async ({ signal, onProgress }) => {
      setOutcome(undefined);
      onProgress({ done: 0, total: 1, step: `Laying out ${urns.length} cards` });
      await props.recheck(CARDS_NEED);
      const next = await prepareCards(workbook, {
        frameworkId,
        urns,
        generatedOn: today(),
      });
      if (signal.aborted) return;
      setReplace(new Set());
      setPrepared(next);
    });

  const generate = () =>
    void task.run(async ({ signal, onProgress }) => {
      if (!prepared) return;
      await props.recheck(CARDS_NEED);
      const chosen = withReplaced(prepared, replace);
      const progress = (p: Progress) =>
        onProgress({ ...p, step: `Sheet ${p.done + 1} of ${p.total}: ${p.step}` });
      try {
        const result = await writeCards(workbook, chosen, {
          generatedOn: today(),
          signal,
          onProgress: progress,
        });
        setOutcome({ kind: "written", written: result.written, kept: result.skipped });
      } catch (error) {
        if (signal.aborted) {
          setOutcome({ kind: "cancelled", completed: await completedSheets(workbook, chosen) });
        }
        throw error;
      } finally {
        setPrepared(undefined);
        props.onWritten();
      }
    });

  const running = task.state.kind === "running";
  return (
    <section className={styles.flow} aria-label="Academy cards">
      <FrameworkPicker
        options={framework.options}
        value={option?.key ?? ""}
        onChange={props.onFrameworkChange}
      />
      {listError !== undefined && (
        <ProblemBar
          title="The academies could not be read"
          error={listError}
          advice="Cards need a table called Schools with one row per academy (URN, school name, phase)."
        />
      )}
      {!listed && listError === undefined && (
        <Spinner size="small" label="Reading the academies…" />
      )}
      {builtin && levels.value && !prepared && (
        <LevelColumnOffer
          key={frameworkId}
          workbook={workbook}
          framework={builtin}
          check={levels.value}
          onWritten={props.onWritten}
        />
      )}
      {listed && !prepared && (
        <>
          <AcademyPicker
            listed={listed}
            selection={selection}
            onChange={(next) => (setSelection(next), setOutcome(undefined))}
          />
          <Button appearance="primary" onClick={check} disabled={running || urns.length === 0}>
            {`Check ${urns.length} card${urns.length === 1 ? "" : "s"}`}
          </Button>
        </>
      )}
      {prepared && !running && (
        <CardsConfirm
          prepared={prepared}
          replace={replace}
          onReplaceChange={setReplace}
          onGenerate={generate}
          onBack={() => setPrepared(undefined)}
        />
      )}
      <TaskStatus
        task={task}
        running={prepared ? "Generating cards" : "Checking the cards"}
        failed={{
          title: "The cards could not be generated",
          advice: "Correct the cells named above in the data tables, then try again.",
        }}
        cancelled={null}
      />
      {outcome?.kind === "cancelled" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Cancelled</MessageBarTitle>
            The workbook holds what it held before
            {outcome.completed.length > 0
              ? `, plus the ${outcome.completed.length} sheet${outcome.completed.length === 1 ? "" : "s"} finished before the cancel (listed below).`
              : "."}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "cancelled" && (
        <TitledList title="Finished before the cancel" lines={outcome.completed} />
      )}
      {outcome?.kind === "written" && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Cards written</MessageBarTitle>
              {`${outcome.written.length} sheet${outcome.written.length === 1 ? "" : "s"} written. Open them from the sheet tabs; each card prints on one A4 landscape page.`}
            </MessageBarBody>
          </MessageBar>
          <TitledList title="Sheets written" lines={outcome.written} />
          <TitledList title="Kept as a person edited them" lines={outcome.kept} />
        </>
      )}
    </section>
  );
}
