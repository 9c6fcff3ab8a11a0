import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatProblem, type ProblemDraft } from "../../core/problems";
import { isInputProblemsError } from "../../features/input-problems";

const SHOWN = 12;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Lines in a message bar: at most a dozen, and a count of the rest. */
export function ShortList({ lines }: { lines: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {lines.slice(0, SHOWN).map((line, index) => (
        <li key={index}>{line}</li>
      ))}
      {lines.length > SHOWN && <li>…and {lines.length - SHOWN} more</li>}
    </ul>
  );
}

/**
 * Problems each with its place (a cell "Data!D2 …", a column, a row, or a school and field),
 * at most a dozen and a count of the rest.
 */
export function ProblemList({ problems }: { problems: readonly ProblemDraft[] }) {
  return <ShortList lines={problems.map(formatProblem)} />;
}

/** An error as a Fluent message bar: what happened, the cells at fault, what to do. */
export function ProblemBar({
  title,
  error,
  advice,
}: {
  title: string;
  error: unknown;
  advice?: string;
}) {
  const problems = isInputProblemsError(error) ? error.problems : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {problems ? <ProblemList problems={problems} /> : message}
        {advice && <div>{advice}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
