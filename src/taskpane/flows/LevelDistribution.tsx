import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Distribution } from "../../features/connect";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  swatch: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: "none",
  },
  heading: { margin: 0 },
});

/** Counts of proposed levels, each with its colour and its name in words. */
export function LevelDistribution({
  distribution,
  title,
}: {
  distribution: Distribution;
  title: string;
}) {
  const styles = useStyles();
  return (
    <section aria-label="Distribution of proposed levels">
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      <ul className={styles.list}>
        {distribution.levels.map(({ level, count }) => (
          <li key={level.id} className={styles.item}>
            <span className={styles.swatch} style={{ backgroundColor: level.colour }} aria-hidden />
            <Body1>
              {level.name}: {count} {count === 1 ? "school" : "schools"}
            </Body1>
          </li>
        ))}
        {distribution.unclassified > 0 && (
          <li className={styles.item}>
            <Body1>
              No level proposed: {distribution.unclassified}{" "}
              {distribution.unclassified === 1 ? "school" : "schools"}
              {distribution.reason && ` (first: ${distribution.reason})`}. Map more evidence columns
              in Connect, or choose a framework that needs less evidence.
            </Body1>
          </li>
        )}
      </ul>
    </section>
  );
}
