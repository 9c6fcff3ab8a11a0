import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { type Connection, targetLabel, targetOfColumn } from "../../features/connect";

const NOT_USED = "none";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

function confidenceText(connection: Connection, column: number, target: string | null): string {
  const proposal = connection.proposal.columns[column];
  if (!target) return "Not used by TrustTier";
  const score = proposal.candidates.find((candidate) => candidate.target === target);
  if (proposal.target === target) {
    return `${Math.round(proposal.confidence * 100)}% sure: ${proposal.basis}`;
  }
  return score
    ? `Your choice (${Math.round(score.confidence * 100)}% by TrustTier's reading)`
    : "Your choice";
}

/** One labelled drop-down per column: what TrustTier reads it as, with its confidence. */
export function ColumnMapping({
  connection,
  columnOf,
  onChange,
}: {
  connection: Connection;
  columnOf: Readonly<Record<string, number>>;
  onChange: (column: number, target: string | null) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {connection.proposal.columns.map((column) => {
        const target = targetOfColumn(columnOf, column.column);
        const value = target ?? NOT_USED;
        return (
          <Field
            key={column.column}
            label={`Column ${column.letter}: ${column.header}`}
            hint={confidenceText(connection, column.column, target)}
          >
            <Dropdown
              data-column={column.letter}
              value={target ? targetLabel(connection, target) : "Not used"}
              selectedOptions={[value]}
              onOptionSelect={(_, data) =>
                data.optionValue &&
                onChange(column.column, data.optionValue === NOT_USED ? null : data.optionValue)
              }
            >
              <Option value={NOT_USED}>Not used</Option>
              {connection.targets.map((item) => (
                <Option key={item.id} value={item.id}>
                  {item.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
