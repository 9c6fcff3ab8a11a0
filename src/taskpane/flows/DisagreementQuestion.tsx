import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import type { Disagreement } from "../../core/mapping";
import { columnLetter } from "../../core/import/location";

/** Two columns hold one criterion and disagree: ask which one TrustTier should read. */
export function DisagreementQuestion({
  disagreement,
  onChoose,
}: {
  disagreement: Disagreement;
  onChoose: (column: number) => void;
}) {
  const [first, second] = disagreement.columns;
  const examples = disagreement.rows
    .slice(0, 3)
    .map(
      (row) =>
        `row ${row.row}: ${String(row.values[0] ?? "blank")} / ${String(row.values[1] ?? "blank")}`
    )
    .join("; ");
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Two columns disagree</MessageBarTitle>
        {disagreement.message} {examples && `For example ${examples}.`}
        <Field label={`Which column holds ${disagreement.label}?`}>
          <RadioGroup onChange={(_, data) => onChoose(Number(data.value))}>
            <Radio
              value={String(first)}
              label={`${disagreement.headers[0]} (column ${columnLetter(first)})`}
            />
            <Radio
              value={String(second)}
              label={`${disagreement.headers[1]} (column ${columnLetter(second)})`}
            />
          </RadioGroup>
        </Field>
      </MessageBarBody>
    </MessageBar>
  );
}
