import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PreparedCards } from "../../features/cards";
import { previewCards, withReplaced } from "../../features/cards";
import { CheckboxGroup } from "./CheckboxGroup";
import { ProblemList } from "./ProblemBar";

const useStyles = makeStyles({
  confirm: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * What generating will do, before anything is written: sheets created and updated, and the
 * sheets a person has edited, each kept unless the person chooses to replace it.
 */
export function CardsConfirm({
  prepared,
  replace,
  onReplaceChange,
  onGenerate,
  onBack,
}: {
  prepared: PreparedCards;
  replace: ReadonlySet<string>;
  onReplaceChange: (replace: ReadonlySet<string>) => void;
  onGenerate: () => void;
  onBack: () => void;
}) {
  const styles = useStyles();
  const preview = previewCards(prepared.plan);
  const all = preview.edited.length > 0 && preview.edited.every((name) => replace.has(name));
  const writes = preview.create.length + preview.update.length + replace.size;
  return (
    <section className={styles.confirm} aria-label="Check before generating">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Before anything is written</MessageBarTitle>
          {withReplaced(prepared, replace).plan.summary}
        </MessageBarBody>
      </MessageBar>
      {prepared.settingProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              TrustTier&apos;s record of the cards it made could not be read; it will be written
              again
            </MessageBarTitle>
            <ProblemList problems={prepared.settingProblems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {prepared.cellProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Figures the cards would show blank</MessageBarTitle>
            <ProblemList problems={prepared.cellProblems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {prepared.problems.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {prepared.problems.length} figure{prepared.problems.length === 1 ? " is" : "s are"}{" "}
            outside the measure&apos;s valid or likely range: the cards flag{" "}
            {prepared.problems.length === 1 ? "it" : "them"} in their Data check column.
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.edited.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Edited by a person</MessageBarTitle>
            <Body1>
              These sheets changed since TrustTier wrote them (or TrustTier did not make them). They
              are kept as they are unless you choose to replace them.
            </Body1>
            <Switch
              label="Replace edited cards"
              checked={all}
              onChange={(_, data) => onReplaceChange(new Set(data.checked ? preview.edited : []))}
            />
            <CheckboxGroup
              label="Replace these sheets"
              items={preview.edited.map((name) => ({ value: name, label: name }))}
              checked={replace}
              onChange={(name, on) => {
                const next = new Set(replace);
                if (on) next.add(name);
                else next.delete(name);
                onReplaceChange(next);
              }}
            />
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onGenerate} disabled={writes === 0}>
          {`Generate ${writes} sheet${writes === 1 ? "" : "s"}`}
        </Button>
        <Button onClick={onBack}>Change the selection</Button>
      </div>
    </section>
  );
}
