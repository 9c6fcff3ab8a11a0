/**
 * The task pane's bootstrap, run by taskpane.html after the functions bundle has registered
 * TRUST.*: wait for Office (with a time limit), follow its theme, connect the workbook, render.
 */
import { Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { PaneHeader } from "./components/PaneHeader";
import { StartupProblem } from "./components/StartupProblem";
import { Frame } from "./Frame";
import { WorkbookPicture } from "../features/workbook";
import { describeHost } from "./shell/host";
import { OfficeUnavailableError, waitForOffice } from "./shell/office-ready";
import { injectedTestWorkbook } from "./shell/test-seam";
import { pickThemeName, type PaneThemeName } from "./shell/theme";
import { officeWorkbookEvents } from "./shell/workbook-events";
import { connectWorkbook } from "./shell/workbook-source";

const NOT_IN_EXCEL =
  "TrustTier runs inside Excel. Open your trust's workbook in Excel (desktop or on the web) " +
  "and select Home > Open TrustTier.";

const pageVisible = () => document.visibilityState !== "hidden";

function currentThemeName(): PaneThemeName {
  const office = typeof Office === "undefined" ? undefined : Office;
  return pickThemeName({
    officeBackground: office?.context?.officeTheme?.bodyBackgroundColor,
    forcedColors: window.matchMedia("(forced-colors: active)").matches,
    prefersDark: window.matchMedia("(prefers-color-scheme: dark)").matches,
  });
}

async function start(render: (theme: PaneThemeName, content: ReactNode) => void) {
  render(currentThemeName(), <Spinner label="Starting TrustTier…" />);
  try {
    await waitForOffice(typeof Office === "undefined" ? undefined : Office);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof OfficeUnavailableError)) console.error(error);
    render(
      currentThemeName(),
      <>
        <PaneHeader />
        <StartupProblem message={message} />
      </>
    );
    return;
  }

  const host = describeHost();
  const workbook = connectWorkbook(host);
  const theme = currentThemeName();
  if (!workbook) {
    render(
      theme,
      <>
        <PaneHeader />
        <StartupProblem message={NOT_IN_EXCEL} />
      </>
    );
    return;
  }
  // Nothing is read here: the picture reads the workbook when the pane is shown (or on the
  // first action), so a runtime Excel starts only to compute TRUST.* functions reads nothing.
  const picture = new WorkbookPicture(workbook);
  const excel = typeof Excel === "undefined" || injectedTestWorkbook() ? undefined : Excel;
  const events = officeWorkbookEvents(Office, excel, document);
  const renderApp = (name: PaneThemeName) =>
    render(name, <App picture={picture} events={events} visibleNow={pageVisible} host={host} />);
  renderApp(theme);
  // Windows contrast themes can change while the pane is open; Office's own theme is read on
  // open (Excel raises no theme-changed event for add-ins).
  window
    .matchMedia("(forced-colors: active)")
    .addEventListener("change", () => renderApp(currentThemeName()));
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void start((theme, content) => root.render(<Frame theme={theme}>{content}</Frame>));
}
