import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookPort } from "../port";
import { PaneHeader } from "./components/PaneHeader";
import { Flows } from "./flows/Flows";
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
  return (
    <>
      <PaneHeader hostLabel={host.label} />
      <main className={styles.main}>
        <Flows workbook={workbook} />
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
