import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { FrameworkOption } from "../../features/connect";

/** A labelled drop-down of built-in and workbook frameworks. */
export function FrameworkPicker({
  options,
  value,
  onChange,
}: {
  options: readonly FrameworkOption[];
  value: string;
  onChange: (key: string) => void;
}) {
  const selected = options.find((option) => option.key === value);
  return (
    <Field label="Framework">
      <Dropdown
        value={selected?.label ?? ""}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue)}
      >
        {options.map((option) => (
          <Option key={option.key} value={option.key}>
            {option.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
