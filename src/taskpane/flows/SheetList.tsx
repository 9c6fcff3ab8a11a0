import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: 0 },
});

/**
 * Sheet names under a heading. The workbook port offers no way to activate a sheet, so the
 * names are listed for the person to open from Excel's sheet tabs.
 */
export function SheetList({ title, sheets }: { title: string; sheets: readonly string[] }) {
  const styles = useStyles();
  if (sheets.length === 0) return null;
  return (
    <section aria-label={title}>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      <ul className={styles.list}>
        {sheets.map((sheet) => (
          <li key={sheet}>
            <Body1>{sheet}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
