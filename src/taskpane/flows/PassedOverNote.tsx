import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PassedOver } from "../../features/import";

const SHOWN = 12;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** The files of a chosen folder that were not read, each with why. */
export function PassedOverNote({ passedOver }: { passedOver: readonly PassedOver[] }) {
  const styles = useStyles();
  if (passedOver.length === 0) return null;
  const count = `${passedOver.length} file${passedOver.length === 1 ? "" : "s"}`;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{`Not read from the folder: ${count}`}</MessageBarTitle>
        <ul className={styles.list}>
          {passedOver.slice(0, SHOWN).map((item) => (
            <li key={item.path}>{`${item.path}: ${item.reason}`}</li>
          ))}
          {passedOver.length > SHOWN && <li>…and {passedOver.length - SHOWN} more</li>}
        </ul>
        The other files were read; nothing from these is imported.
      </MessageBarBody>
    </MessageBar>
  );
}
