import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../port";
import { PaneHeader } from "./components/PaneHeader";
import { WorkbookSummary } from "./components/WorkbookSummary";
import { Flows } from "./flows/Flows";
import { useWorkbookDescription } from "./components/useWorkbookDescription";
import type { HostDescription } from "./shell/host";
import type { OptionalCapabilities } from "./shell/requirements";

export interface AppProps {
  readonly workbook: WorkbookPort;
  readonly host: HostDescription;
  readonly capabilities: OptionalCapabilities;
}

const useStyles = makeStyles({
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export function App({ workbook, host, capabilities }: AppProps) {
  const styles = useStyles();
  const state = useWorkbookDescription(workbook);
  return (
    <>
      <PaneHeader hostLabel={host.label} />
      <main className={styles.main}>
        {state.kind === "loading" && <Spinner size="small" label="Reading the workbook…" />}
        {state.kind === "ready" && <WorkbookSummary description={state.description} />}
        {state.kind === "ready" && <Flows workbook={workbook} />}
        {state.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The workbook could not be read</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {!capabilities.printSettings && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              This version of Excel cannot set print layouts (ExcelApi 1.9), so generated cards and
              plans print with Excel&apos;s default page settings.
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    </>
  );
}
