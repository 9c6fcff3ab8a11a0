import { todayIso as today } from "../shell/today";
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useReducer, useState } from "react";
import { openMeetingRegister, recordWorkbookMeeting } from "../../features/meeting";
import { allNeeds } from "../../features/workbook";
import { ActionReviews } from "./ActionReviews";
import { FrameworkPicker } from "./FrameworkPicker";
import { MeetingOverride } from "./MeetingOverride";
import { CLOSED, decisionsKept, meetingReducer, registerFor } from "./meeting-phase";
import { ProblemList } from "./ProblemBar";
import { TitledList } from "./TitledList";
import { TaskStatus } from "./TaskStatus";
import { useFrameworkChoice } from "./useFrameworkChoice";
import type { FrameworkFlowProps } from "./flow-props";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export type RiskMeetingFlowProps = FrameworkFlowProps;

/**
 * Risk meeting: open the register for a framework and date, agree levels (an override needs a
 * reason), review last meeting's actions, and record the meeting (appended, never rewritten).
 */
export function RiskMeetingFlow(props: RiskMeetingFlowProps) {
  const { workbook, description, frameworkKey } = props;
  const styles = useStyles();
  const framework = useFrameworkChoice(workbook, description, frameworkKey);
  const [meetingDate, setMeetingDate] = useState(today);
  const [replaceEdited, setReplaceEdited] = useState(false);
  const [phase, dispatch] = useReducer(meetingReducer, CLOSED);
  const openTask = useTask();
  const recordTask = useTask();
  const validDate = ISO_DATE.test(meetingDate);
  const current = registerFor(phase, meetingDate);
  const decisions = phase.kind === "closed" ? [] : phase.decisions;
  const reviews = phase.kind === "closed" ? [] : phase.reviews;

  const open = () =>
    void openTask.run(async ({ signal, onProgress }) => {
      dispatch({ type: "started" });
      await props.recheck(framework.needs);
      const loaded = await framework.load();
      const kept = decisionsKept(phase, loaded.framework.id, meetingDate);
      const result = await openMeetingRegister(workbook, {
        framework: loaded.framework,
        meetingDate,
        replaceEdited,
        signal,
        onProgress,
        ...(kept ? { decisions: [...kept] } : {}),
      });
      dispatch({
        type: "opened",
        register: { ...result, framework: loaded.framework, meetingDate },
      });
      props.onWritten();
    });

  const record = () =>
    void recordTask.run(async ({ signal, onProgress }) => {
      if (!current) return;
      dispatch({ type: "started" });
      onProgress({ done: 0, total: 1, step: "Checking and appending to MeetingHistory" });
      await props.recheck(
        allNeeds(framework.needs, current.noHistory ? {} : { tables: ["MeetingHistory"] })
      );
      const outcome = await recordWorkbookMeeting(workbook, {
        framework: current.framework,
        meetingDate: current.meetingDate,
        decisions: [...decisions],
        reviews: [...reviews],
        opened: current,
        signal,
      });
      if (!outcome.ok) {
        dispatch({ type: "refused", refused: outcome });
        return;
      }
      dispatch({ type: "recorded", recorded: outcome });
      props.onWritten();
    });

  const running = openTask.state.kind === "running" || recordTask.state.kind === "running";
  const names = useMemo(
    () => new Map(current?.register.rows.map((row) => [row.urn, row.name]) ?? []),
    [current]
  );

  return (
    <section className={styles.flow} aria-label="Risk meeting">
      <FrameworkPicker
        options={framework.options}
        value={frameworkKey}
        onChange={(key) => (dispatch({ type: "closed" }), props.onFrameworkChange(key))}
      />
      <Field
        label="Meeting date"
        validationMessage={validDate ? undefined : "Enter the date of the meeting."}
        validationState={validDate ? "none" : "error"}
      >
        <Input
          type="date"
          value={meetingDate}
          onChange={(_, data) => (setMeetingDate(data.value), dispatch({ type: "dateChanged" }))}
        />
      </Field>
      <Switch
        label="Replace register sheets a person has edited"
        checked={replaceEdited}
        onChange={(_, data) => setReplaceEdited(data.checked)}
      />
      <Button appearance="primary" onClick={open} disabled={running || !validDate}>
        Open the register
      </Button>
      <TaskStatus
        task={openTask}
        running="Opening the register"
        failed={{
          title: "The register could not be opened",
          advice: "Correct the cells named above, then open the register again.",
        }}
      />
      {current && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{`Register for ${current.meetingDate}`}</MessageBarTitle>
              <div>
                {`${plural(current.register.rows.length, "school")} under ${current.framework.name}; ${plural(current.open.length, "open action")}.`}
                {current.noHistory &&
                  " The workbook has no MeetingHistory table yet: recording this meeting creates it on a new sheet."}
              </div>
            </MessageBarBody>
          </MessageBar>
          <TitledList title="Sheets written" lines={current.written} />
          {current.kept.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Kept as a person edited them</MessageBarTitle>
                {`${current.kept.join(", ")} changed since TrustTier wrote ${current.kept.length === 1 ? "it" : "them"}, so ${current.kept.length === 1 ? "it was" : "they were"} left alone. Decisions typed into the Register are still read when you record. To replace ${current.kept.length === 1 ? "it" : "them"}, turn on "Replace register sheets a person has edited" and open the register again.`}
              </MessageBarBody>
            </MessageBar>
          )}
          <MeetingOverride
            register={current.register}
            decisions={decisions}
            onAdd={(decision) => dispatch({ type: "decided", decision })}
          />
          <ActionReviews
            open={current.open}
            actions={current.actions}
            names={names}
            meetingDate={current.meetingDate}
            reviews={reviews}
            onChange={(next) => dispatch({ type: "reviewed", reviews: next })}
          />
          <Body1>
            Recording appends one row per school to MeetingHistory (and the reviews to Actions).
            Decisions typed into the Register sheet are read too; a decision made here replaces the
            one typed for that school.
          </Body1>
          <Button appearance="primary" onClick={record} disabled={running}>
            Record meeting
          </Button>
        </>
      )}
      <TaskStatus
        task={recordTask}
        running="Recording the meeting"
        cancelled="Cancelled. Nothing was recorded."
        failed={{
          title: "The meeting could not be recorded",
          advice: "Nothing was recorded. Correct what is named above, then record again.",
        }}
      />
      {phase.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nothing was recorded</MessageBarTitle>
            <ProblemList problems={phase.refused.problems} />
            {phase.refused.reopen
              ? "Your decisions and reviews are kept when you reopen it."
              : "Correct each of these (in the Register sheet, the tables named or here), then record again."}
          </MessageBarBody>
          {phase.refused.reopen && (
            <MessageBarActions>
              <Button onClick={open} disabled={running}>
                Reopen the register
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {phase.kind === "recorded" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Meeting recorded</MessageBarTitle>
            <div>
              {`${plural(phase.recorded.appended.length, "row")} appended to MeetingHistory (${phase.recorded.added} new, ${phase.recorded.corrected} corrected, ${phase.recorded.unchanged} unchanged) and ${plural(phase.recorded.actionRows.length, "row")} to Actions. Earlier rows are never changed.`}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
