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
import { FrameworksFlow } from "./FrameworksFlow";
import { ImportFlow, NewSchoolFlow, OnDemand, RiskMeetingFlow, SetTargetsFlow } from "./OnDemand";
import { PlansFlow } from "./PlansFlow";
import { WorkbookSummary } from "../components/WorkbookSummary";
import { ProblemBar } from "./ProblemBar";
import { usePictureState } from "./usePicture";

type FlowName =
  | "import"
  | "connect"
  | "classify"
  | "cards"
  | "plans"
  | "meeting"
  | "targets"
  | "newSchool"
  | "frameworks";

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
        <Tab value="connect">Connect</Tab>
        <Tab value="import">Import data</Tab>
        <Tab value="classify">Classify</Tab>
        <Tab value="cards">Academy cards</Tab>
        <Tab value="plans">Action plans</Tab>
        <Tab value="meeting">Risk meeting</Tab>
        <Tab value="targets">Set targets</Tab>
        <Tab value="newSchool">New school</Tab>
        <Tab value="frameworks">Frameworks</Tab>
      </TabList>
      {flow === "import" && (
        <OnDemand key={flow} tab="Import data">
          <ImportFlow workbook={workbook} description={description} onWritten={changed} />
        </OnDemand>
      )}
      {flow === "connect" && (
        <ConnectFlow
          workbook={workbook}
          recheck={recheck}
          description={description}
          frameworkKey={frameworkKey}
          onFrameworkChange={setFrameworkKey}
          onSaved={changed}
        />
      )}
      {flow === "classify" && (
        <ClassifyFlow
          workbook={workbook}
          recheck={recheck}
          description={description}
          frameworkKey={frameworkKey}
          onFrameworkChange={setFrameworkKey}
          onWritten={changed}
        />
      )}
      {flow === "cards" && (
        <CardsFlow
          workbook={workbook}
          recheck={recheck}
          description={description}
          frameworkKey={frameworkKey}
          onFrameworkChange={setFrameworkKey}
          onWritten={changed}
        />
      )}
      {flow === "plans" && (
        <PlansFlow
          workbook={workbook}
          recheck={recheck}
          description={description}
          onWritten={changed}
        />
      )}
      {flow === "meeting" && (
        <OnDemand key={flow} tab="Risk meeting">
          <RiskMeetingFlow
            workbook={workbook}
            recheck={recheck}
            description={description}
            frameworkKey={frameworkKey}
            onFrameworkChange={setFrameworkKey}
            onWritten={changed}
          />
        </OnDemand>
      )}
      {flow === "targets" && (
        <OnDemand key={flow} tab="Set targets">
          <SetTargetsFlow workbook={workbook} recheck={recheck} onWritten={changed} />
        </OnDemand>
      )}
      {flow === "newSchool" && (
        <OnDemand key={flow} tab="New school">
          <NewSchoolFlow
            workbook={workbook}
            recheck={recheck}
            description={description}
            frameworkKey={frameworkKey}
            onFrameworkChange={setFrameworkKey}
            onWritten={changed}
          />
        </OnDemand>
      )}
      {flow === "frameworks" && (
        <FrameworksFlow
          workbook={workbook}
          recheck={recheck}
          description={description}
          frameworkKey={frameworkKey}
          onUse={setFrameworkKey}
          onWritten={changed}
        />
      )}
    </div>
  );
}
