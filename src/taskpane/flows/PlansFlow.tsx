import { todayIso as today } from "../shell/today";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { PlanTemplateId } from "../../core/plans";
import {
  generatePanePlan,
  listPlanAcademies,
  templateOptions,
  type PanePlanWritten,
  type PlanAcademy,
} from "../../features/plans";
import { ProblemBar } from "./ProblemBar";
import { TaskStatus } from "./TaskStatus";
import { useLoaded } from "./useLoaded";
import type { FlowProps } from "./flow-props";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

const academyLabel = (academy: PlanAcademy) => `${academy.name} (${academy.urn})`;

/** Action plans: pick an academy and a template, write the plan as a new sheet. */
export function PlansFlow({ workbook, recheck, description, onWritten }: FlowProps) {
  const styles = useStyles();
  const templates = useMemo(() => templateOptions(), []);
  // Read again whenever the workbook's description changes.
  const listed = useLoaded(useCallback(() => listPlanAcademies(workbook), [workbook, description]));
  const academies = listed.value;
  const listError = listed.error;
  const [urn, setUrn] = useState<number>();
  const [template, setTemplate] = useState<PlanTemplateId>("isap");
  const [written, setWritten] = useState<PanePlanWritten & { templateName: string }>();
  const task = useTask();

  const academy = academies?.find((item) => item.urn === urn);
  const chosen = templates.find((item) => item.id === template) ?? templates[0];

  const generate = () =>
    void task.run(async ({ signal, onProgress }) => {
      if (!academy) return;
      setWritten(undefined);
      // The schools source is read again by generatePanePlan; this refreshes what the pane shows.
      await recheck();
      const result = await generatePanePlan(workbook, {
        urn: academy.urn,
        template: chosen.id,
        asOf: today(),
        signal,
        onProgress,
      });
      setWritten({ ...result, templateName: chosen.name });
      onWritten();
    });

  const running = task.state.kind === "running";
  return (
    <section className={styles.flow} aria-label="Action plans">
      {listError !== undefined && (
        <ProblemBar
          title="The academies could not be read"
          error={listError}
          advice="Choose the schools table in Connect and save the mapping, then try again."
        />
      )}
      {!academies && listError === undefined && (
        <Spinner size="small" label="Reading the academies…" />
      )}
      {academies && (
        <>
          <Field label="Academy">
            <Dropdown
              placeholder="Choose an academy"
              value={academy ? academyLabel(academy) : ""}
              selectedOptions={urn === undefined ? [] : [String(urn)]}
              onOptionSelect={(_, data) => data.optionValue && setUrn(Number(data.optionValue))}
            >
              {academies.map((item) => (
                <Option key={item.urn} value={String(item.urn)}>
                  {academyLabel(item)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field
            label="Template"
            hint={`${chosen.seed}; prefilled from the proposed level in the ${chosen.framework} framework.`}
          >
            <Dropdown
              value={chosen.name}
              selectedOptions={[chosen.id]}
              onOptionSelect={(_, data) =>
                data.optionValue && setTemplate(data.optionValue as PlanTemplateId)
              }
            >
              {templates.map((item) => (
                <Option key={item.id} value={item.id}>
                  {item.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button appearance="primary" onClick={generate} disabled={running || !academy}>
            Generate plan
          </Button>
        </>
      )}
      <TaskStatus
        task={task}
        running="Writing the plan"
        failed={{
          title: "The plan could not be written",
          advice: "Nothing was written. Correct what is named above, then generate again.",
        }}
      />
      {written && task.state.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`Plan written to sheet ${written.sheet}`}</MessageBarTitle>
            {`${written.templateName} for ${written.school.name}, prefilled from ${written.level} (${written.prefilled.length} ${written.prefilled.length === 1 ? "priority" : "priorities"}).`}
            {/ v\d+$/.test(written.sheet)
              ? " An earlier plan for this academy is kept as it is: this is a new version beside it."
              : ""}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
