import { FluentProvider, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { fluentTheme, type PaneThemeName } from "./shell/theme";

const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  frame: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

/**
 * The Fluent theme around everything the pane shows, including startup problems. The layout
 * is on an inner element: Fluent gives portal mount nodes (drop-down lists, which stay
 * mounted) the provider's classes, and a full-height frame there covered the whole pane.
 */
export function Frame({ theme, children }: { theme: PaneThemeName; children: ReactNode }) {
  usePageStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme}>
      <div className={styles.frame}>{children}</div>
    </FluentProvider>
  );
}
