import {
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DecisionProblem, Register } from "../../core/meeting";
import { checkPaneDecision, type PaneDecision } from "../../features/meeting";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const schoolLabel = (row: Register["rows"][number]) =>
  `${row.name} (${row.urn}): ${row.computed?.name ?? "no computed level"}`;

/**
 * One school's agreed level, who agreed it and why. The core's `decide` checks it: an override
 * without a reason is refused with the school and the field named.
 */
export function MeetingOverride({
  register,
  decisions,
  onAdd,
}: {
  register: Register;
  decisions: readonly PaneDecision[];
  onAdd: (decision: PaneDecision) => void;
}) {
  const styles = useStyles();
  const [urn, setUrn] = useState<number>();
  const [level, setLevel] = useState<string>();
  const [agreedBy, setAgreedBy] = useState("");
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<DecisionProblem[]>([]);
  const row = register.rows.find((item) => item.urn === urn);
  const levels = register.framework.levels;
  const chosenLevel = levels.find((item) => item.id === level);

  const add = () => {
    if (urn === undefined) return;
    const decision: PaneDecision = {
      urn,
      ...(chosenLevel ? { agreed: chosenLevel.name } : {}),
      ...(agreedBy.trim() ? { agreedBy: agreedBy.trim() } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    };
    const checked = checkPaneDecision(register, decision);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    onAdd(decision);
    setUrn(undefined);
    setLevel(undefined);
    setReason("");
  };

  const problemFor = (field: DecisionProblem["field"]) =>
    problems.find((problem) => problem.field === field)?.message;

  return (
    <section className={styles.form} aria-label="Agree a level">
      <Subtitle2 as="h3" className={styles.heading}>
        Agree a level
      </Subtitle2>
      <Body1>
        The computed level is a proposal. Agreeing a different level is an override: it needs who
        agreed it and a reason.
      </Body1>
      <Field label="School">
        <Dropdown
          placeholder="Choose a school"
          value={row ? schoolLabel(row) : ""}
          selectedOptions={urn === undefined ? [] : [String(urn)]}
          onOptionSelect={(_, data) => {
            if (!data.optionValue) return;
            setUrn(Number(data.optionValue));
            setProblems([]);
          }}
        >
          {register.rows.map((item) => (
            <Option key={item.urn} value={String(item.urn)} text={schoolLabel(item)}>
              {schoolLabel(item)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Agreed level"
        validationMessage={problemFor("agreed")}
        validationState={problemFor("agreed") ? "error" : "none"}
      >
        <Dropdown
          placeholder={row?.computed ? `${row.computed.name} (computed)` : "Choose a level"}
          value={chosenLevel?.name ?? ""}
          selectedOptions={level ? [level] : []}
          onOptionSelect={(_, data) => data.optionValue && setLevel(data.optionValue)}
        >
          {levels.map((item) => (
            <Option key={item.id} value={item.id}>
              {item.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Agreed by"
        hint="A typed name: Excel does not tell add-ins who is signed in."
        validationMessage={problemFor("agreedBy")}
        validationState={problemFor("agreedBy") ? "error" : "none"}
      >
        <Input value={agreedBy} onChange={(_, data) => setAgreedBy(data.value)} />
      </Field>
      <Field
        label="Reason"
        validationMessage={problemFor("reason")}
        validationState={problemFor("reason") ? "error" : "none"}
      >
        <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" />
      </Field>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The decision was not added</MessageBarTitle>
            <ul className={styles.list}>
              {problems.map((problem) => (
                <li key={problem.field}>{problem.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Button onClick={add} disabled={urn === undefined}>
        Add decision
      </Button>
      {decisions.length > 0 && (
        <section aria-label="Decisions to record">
          <Subtitle2 as="h3" className={styles.heading}>
            Decisions to record
          </Subtitle2>
          <ul className={styles.list}>
            {decisions.map((decision) => {
              const school = register.rows.find((item) => item.urn === decision.urn);
              return (
                <li key={decision.urn}>
                  <Body1>
                    {`${school?.name ?? `URN ${decision.urn}`}: ${decision.agreed ?? "computed level"}${decision.agreedBy ? `, agreed by ${decision.agreedBy}` : ""}${decision.reason ? `. Reason: ${decision.reason}` : ""}`}
                  </Body1>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
