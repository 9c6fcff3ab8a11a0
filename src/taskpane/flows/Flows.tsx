import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookPort } from "../../port";
import { CardsFlow } from "./CardsFlow";
import { ClassifyFlow } from "./ClassifyFlow";
import { ConnectFlow } from "./ConnectFlow";
import { FrameworksFlow } from "./FrameworksFlow";
import { ImportFlow } from "./ImportFlow";
import { PlansFlow } from "./PlansFlow";
import { RiskMeetingFlow } from "./RiskMeetingFlow";
import { WorkbookSummary } from "../components/WorkbookSummary";
import { ProblemBar } from "./ProblemBar";
import { useDescription } from "./useDescription";

type FlowName = "import" | "connect" | "classify" | "cards" | "plans" | "meeting" | "frameworks";

const useStyles = makeStyles({
  flows: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  tabs: { flexWrap: "wrap" },
});

/** Navigation between the built flows (Import data fills the tables the others read); the chosen framework is shared by Connect, Classify, Cards and Risk meeting. */
export function Flows({ workbook }: { workbook: WorkbookPort }) {
  const styles = useStyles();
  const [flow, setFlow] = useState<FlowName>("connect");
  const [revision, setRevision] = useState(0);
  const [frameworkKey, setFrameworkKey] = useState("builtin:tiers");
  const { description, error } = useDescription(workbook, revision);
  const changed = () => setRevision((value) => value + 1);
  if (error !== undefined) {
    return (
      <ProblemBar
        title="The workbook could not be read"
        error={error}
        advice="Close any dialog in Excel and reopen TrustTier."
      />
    );
  }
  if (!description) return <Spinner size="small" label="Reading the workbook…" />;
  return (
    <div className={styles.flows}>
      <WorkbookSummary description={description} />
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
        <Tab value="frameworks">Frameworks</Tab>
      </TabList>
      {flow === "import" && (
        <ImportFlow workbook={workbook} description={description} onWritten={changed} />
      )}
      {flow === "connect" && (
        <ConnectFlow
          workbook={workbook}
          description={description}
          frameworkKey={frameworkKey}
          onFrameworkChange={setFrameworkKey}
          onSaved={changed}
        />
      )}
      {flow === "classify" && (
        <ClassifyFlow
          workbook={workbook}
          description={description}
          frameworkKey={frameworkKey}
          onFrameworkChange={setFrameworkKey}
          onWritten={changed}
        />
      )}
      {flow === "cards" && (
        <CardsFlow
          workbook={workbook}
          description={description}
          frameworkKey={frameworkKey}
          onFrameworkChange={setFrameworkKey}
          onWritten={changed}
        />
      )}
      {flow === "plans" && (
        <PlansFlow workbook={workbook} description={description} onWritten={changed} />
      )}
      {flow === "meeting" && (
        <RiskMeetingFlow
          workbook={workbook}
          description={description}
          frameworkKey={frameworkKey}
          onFrameworkChange={setFrameworkKey}
          onWritten={changed}
        />
      )}
      {flow === "frameworks" && (
        <FrameworksFlow
          workbook={workbook}
          description={description}
          frameworkKey={frameworkKey}
          onUse={setFrameworkKey}
          onWritten={changed}
        />
      )}
    </div>
  );
}
