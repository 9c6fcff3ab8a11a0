import { todayIso as today } from "../shell/today";
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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { isIsoDate } from "../../core/dates/iso";
import type { PlanTemplateId } from "../../core/plans";
import {
  joinPreviewLines,
  joinResultLines,
  joinSchool,
  previewJoin,
  readUrnInput,
  urnInputMessage,
  type JoinPreview,
  type JoinResult,
} from "../../features/baseline";
import { templateOptions } from "../../features/plans";
import type { WorkbookPort } from "../../port";
import { ProblemList } from "./ProblemBar";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  join: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/**
 * Join the trust: the baselined school's rows re-keyed to its new URN, Schools given its joined
 * date and predecessor URN, and its first plan prefilled from the baseline. Shown, then written.
 */
export function JoinTrust({
  workbook,
  urn,
  joinedUrn,
  onJoined,
}: {
  workbook: WorkbookPort;
  /** The URN the school was baselined under. */
  urn: number;
  /** The URN it already joined under, when a join ran without writing a plan. */
  joinedUrn?: number;
  onJoined: () => void;
}) {
  const styles = useStyles();
  const task = useTask();
  const [newUrnText, setNewUrnText] = useState(String(joinedUrn ?? urn));
  const [joined, setJoined] = useState(today());
  const [preview, setPreview] = useState<JoinPreview>();
  const [result, setResult] = useState<JoinResult>();
  // Chosen by the person only when the framework names no first plan (preview.planToChoose).
  const [plan, setPlan] = useState<PlanTemplateId>();
  const templates = useMemo(() => templateOptions(), []);
  const newUrn = readUrnInput(newUrnText);
  const validDate = isIsoDate(joined);
  const request = (chosen = plan) =>
    newUrn.ok && validDate
      ? { urn, newUrn: newUrn.value, joined, ...(chosen ? { plan: chosen } : {}) }
      : undefined;

  const forget = () => (setPreview(undefined), task.reset());

  const check = (chosen = plan) =>
    void task.run(async () => {
      const asked = request(chosen);
      if (!asked) return;
      setPreview(await previewJoin(workbook, asked));
    });

  const join = () =>
    void task.run(async () => {
      const asked = request();
      if (!asked) return;
      const joinedResult = await joinSchool(workbook, asked);
      setPreview(undefined);
      setResult(joinedResult);
      onJoined();
    });

  const running = task.state.kind === "running";
  if (result) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{`The school joined the trust as URN ${newUrn.ok ? newUrn.value : urn}`}</MessageBarTitle>
          <ul className={styles.list}>
            {joinResultLines(result).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section className={styles.join} aria-label="Join the trust">
      <Subtitle2 as="h3" className={styles.heading}>
        Join the trust
      </Subtitle2>
      <Body1>
        When the school joins: its baseline rows move to its URN as the trust&apos;s academy,
        Schools records it with its joined date and predecessor URN, and its first plan is prefilled
        from the baseline.
      </Body1>
      <Field
        label="URN as the trust's academy"
        hint="A converting school gets a new URN; keep this one if it does not change."
        validationState={newUrn.ok ? "none" : "error"}
        validationMessage={urnInputMessage(newUrn)}
      >
        <Input
          value={newUrnText}
          inputMode="numeric"
          disabled={running}
          onChange={(_, data) => (setNewUrnText(data.value), forget())}
        />
      </Field>
      <Field
        label="Joined date"
        validationState={validDate ? "none" : "error"}
        validationMessage={validDate ? undefined : "Enter the date the school joined the trust."}
      >
        <Input
          type="date"
          value={joined}
          disabled={running}
          onChange={(_, data) => (setJoined(data.value), forget())}
        />
      </Field>
      {!preview && (
        <Button onClick={() => check()} disabled={running || !request()}>
          Check the join
        </Button>
      )}
      {preview && !running && (
        <>
          <section aria-label="What joining will do">
            <ul className={styles.list}>
              {joinPreviewLines(preview, newUrn.ok ? newUrn.value : urn, joined).map((line) => (
                <li key={line}>
                  <Body1>{line}</Body1>
                </li>
              ))}
            </ul>
          </section>
          {preview.planToChoose && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Choose the first plan</MessageBarTitle>
                <ProblemList problems={preview.planToChoose} />
              </MessageBarBody>
            </MessageBar>
          )}
          {(preview.planToChoose || plan) && (
            <Field label="First plan's template">
              <Dropdown
                placeholder="Choose a template"
                value={templates.find((t) => t.id === plan)?.name ?? ""}
                selectedOptions={plan ? [plan] : []}
                onOptionSelect={(_, data) => {
                  if (!data.optionValue) return;
                  const chosen = data.optionValue as PlanTemplateId;
                  setPlan(chosen);
                  check(chosen);
                }}
              >
                {templates.map((item) => (
                  <Option key={item.id} value={item.id}>
                    {item.name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <Button appearance="primary" onClick={join} disabled={!!preview.planToChoose}>
            Join the trust
          </Button>
        </>
      )}
      <TaskStatus
        task={task}
        running={preview ? "Joining" : "Checking the join"}
        cancellable={false}
        failed={{
          title: "The school cannot join as asked",
          advice: "Correct what is named above, then check the join again.",
        }}
      />
    </section>
  );
}
