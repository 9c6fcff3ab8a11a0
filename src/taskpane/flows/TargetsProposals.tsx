import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Body1Strong,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { describeProposal, type TargetsReview } from "../../features/targets";

const useStyles = makeStyles({
  proposals: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  line: { display: "flex", flexDirection: "column" },
  badge: { marginLeft: tokens.spacingHorizontalS },
});

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The year's proposed targets by academy, and the rows kept as they are, before any write. */
export function TargetsProposals({ review }: { review: TargetsReview }) {
  const styles = useStyles();
  return (
    <section className={styles.proposals} aria-label="Proposed targets">
      <Subtitle2 as="h3" className={styles.heading}>
        {`Proposed targets for ${review.year}`}
      </Subtitle2>
      <Accordion multiple collapsible>
        {review.academies.map((academy) => (
          <AccordionItem key={academy.urn} value={String(academy.urn)}>
            <AccordionHeader as="h4">
              {`${academy.name} (${academy.urn}): ${count(academy.proposals.length, "proposal")}${
                academy.kept.length > 0 ? `, ${academy.kept.length} kept` : ""
              }`}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {academy.kept.map((kept) => (
                  <li key={`kept-${kept.measure}`} className={styles.line}>
                    <Body1Strong>
                      {`${kept.label}: ${kept.target ?? "blank"}`}
                      <Badge className={styles.badge} appearance="outline" color="informative">
                        kept
                      </Badge>
                    </Body1Strong>
                    <Caption1>{`${kept.why}: kept as it is`}</Caption1>
                  </li>
                ))}
                {academy.proposals.map((line) => {
                  const { headline, details } = describeProposal(line);
                  return (
                    <li key={line.measure} className={styles.line}>
                      <Body1Strong>
                        {headline}
                        {line.provisional && (
                          <Badge className={styles.badge} appearance="outline" color="warning">
                            provisional
                          </Badge>
                        )}
                      </Body1Strong>
                      <Caption1>{details.join(" · ")}</Caption1>
                      <Caption1>{line.howSet}</Caption1>
                    </li>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {review.skipped.length > 0 && (
        <section aria-label="No target proposed">
          <Subtitle2 as="h3" className={styles.heading}>
            No target proposed
          </Subtitle2>
          <ul className={styles.list}>
            {review.skipped.map((line) => (
              <li key={line}>
                <Body1>{line}</Body1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
