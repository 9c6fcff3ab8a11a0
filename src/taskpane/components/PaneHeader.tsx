import { Caption1, Title2, makeStyles, tokens } from "@fluentui/react-components";

export const PRODUCT_NAME = "TrustTier";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column" },
  title: { margin: 0 },
});

export function PaneHeader({ hostLabel }: { hostLabel?: string }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img src="assets/icon-64.png" width={40} height={40} alt="" />
      <div className={styles.titles}>
        <Title2 as="h1" className={styles.title}>
          {PRODUCT_NAME}
        </Title2>
        {hostLabel && <Caption1>Running in {hostLabel}</Caption1>}
      </div>
    </header>
  );
}
