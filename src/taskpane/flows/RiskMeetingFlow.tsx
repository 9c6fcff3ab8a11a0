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
import { useMemo, useState } from "react";
import type { Framework } from "../../core/frameworks/types";
import { frameworkOptions, loadFramework } from "../../features/connect";
import {
  recordWorkbookMeeting,
  type ActionReviewRequest,
  type WorkbookMeetingOutcome,
} from "../../features/meeting";
import { allNeeds, frameworkNeeds, type NameNeeds } from "../../features/workbook";
import {
  openMeetingRegister,
  withDecision,
  type OpenedRegister,
  type PaneDecision,
} from "../../features/meeting";
import type { WorkbookDescription, WorkbookPort } from "../../port";
import { ActionReviews } from "./ActionReviews";
import { FrameworkPicker } from "./FrameworkPicker";
import { MeetingOverride } from "./MeetingOverride";
import { ProblemBar } from "./ProblemBar";
import { SheetList } from "./SheetList";
import { TaskProgress } from "./TaskProgress";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export interface RiskMeetingFlowProps {
  workbook: WorkbookPort;
  recheck: (needs?: NameNeeds) => Promise<WorkbookDescription>;
  description: WorkbookDescription;
  frameworkKey: string;
  onFrameworkChange: (key: string) => void;
  onWritten: () => void;
}

type Opened = OpenedRegister & { framework: Framework; meetingDate: string };
type Failed = Extract<WorkbookMeetingOutcome, { ok: false }>;
type Recorded = Extract<WorkbookMeetingOutcome, { ok: true }>;

/**
 * Risk meeting: open the register for a framework and date, agree levels (an override needs a
 * reason), review last meeting's actions, and record the meeting (appended, never rewritten).
 */
export function RiskMeetingFlow(props: RiskMeetingFlowProps) {
  const { workbook, description, frameworkKey } = props;
  const styles = useStyles();
  const frameworks = useMemo(() => frameworkOptions(description), [description]);
  const [meetingDate, setMeetingDate] = useState(today);
  const [replaceEdited, setReplaceEdited] = useState(false);
  const [opened, setOpened] = useState<Opened>();
  const [decisions, setDecisions] = useState<PaneDecision[]>([]);
  const [reviews, setReviews] = useState<ActionReviewRequest[]>([]);
  const [recorded, setRecorded] = useState<Recorded>();
  const [refused, setRefused] = useState<Failed>();
  const openTask = useTask();
  const recordTask = useTask();
  const validDate = ISO_DATE.test(meetingDate);
  const current = opened && opened.meetingDate === meetingDate ? opened : undefined;

  const forget = () => {
    setOpened(undefined);
    setDecisions([]);
    setReviews([]);
    setRecorded(undefined);
    setRefused(undefined);
  };

  const open = () =>
    void openTask.run(async ({ signal, onProgress }) => {
      setRecorded(undefined);
      setRefused(undefined);
      const option = frameworks.find((item) => item.key === frameworkKey);
      if (!option) throw new Error("Choose a framework first.");
      await props.recheck(frameworkNeeds(option.choice));
      const loaded = await loadFramework(workbook, option.choice);
      if (!loaded.ok) throw new Error(loaded.message);
      const keep =
        opened?.framework.id === loaded.framework.id && opened.meetingDate === meetingDate;
      const result = await openMeetingRegister(workbook, {
        framework: loaded.framework,
        meetingDate,
        replaceEdited,
        signal,
        onProgress,
        ...(keep ? { decisions } : {}),
      });
      if (!keep) {
        setDecisions([]);
        setReviews([]);
      }
      setOpened({ ...result, framework: loaded.framework, meetingDate });
      props.onWritten();
    });

  const record = () =>
    void recordTask.run(async ({ signal, onProgress }) => {
      if (!current) return;
      setRecorded(undefined);
      setRefused(undefined);
      onProgress({ done: 0, total: 1, step: "Checking and appending to MeetingHistory" });
      const option = frameworks.find((item) => item.key === frameworkKey);
      await props.recheck(
        allNeeds(
          option ? frameworkNeeds(option.choice) : {},
          current.noHistory ? {} : { tables: ["MeetingHistory"] }
        )
      );
      const outcome = await recordWorkbookMeeting(workbook, {
        framework: current.framework,
        meetingDate: current.meetingDate,
        decisions,
        reviews,
        opened: current,
        signal,
      });
      if (!outcome.ok) {
        setRefused(outcome);
        return;
      }
      setRecorded(outcome);
      setDecisions([]);
      setReviews([]);
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
        options={frameworks}
        value={frameworkKey}
        onChange={(key) => (forget(), props.onFrameworkChange(key))}
      />
      <Field
        label="Meeting date"
        validationMessage={validDate ? undefined : "Enter the date of the meeting."}
        validationState={validDate ? "none" : "error"}
      >
        <Input
          type="date"
          value={meetingDate}
          onChange={(_, data) => (setMeetingDate(data.value), setRecorded(undefined))}
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
      {openTask.state.kind === "running" && (
        <TaskProgress
          label="Opening the register"
          progress={openTask.state.progress}
          onCancel={openTask.cancel}
        />
      )}
      {openTask.state.kind === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>Cancelled. The workbook holds what it held before.</MessageBarBody>
        </MessageBar>
      )}
      {openTask.state.kind === "failed" && (
        <ProblemBar
          title="The register could not be opened"
          error={openTask.state.error}
          advice="Correct the cells named above, then open the register again."
        />
      )}
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
          <SheetList title="Sheets written" sheets={current.written} />
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
            onAdd={(decision) => setDecisions((list) => withDecision(list, decision))}
          />
          <ActionReviews
            open={current.open}
            actions={current.actions}
            names={names}
            meetingDate={current.meetingDate}
            reviews={reviews}
            onChange={setReviews}
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
      {recordTask.state.kind === "running" && (
        <TaskProgress
          label="Recording the meeting"
          progress={recordTask.state.progress}
          onCancel={recordTask.cancel}
        />
      )}
      {recordTask.state.kind === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>Cancelled. Nothing was recorded.</MessageBarBody>
        </MessageBar>
      )}
      {recordTask.state.kind === "failed" && (
        <ProblemBar
          title="The meeting could not be recorded"
          error={recordTask.state.error}
          advice="Nothing was recorded. Correct what is named above, then record again."
        />
      )}
      {refused && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nothing was recorded</MessageBarTitle>
            <ul className={styles.list}>
              {refused.messages.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
            {refused.reopen
              ? "Your decisions and reviews are kept when you reopen it."
              : "Correct each of these (in the Register sheet, the tables named or here), then record again."}
          </MessageBarBody>
          {refused.reopen && (
            <MessageBarActions>
              <Button onClick={open} disabled={running}>
                Reopen the register
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {recorded && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Meeting recorded</MessageBarTitle>
            <div>
              {`${plural(recorded.appended.length, "row")} appended to MeetingHistory (${recorded.added} new, ${recorded.corrected} corrected, ${recorded.unchanged} unchanged) and ${plural(recorded.actionRows.length, "row")} to Actions. Earlier rows are never changed.`}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
