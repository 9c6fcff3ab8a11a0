import { makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookEventSource, WorkbookPicture } from "../features/workbook";
import { PaneHeader } from "./components/PaneHeader";
import { Flows } from "./flows/Flows";
import { usePictureEvents } from "./flows/usePicture";
import type { HostDescription } from "./shell/host";

export interface AppProps {
  /** The workbook, read lazily and kept fresh (src/features/workbook/workbook-picture.ts). */
  readonly picture: WorkbookPicture;
  /** Office's events (shell/workbook-events.ts); absent outside Excel. */
  readonly events?: WorkbookEventSource;
  /** Whether the pane is on screen now (a functions-only runtime's page is not). */
  readonly visibleNow: () => boolean;
  readonly host: HostDescription;
}

const useStyles = makeStyles({
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export function App({ picture, events, visibleNow, host }: AppProps) {
  const styles = useStyles();
  usePictureEvents(picture, events, visibleNow);
  return (
    <>
      <PaneHeader hostLabel={host.label} />
      <main className={styles.main}>
        <Flows picture={picture} />
      </main>
    </>
  );
}
