import type { NameNeeds } from "../../features/workbook";
import type { WorkbookDescription, WorkbookPort } from "../../port";

/** What Flows gives every flow that writes to the workbook. */
export interface FlowProps {
  workbook: WorkbookPort;
  /** Reads the workbook again and checks these names are still there (see Flows). */
  recheck: (needs?: NameNeeds) => Promise<WorkbookDescription>;
  description: WorkbookDescription;
  onWritten: () => void;
}

/** A flow that works with the framework the flows share. */
export interface FrameworkFlowProps extends FlowProps {
  frameworkKey: string;
  onFrameworkChange: (key: string) => void;
}
