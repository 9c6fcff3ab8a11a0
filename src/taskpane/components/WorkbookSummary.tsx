import { Body1, Card, CardHeader, Subtitle2, makeStyles } from "@fluentui/react-components";
import type { WorkbookDescription } from "../../port";

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "3 sheets · 2 tables": sheets a person can see or unhide (not TrustTier's settings sheet). */
export function describeContents(description: WorkbookDescription): string {
  const sheets = description.sheets.filter((sheet) => sheet.visibility !== "veryHidden");
  return `${countOf(sheets.length, "sheet")} · ${countOf(description.tables.length, "table")}`;
}

const useStyles = makeStyles({ line: { margin: 0 } });

export function WorkbookSummary({ description }: { description: WorkbookDescription }) {
  const styles = useStyles();
  return (
    <Card aria-label="Attached workbook">
      <CardHeader
        header={
          <Subtitle2 as="h2" className={styles.line}>
            Attached workbook
          </Subtitle2>
        }
      />
      <Body1 as="p" className={styles.line} data-testid="workbook-name">
        {description.name}
      </Body1>
      <Body1 as="p" className={styles.line} data-testid="workbook-contents">
        {describeContents(description)}
      </Body1>
    </Card>
  );
}
