import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { FrameworkLevel } from "../../core/frameworks/types";
import type { UnreadOwnWord } from "../../features/connect";

/**
 * A value no scale wording matches: the person says once which level it means, and TrustTier
 * stores the answer as an alias row of the workbook's framework table.
 */
export function OwnWordQuestion({
  word,
  levels,
  disabled,
  onChoose,
}: {
  word: UnreadOwnWord;
  levels: readonly FrameworkLevel[];
  disabled: boolean;
  onChoose: (level: string) => void;
}) {
  const cells = `${word.cells} cell${word.cells === 1 ? "" : "s"}`;
  return (
    <Field
      label={`${word.label}: '${word.value}' (${cells}) means level…`}
      hint="Stored once as an alias in the workbook's framework table; TRUST.TIERFROM and the command line read it too."
    >
      <Dropdown
        placeholder="Choose the level it means"
        disabled={disabled}
        onOptionSelect={(_, data) => data.optionValue && onChoose(data.optionValue)}
      >
        {levels.map((level) => (
          <Option key={level.id} value={level.id}>
            {level.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
