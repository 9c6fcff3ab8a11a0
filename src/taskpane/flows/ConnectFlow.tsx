import { todayIso } from "../shell/today";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { SettingRead } from "../../core/layout/settings";
import type { SavedMapping } from "../../core/mapping";
import {
  connectSource,
  correctColumn,
  listSources,
  loadSavedMapping,
  openDisagreements,
  resetSavedMapping,
  saveMapping,
  saveOwnWord,
  startingColumns,
  unreadOwnWords,
  valueProblems,
  type UnreadOwnWord,
} from "../../features/connect";
import { allNeeds, sourceNeeds } from "../../features/workbook";
import { ColumnMapping } from "./ColumnMapping";
import type { FrameworkFlowProps } from "./flow-props";
import { DisagreementQuestion } from "./DisagreementQuestion";
import { FrameworkPicker } from "./FrameworkPicker";
import { OwnWordQuestion } from "./OwnWordQuestion";
import { ProblemBar, ProblemList } from "./ProblemBar";
import { loadChosenFramework, useFrameworkChoice } from "./useFrameworkChoice";
import { useLoaded } from "./useLoaded";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export interface ConnectFlowProps extends Omit<FrameworkFlowProps, "onWritten"> {
  onSaved: () => void;
}

/** Connect: pick the schools table, check and correct the column mapping, save it. */
export function ConnectFlow(props: ConnectFlowProps) {
  const { workbook, description, frameworkKey } = props;
  const styles = useStyles();
  const sources = useMemo(() => listSources(description), [description]);
  const chooser = useFrameworkChoice(workbook, description, frameworkKey);
  const frameworks = chooser.options;
  const [saved, setSaved] = useState<SettingRead<SavedMapping> | undefined>();
  // The mapping as it was when the pane opened: where the drop-downs start.
  const [initial, setInitial] = useState<SettingRead<SavedMapping> | undefined>();
  const lists = useRef({ sources, frameworks });
  lists.current = { sources, frameworks };
  const [sourceKey, setSourceKey] = useState<string | undefined>();
  const [columnOf, setColumnOf] = useState<Record<string, number>>({});
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const [actionError, setError] = useState<unknown>();
  // An own word being written; the reading of the table it starts takes over from it.
  const [writing, setWriting] = useState(false);
  const [savedNote, setSavedNote] = useState<string | undefined>();
  const [ownWordNote, setOwnWordNote] = useState<string | undefined>();
  // After an alias is written the table is read again, keeping the person's column choices.
  const [reload, setReload] = useState(0);
  const keepColumns = useRef(false);
  const frameworkKeys = frameworks.map((option) => option.key).join("\n");

  useEffect(() => {
    loadSavedMapping(workbook).then((read) => (setSaved(read), setInitial(read)), setError);
  }, [workbook]);

  useEffect(() => {
    if (sourceKey || !saved) return;
    const fromSaved =
      saved.ok && saved.value ? `${saved.value.source.kind}:${saved.value.source.name}` : undefined;
    const known = sources.find((option) => option.key === fromSaved) ?? sources[0];
    if (known) setSourceKey(known.key);
  }, [saved, sources, sourceKey]);

  // Read the table again for another source or framework, after an alias is written, or when
  // the workbook's frameworks change (not on every change of the workbook).
  const readConnection = useMemo(() => {
    const source = lists.current.sources.find((option) => option.key === sourceKey);
    const framework = lists.current.frameworks.find((option) => option.key === frameworkKey);
    if (!source || !framework || !initial) return undefined;
    return async () => {
      const loaded = await loadChosenFramework(workbook, framework);
      return connectSource(workbook, source.choice, loaded.framework);
    };
  }, [workbook, sourceKey, frameworkKey, initial, reload, frameworkKeys]);
  const connecting = useLoaded(readConnection, {
    onStart: () => (setWriting(false), setError(undefined), setSavedNote(undefined)),
    onLoaded: (next) => {
      if (keepColumns.current) keepColumns.current = false;
      else {
        setColumnOf(startingColumns(next, initial?.ok ? initial.value : undefined));
        setSettled(new Set());
      }
    },
  });
  const connection = connecting.value;
  const busy = connecting.loading || writing;
  const error = actionError ?? connecting.error;

  const problems = connection ? valueProblems(connection, columnOf) : [];
  const open = connection ? openDisagreements(connection, columnOf, settled) : [];
  const selectedSource = sources.find((option) => option.key === sourceKey);
  const unread = connection ? unreadOwnWords(connection, columnOf, problems) : [];

  const mapOwnWord = async (word: UnreadOwnWord, level: string) => {
    const option = chooser.chosen;
    if (!connection || !option) return;
    setError(undefined);
    setWriting(true);
    try {
      const saved = await saveOwnWord(
        workbook,
        option.choice,
        connection.framework,
        { criterion: word.criterion, value: word.value, level },
        todayIso()
      );
      setOwnWordNote(saved.message);
      keepColumns.current = true;
      if (saved.choice.kind === "workbook")
        props.onFrameworkChange(`workbook:${saved.choice.sheet}`);
      setReload((value) => value + 1);
      props.onSaved();
    } catch (reason) {
      setError(reason);
      setWriting(false);
    }
  };

  const save = async () => {
    if (!connection) return;
    setError(undefined);
    try {
      await props.recheck(allNeeds(sourceNeeds(connection.choice), chooser.needs));
      const result = await saveMapping(workbook, connection, columnOf);
      setSaved({ ok: true, value: result });
      setSavedNote(
        `Saved the mapping of ${Object.keys(result.columns).length} columns for ${connection.framework.name}.`
      );
      props.onSaved();
    } catch (reason) {
      setError(reason);
    }
  };

  const reset = async () => {
    try {
      await resetSavedMapping(workbook);
      setSaved({ ok: true, value: undefined });
    } catch (reason) {
      setError(reason);
    }
  };

  return (
    <section className={styles.flow} aria-label="Connect">
      {saved && !saved.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The saved mapping is damaged</MessageBarTitle>
            <ProblemList problems={saved.problems} />
            Reset it to start again from TrustTier&apos;s proposal.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void reset()}>Reset</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {sources.length === 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            This workbook has no table or visible sheet to read schools from. Add a sheet with a
            header row (URN, name, Ofsted grade…) and open TrustTier again.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Field label="Schools table">
          <Dropdown
            value={selectedSource?.label ?? ""}
            selectedOptions={sourceKey ? [sourceKey] : []}
            onOptionSelect={(_, data) => data.optionValue && setSourceKey(data.optionValue)}
          >
            {sources.map((option) => (
              <Option key={option.key} value={option.key}>
                {option.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <FrameworkPicker
        options={frameworks}
        value={frameworkKey}
        onChange={props.onFrameworkChange}
      />
      {busy && <Spinner size="small" label="Reading the table…" />}
      {error !== undefined && (
        <ProblemBar
          title="The table could not be mapped"
          error={error}
          advice="Correct the cells named above, or choose another table, then try again."
        />
      )}
      {connection && !busy && (
        <>
          {open.map((disagreement) => (
            <DisagreementQuestion
              key={disagreement.target}
              disagreement={disagreement}
              onChoose={(column) => {
                setColumnOf((current) => correctColumn(current, column, disagreement.target));
                setSettled((current) => new Set([...current, disagreement.target]));
              }}
            />
          ))}
          {problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{`${problems.length} value${problems.length === 1 ? "" : "s"} will not be read`}</MessageBarTitle>
                <ProblemList problems={problems} />
                Correct these cells, map the column to something else, or say below which level a
                trust&apos;s own word means, before classifying.
              </MessageBarBody>
            </MessageBar>
          )}
          {unread.map((word) => (
            <OwnWordQuestion
              key={`${word.criterion}:${word.value}`}
              word={word}
              levels={connection.framework.levels}
              disabled={busy}
              onChoose={(level) => void mapOwnWord(word, level)}
            />
          ))}
          {ownWordNote && (
            <MessageBar intent="success">
              <MessageBarBody>{ownWordNote}</MessageBarBody>
            </MessageBar>
          )}
          <ColumnMapping
            connection={connection}
            columnOf={columnOf}
            onChange={(column, target) => {
              setSavedNote(undefined);
              setColumnOf((current) => correctColumn(current, column, target));
            }}
          />
          <Button appearance="primary" onClick={() => void save()}>
            Save mapping
          </Button>
          {savedNote && (
            <MessageBar intent="success">
              <MessageBarBody>{savedNote}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
