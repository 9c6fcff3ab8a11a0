import { Checkbox, Label, makeStyles, tokens, useId } from "@fluentui/react-components";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  list: { display: "flex", flexDirection: "column" },
});

export interface CheckboxItem {
  readonly value: string;
  readonly label: string;
  readonly disabled?: boolean;
}

/** A labelled group of checkboxes (Fluent has no checkbox group): one per item. */
export function CheckboxGroup({
  label,
  items,
  checked,
  onChange,
}: {
  label: string;
  items: readonly CheckboxItem[];
  checked: ReadonlySet<string>;
  onChange: (value: string, checked: boolean) => void;
}) {
  const styles = useStyles();
  const id = useId("checkbox-group");
  return (
    <div className={styles.group} role="group" aria-labelledby={id}>
      <Label id={id} weight="semibold">
        {label}
      </Label>
      <div className={styles.list}>
        {items.map((item) => (
          <Checkbox
            key={item.value}
            label={item.label}
            checked={checked.has(item.value)}
            disabled={item.disabled ?? false}
            onChange={(_, data) => onChange(item.value, data.checked === true)}
          />
        ))}
      </div>
    </div>
  );
}
