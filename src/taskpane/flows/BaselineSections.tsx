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
import type { BaselineSection } from "../../features/baseline";
import { TitledList } from "./TitledList";

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** What the Baseline sheet will show, a section per sheet section, before anything is written. */
export function BaselineSections({
  sections,
  changes,
}: {
  sections: readonly BaselineSection[];
  changes: readonly string[];
}) {
  const styles = useStyles();
  return (
    <section className={styles.preview} aria-label="What the Baseline sheet will show">
      <Subtitle2 as="h3" className={styles.heading}>
        What the Baseline sheet will show
      </Subtitle2>
      <Accordion multiple collapsible defaultOpenItems={["0", "1"]}>
        {sections.map((section, index) => (
          <AccordionItem key={section.title} value={String(index)}>
            <AccordionHeader as="h4">{section.title}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {section.lines.map((line, at) => (
                  <li key={at}>
                    <Body1>{line}</Body1>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <TitledList title="Changes to the tables" lines={changes} />
    </section>
  );
}
