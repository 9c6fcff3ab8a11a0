import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { DEFAULT_FRAMEWORK_ID } from "../../core/frameworks/builtin";
import { recalculationNote, type WorkbookPicture } from "../../features/workbook";
import { type NameNeeds } from "../../features/workbook";
import { CardsFlow } from "./CardsFlow";
import { ClassifyFlow } from "./ClassifyFlow";
import { ConnectFlow } from "./ConnectFlow";
import type { FlowProps, FrameworkFlowProps } from "./flow-props";
import { FrameworksFlow } from "./FrameworksFlow";
import { ImportFlow, NewSchoolFlow, OnDemand, RiskMeetingFlow, SetTargetsFlow } from "./OnDemand";
import { PlansFlow } from "./PlansFlow";
import { WorkbookSummary } from "../components/WorkbookSummary";
import { ProblemBar } from "./ProblemBar";
import { usePictureState } from "./usePicture";

/** The tabs, in order, by the name of the flow each opens. */
const TABS = {
  connect: "Connect",
  import: "Import data",
  classify: "Classify",
  cards: "Academy cards",
  plans: "Action plans",
  meeting: "Risk meeting",
  targets: "Set targets",
  newSchool: "New school",
  frameworks: "Frameworks",
} as const;

type FlowName = keyof typeof TABS;

const useStyles = makeStyles({
  flows: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  tabs: { flexWrap: "wrap" },
});

/**
 * Navigation between the built flows (Import data fills the tables the others read); the chosen
 * framework is shared by Connect, Classify, Cards, Risk meeting and New school. Every flow reads
 * the one workbook picture and writes through its port (so the events of TrustTier's own writes
 * are told apart), and re-checks names before acting. Import data, Risk meeting, Set targets and
 * New school load on demand (OnDemand.tsx).
 */
export function Flows({ picture }: { picture: WorkbookPicture }) {
  const styles = useStyles();
  const [flow, setFlow] = useState<FlowName>("connect");
  const [frameworkKey, setFrameworkKey] = useState(`builtin:${DEFAULT_FRAMEWORK_ID}`);
  const state = usePictureState(picture);
  const { description, error, loading } = state;
  const recalculate = recalculationNote(state);
  const workbook = picture.port;
  const changed = useCallback(() => picture.changed(), [picture]);
  const recheck = useCallback((needs?: NameNeeds) => picture.beforeAction(needs), [picture]);
  if (!description) {
    if (error !== undefined) {
      return (
        <>
          <ProblemBar
            title="The workbook could not be read"
            error={error}
            advice="Close any dialog in Excel, then try again."
          />
          <Button onClick={() => void picture.refresh().catch(() => undefined)}>Try again</Button>
        </>
      );
    }
    if (loading) return <Spinner size="small" label="Reading the workbook…" />;
    // Not read yet: the pane reads when shown; this is for a client that never says so.
    return (
      <Button appearance="primary" onClick={() => void picture.refresh().catch(() => undefined)}>
        Read the workbook
      </Button>
    );
  }
  const flowProps: FlowProps = { workbook, recheck, description, onWritten: changed };
  const frameworkFlow: FrameworkFlowProps = {
    ...flowProps,
    frameworkKey,
    onFrameworkChange: setFrameworkKey,
  };
  return (
    <div className={styles.flows}>
      <WorkbookSummary description={description} />
      {error !== undefined && (
        <ProblemBar
          title="The workbook could not be read again"
          error={error}
          advice="What is shown may be out of date. Close any dialog in Excel; TrustTier reads it again before every action."
        />
      )}
      {recalculate && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Calculation is set to Manual</MessageBarTitle>
            {recalculate}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        aria-label="TrustTier tasks"
        selectedValue={flow}
        onTabSelect={(_, data) => setFlow(data.value as FlowName)}
      >
        {Object.entries(TABS).map(([value, label]) => (
          <Tab key={value} value={value}>
            {label}
          </Tab>
        ))}
      </TabList>
      {flow === "connect" && <ConnectFlow {...frameworkFlow} onSaved={changed} />}
      {flow === "import" && (
        <OnDemand key={flow} tab={TABS[flow]}>
          <ImportFlow {...flowProps} />
        </OnDemand>
      )}
      {flow === "classify" && <ClassifyFlow {...frameworkFlow} />}
      {flow === "cards" && <CardsFlow {...frameworkFlow} />}
      {flow === "plans" && <PlansFlow {...flowProps} />}
      {flow === "meeting" && (
        <OnDemand key={flow} tab={TABS[flow]}>
          <RiskMeetingFlow {...frameworkFlow} />
        </OnDemand>
      )}
      {flow === "targets" && (
        <OnDemand key={flow} tab={TABS[flow]}>
          <SetTargetsFlow {...flowProps} />
        </OnDemand>
      )}
      {flow === "newSchool" && (
        <OnDemand key={flow} tab={TABS[flow]}>
          <NewSchoolFlow {...frameworkFlow} />
        </OnDemand>
      )}
      {flow === "frameworks" && (
        <FrameworksFlow {...flowProps} frameworkKey={frameworkKey} onUse={setFrameworkKey} />
      )}
    </div>
  );
}
