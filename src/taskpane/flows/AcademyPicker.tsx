import { Caption1, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { CardAcademies, CardSelection } from "../../features/cards";
import { levelChoices } from "../../features/cards";
import { CheckboxGroup } from "./CheckboxGroup";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

/** Which academies get a card: all, those at chosen proposed levels, or ticked by hand. */
export function AcademyPicker({
  listed,
  selection,
  onChange,
}: {
  listed: CardAcademies;
  selection: CardSelection;
  onChange: (selection: CardSelection) => void;
}) {
  const styles = useStyles();
  const levels = levelChoices(listed.framework, listed.academies);
  const hasLevels = listed.levelColumn !== undefined;
  return (
    <div className={styles.picker}>
      <Field label="Academies">
        <RadioGroup
          value={selection.mode}
          onChange={(_, data) => {
            if (data.value === "all") onChange({ mode: "all" });
            if (data.value === "level") onChange({ mode: "level", levels: [] });
            if (data.value === "hand") onChange({ mode: "hand", urns: [] });
          }}
        >
          <Radio value="all" label={`All academies (${listed.academies.length})`} />
          <Radio value="level" label="By proposed level" disabled={!hasLevels} />
          <Radio value="hand" label="Choose by hand" />
        </RadioGroup>
      </Field>
      {!hasLevels && (
        <Caption1>
          To choose by level, classify first with {listed.framework.name}: the Schools table has no
          proposed level column yet.
        </Caption1>
      )}
      {selection.mode === "level" && (
        <CheckboxGroup
          label="Proposed levels"
          items={levels.map(({ level, count }) => ({
            value: level,
            label: `${level} (${count} ${count === 1 ? "academy" : "academies"})`,
            disabled: count === 0,
          }))}
          checked={new Set(selection.levels)}
          onChange={(level, on) =>
            onChange({ mode: "level", levels: toggled(selection.levels, level, on) })
          }
        />
      )}
      {selection.mode === "hand" && (
        <CheckboxGroup
          label="Academies to make cards for"
          items={listed.academies.map((academy) => ({
            value: String(academy.urn),
            label: `${academy.name} (${academy.urn})`,
          }))}
          checked={new Set(selection.urns.map(String))}
          onChange={(urn, on) =>
            onChange({ mode: "hand", urns: toggled(selection.urns, Number(urn), on) })
          }
        />
      )}
    </div>
  );
}
