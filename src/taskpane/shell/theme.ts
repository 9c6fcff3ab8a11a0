import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { luminance } from "../../core/layout/colour";

export type PaneThemeName = "light" | "dark" | "highContrast";

export interface ThemeSignals {
  /** `Office.context.officeTheme.bodyBackgroundColor`, e.g. "#262626"; absent outside Office. */
  readonly officeBackground?: string;
  /** The system's high-contrast mode (`forced-colors: active`). */
  readonly forcedColors: boolean;
  /** `prefers-color-scheme: dark`, used only when Office gives no theme. */
  readonly prefersDark: boolean;
}

const THEMES: Readonly<Record<PaneThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  // Fluent's high-contrast theme is opt-in: select it when Windows is in a contrast theme.
  highContrast: teamsHighContrastTheme,
};

/** Follows Office's theme: dark or black Office themes give the dark pane. */
export function pickThemeName(signals: ThemeSignals): PaneThemeName {
  if (signals.forcedColors) return "highContrast";
  const officeLuminance =
    signals.officeBackground === undefined ? undefined : luminance(signals.officeBackground);
  if (officeLuminance !== undefined) return officeLuminance < 0.2 ? "dark" : "light";
  return signals.prefersDark ? "dark" : "light";
}

export function fluentTheme(name: PaneThemeName): Theme {
  return THEMES[name];
}
