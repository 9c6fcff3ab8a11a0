import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";

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

/** Relative luminance (0 black … 1 white) of "#rgb" / "#rrggbb"; undefined if unreadable. */
export function luminance(colour: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

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
