import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  baselineLabel,
  joinableBaselines,
  listBaselines,
  type BaselineSetting,
} from "../../features/baseline";
import type { WorkbookDescription, WorkbookPort } from "../../port";
import { JoinTrust } from "./JoinTrust";

const useStyles = makeStyles({
  earlier: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/**
 * Join a school baselined earlier (due diligence takes months): the workbook's baselines not
 * yet joined, or joined without a first plan; nothing shown when there are none.
 */
export function JoinEarlier({
  workbook,
  description,
  onJoined,
}: {
  workbook: WorkbookPort;
  description: WorkbookDescription;
  onJoined: () => void;
}) {
  const styles = useStyles();
  const [baselines, setBaselines] = useState<BaselineSetting[]>([]);
  // Kept as chosen: once joined with its plan it leaves the list, and its result stays shown.
  const [chosen, setChosen] = useState<BaselineSetting>();
  useEffect(() => {
    let current = true;
    listBaselines(workbook).then(
      (all) => current && setBaselines(joinableBaselines(all)),
      () => current && setBaselines([])
    );
    return () => {
      current = false;
    };
  }, [workbook, description]);
  if (baselines.length === 0 && !chosen) return null;
  return (
    <section className={styles.earlier} aria-label="A school baselined earlier">
      <Field label="School baselined earlier">
        <Dropdown
          placeholder="Choose a school to join the trust"
          value={chosen ? baselineLabel(chosen) : ""}
          selectedOptions={chosen ? [String(chosen.urn)] : []}
          onOptionSelect={(_, data) =>
            setChosen(baselines.find((b) => String(b.urn) === data.optionValue))
          }
        >
          {baselines.map((b) => (
            <Option key={b.urn} value={String(b.urn)}>
              {baselineLabel(b)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {chosen && (
        <JoinTrust
          key={chosen.urn}
          workbook={workbook}
          urn={chosen.urn}
          {...(chosen.joined ? { joinedUrn: chosen.joined.urn } : {})}
          onJoined={onJoined}
        />
      )}
    </section>
  );
}
