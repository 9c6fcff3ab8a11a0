import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  heading: { margin: 0 },
});

/**
 * Lines under a heading, in a region named by it; nothing when there are none. Sheet names are
 * listed this way for the person to open from Excel's sheet tabs (the workbook port offers no
 * way to activate a sheet), and the changes a write would make to the tables.
 */
export function TitledList({ title, lines }: { title: string; lines: readonly string[] }) {
  const styles = useStyles();
  if (lines.length === 0) return null;
  return (
    <section aria-label={title}>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      <ul className={styles.list}>
        {lines.map((line) => (
          <li key={line}>
            <Body1>{line}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
