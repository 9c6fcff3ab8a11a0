import { Spinner } from "@fluentui/react-components";
import { Component, Suspense, lazy, type ReactNode } from "react";
import { ProblemBar } from "./ProblemBar";

/*
 * The less-used tabs, each in a chunk of its own that the pane fetches from beside
 * taskpane.html, its one page (publicPath "" in webpack.config.js), the first time the tab is
 * opened, so the first screen loads less (`npm run bench`).
 */
export const ImportFlow = lazy(() =>
  import(/* webpackChunkName: "import" */ "./ImportFlow").then((m) => ({ default: m.ImportFlow }))
);
export const RiskMeetingFlow = lazy(() =>
  import(/* webpackChunkName: "risk-meeting" */ "./RiskMeetingFlow").then((m) => ({
    default: m.RiskMeetingFlow,
  }))
);
export const SetTargetsFlow = lazy(() =>
  import(/* webpackChunkName: "set-targets" */ "./SetTargetsFlow").then((m) => ({
    default: m.SetTargetsFlow,
  }))
);
export const NewSchoolFlow = lazy(() =>
  import(/* webpackChunkName: "new-school" */ "./NewSchoolFlow").then((m) => ({
    default: m.NewSchoolFlow,
  }))
);

/** A tab's chunk that could not be fetched is named, not a blank pane. */
class LoadProblem extends Component<{ tab: string; children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <ProblemBar
        title={`The ${this.props.tab} tab could not be opened`}
        error={this.state.error}
        advice="Close the task pane and open it again; if this persists, the add-in's files are not all being served."
      />
    );
  }
}

/** A tab loaded on demand: a spinner, named for screen readers, while its chunk arrives. */
export function OnDemand({ tab, children }: { tab: string; children: ReactNode }) {
  return (
    <LoadProblem tab={tab}>
      <Suspense fallback={<Spinner size="small" label={`Opening ${tab}…`} />}>{children}</Suspense>
    </LoadProblem>
  );
}
