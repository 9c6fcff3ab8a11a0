/**
 * The one place the pane uses @microsoft/office-js-helpers: which Office application and
 * platform it runs in. The helpers' bundle stays in the pane (the functions never import it).
 */
import { HostType, PlatformType, Utilities } from "@microsoft/office-js-helpers";

export interface HostDescription {
  /** True when the pane runs inside Excel (any platform). */
  readonly isExcel: boolean;
  /** For people: "Excel on Windows", "Excel on the web"... */
  readonly label: string;
}

const PLATFORM_LABELS: Readonly<Record<string, string>> = {
  [PlatformType.PC]: "Excel on Windows",
  [PlatformType.MAC]: "Excel on Mac",
  [PlatformType.OFFICE_ONLINE]: "Excel on the web",
  [PlatformType.IOS]: "Excel on iPad",
};

/** Call after Office is ready: the helpers read `Office.context`. */
export function describeHost(): HostDescription {
  if (Utilities.host !== HostType.EXCEL) {
    return { isExcel: false, label: "a web browser, outside Excel" };
  }
  return { isExcel: true, label: PLATFORM_LABELS[Utilities.platform] ?? "Excel" };
}
