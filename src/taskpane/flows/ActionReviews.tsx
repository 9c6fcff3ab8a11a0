import {
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { IsoDate } from "../../core/dates/iso";
import type { ActionRow, OpenAction } from "../../core/meeting";
import type { Problem } from "../../core/problems";
import type { ActionReviewRequest } from "../../features/meeting";
import { openActionLabel, withReview } from "../../features/meeting";
import { ProblemList } from "./ProblemBar";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Outcome = "reviewed" | "carried";

/**
 * Last meeting's actions: each open action with its owner and due date, and a progress review
 * for one (reviewed, or carried forward to a new due date), appended when the meeting is recorded.
 */
export function ActionReviews({
  open,
  actions,
  names,
  meetingDate,
  reviews,
  onChange,
}: {
  open: readonly OpenAction[];
  actions: readonly ActionRow[];
  names: ReadonlyMap<number, string>;
  meetingDate: IsoDate;
  reviews: readonly ActionReviewRequest[];
  onChange: (reviews: ActionReviewRequest[]) => void;
}) {
  const styles = useStyles();
  const [actionId, setActionId] = useState<string>();
  const [progress, setProgress] = useState("");
  const [outcome, setOutcome] = useState<Outcome>("reviewed");
  const [due, setDue] = useState("");
  const [problems, setProblems] = useState<readonly Problem[]>();
  const label = (item: OpenAction) => openActionLabel(item, names.get(item.action.urn));
  const chosen = open.find((item) => item.action.rowId === actionId);

  const add = () => {
    if (!actionId) return;
    if (outcome === "carried" && !due) {
      setProblems([
        {
          code: "missing",
          field: actionId,
          message: `${actionId}: New due date: blank; a carried-forward action needs a due date`,
        },
      ]);
      return;
    }
    const checked = withReview(actions, meetingDate, reviews, {
      actionId,
      progress,
      ...(outcome === "carried" ? { carryForward: { due } } : {}),
    });
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems(undefined);
    onChange(checked.reviews);
    setActionId(undefined);
    setProgress("");
    setDue("");
  };

  return (
    <section className={styles.form} aria-label="Last meeting's actions">
      <Subtitle2 as="h3" className={styles.heading}>
        Last meeting&apos;s actions
      </Subtitle2>
      {open.length === 0 ? (
        <Body1>No action set at an earlier meeting is waiting for review.</Body1>
      ) : (
        <>
          <ul className={styles.list} aria-label="Open actions">
            {open.map((item) => (
              <li key={item.action.rowId}>
                <Body1>{label(item)}</Body1>
              </li>
            ))}
          </ul>
          <Field label="Action to review">
            <Dropdown
              placeholder="Choose an action"
              value={chosen ? label(chosen) : ""}
              selectedOptions={actionId ? [actionId] : []}
              onOptionSelect={(_, data) => data.optionValue && setActionId(data.optionValue)}
            >
              {open.map((item) => (
                <Option key={item.action.rowId} value={item.action.rowId} text={label(item)}>
                  {label(item)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Progress and impact">
            <Textarea
              value={progress}
              onChange={(_, data) => setProgress(data.value)}
              resize="vertical"
            />
          </Field>
          <Field label="Outcome">
            <RadioGroup
              value={outcome}
              onChange={(_, data) => setOutcome(data.value === "carried" ? "carried" : "reviewed")}
            >
              <Radio value="reviewed" label="Reviewed: the action is complete" />
              <Radio value="carried" label="Carried forward to a new due date" />
            </RadioGroup>
          </Field>
          {outcome === "carried" && (
            <Field label="New due date">
              <Input
                type="date"
                value={due}
                min={meetingDate}
                onChange={(_, d) => setDue(d.value)}
              />
            </Field>
          )}
          {problems && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <ProblemList problems={problems} />
              </MessageBarBody>
            </MessageBar>
          )}
          <Button onClick={add} disabled={!actionId}>
            Add review
          </Button>
        </>
      )}
      {reviews.length > 0 && (
        <section aria-label="Reviews to record">
          <Subtitle2 as="h3" className={styles.heading}>
            Reviews to record
          </Subtitle2>
          <ul className={styles.list}>
            {reviews.map((review) => (
              <li key={review.actionId}>
                <Body1>
                  {`${review.actionId}: ${review.progress}${review.carryForward ? ` (carried forward, due ${review.carryForward.due})` : " (reviewed)"}`}
                </Body1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
