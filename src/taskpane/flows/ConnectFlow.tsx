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
  frameworkOptions,
  listSources,
  loadFramework,
  loadSavedMapping,
  openDisagreements,
  resetSavedMapping,
  saveMapping,
  startingColumns,
  valueProblems,
  type Connection,
} from "../../features/connect";
import { allNeeds, frameworkNeeds, sourceNeeds, type NameNeeds } from "../../features/pane";
import type { WorkbookDescription, WorkbookPort } from "../../port";
import { ColumnMapping } from "./ColumnMapping";
import { DisagreementQuestion } from "./DisagreementQuestion";
import { FrameworkPicker } from "./FrameworkPicker";
import { ProblemBar, ProblemList } from "./ProblemBar";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export interface ConnectFlowProps {
  workbook: WorkbookPort;
  /** Reads the workbook again and checks these names are still there (see Flows). */
  recheck: (needs?: NameNeeds) => Promise<WorkbookDescription>;
  description: WorkbookDescription;
  frameworkKey: string;
  onFrameworkChange: (key: string) => void;
  onSaved: () => void;
}

/** Connect: pick the schools table, check and correct the column mapping, save it. */
export function ConnectFlow(props: ConnectFlowProps) {
  const { workbook, description, frameworkKey } = props;
  const styles = useStyles();
  const sources = useMemo(() => listSources(description), [description]);
  const frameworks = useMemo(() => frameworkOptions(description), [description]);
  const [saved, setSaved] = useState<SettingRead<SavedMapping> | undefined>();
  // The mapping as it was when the pane opened: where the drop-downs start.
  const [initial, setInitial] = useState<SettingRead<SavedMapping> | undefined>();
  const lists = useRef({ sources, frameworks });
  lists.current = { sources, frameworks };
  const [sourceKey, setSourceKey] = useState<string | undefined>();
  const [connection, setConnection] = useState<Connection | undefined>();
  const [columnOf, setColumnOf] = useState<Record<string, number>>({});
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [savedNote, setSavedNote] = useState<string | undefined>();

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

  useEffect(() => {
    const source = lists.current.sources.find((option) => option.key === sourceKey);
    const framework = lists.current.frameworks.find((option) => option.key === frameworkKey);
    if (!source || !framework || !initial) return;
    let current = true;
    setBusy(true);
    setError(undefined);
    setSavedNote(undefined);
    (async () => {
      const loaded = await loadFramework(workbook, framework.choice);
      if (!loaded.ok) throw new Error(loaded.message);
      const next = await connectSource(workbook, source.choice, loaded.framework);
      if (!current) return;
      setConnection(next);
      setColumnOf(startingColumns(next, initial.ok ? initial.value : undefined));
      setSettled(new Set());
    })()
      .catch((reason: unknown) => current && (setConnection(undefined), setError(reason)))
      .finally(() => current && setBusy(false));
    return () => {
      current = false;
    };
  }, [workbook, sourceKey, frameworkKey, initial]);

  const problems = connection ? valueProblems(connection, columnOf) : [];
  const open = connection ? openDisagreements(connection, columnOf, settled) : [];
  const selectedSource = sources.find((option) => option.key === sourceKey);

  const save = async () => {
    if (!connection) return;
    setError(undefined);
    try {
      const framework = frameworks.find((option) => option.key === frameworkKey);
      await props.recheck(
        allNeeds(sourceNeeds(connection.choice), framework ? frameworkNeeds(framework.choice) : {})
      );
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
            {saved.message} Reset it to start again from TrustTier&apos;s proposal.
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
                Correct these cells, or map the column to something else, before classifying.
              </MessageBarBody>
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
