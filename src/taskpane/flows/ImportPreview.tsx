import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ImportPlan } from "../../core/published";
import { filePreview, tableChanges } from "../../features/import";
import { TitledList } from "./TitledList";

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

const SCHOOLS_SHOWN = 40;

/** What the chosen files hold and what the import would change, before anything is written. */
export function ImportPreview({
  plan,
  existingTables,
}: {
  plan: ImportPlan;
  existingTables: readonly string[];
}) {
  const styles = useStyles();
  const changes = tableChanges(plan, existingTables);
  const schools = plan.trustSchools;
  return (
    <section className={styles.preview} aria-label="What the files hold">
      <Subtitle2 as="h3" className={styles.heading}>
        What the files hold
      </Subtitle2>
      <Accordion multiple collapsible>
        <AccordionItem value="schools">
          <AccordionHeader as="h4">{`The trust's schools (${schools.length})`}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {schools.slice(0, SCHOOLS_SHOWN).map((school) => (
                <li key={school.urn}>
                  <Body1>{`${school.name} (${school.urn})`}</Body1>
                </li>
              ))}
              {schools.length > SCHOOLS_SHOWN && (
                <li>
                  <Body1>{`…and ${schools.length - SCHOOLS_SHOWN} more`}</Body1>
                </li>
              )}
            </ul>
          </AccordionPanel>
        </AccordionItem>
        {plan.reports.map((report, index) => {
          const file = filePreview(report, plan.needsYear.includes(report.file));
          return (
            <AccordionItem key={`${index}-${file.file}`} value={`file-${index}`}>
              <AccordionHeader as="h4">{`${file.file}: ${file.title}`}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {file.details.length === 0 && (
                    <li>
                      <Body1>Nothing more to report.</Body1>
                    </li>
                  )}
                  {file.details.map((line, at) => (
                    <li key={at}>
                      <Body1>{line}</Body1>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <TitledList title="Changes to the tables" lines={changes} />
    </section>
  );
}
