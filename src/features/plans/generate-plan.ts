import { planLayout, PLAN_TEMPLATES, type PlanInput, type PlanLayout } from "../../core/plans";
import { sccTrackerLayout, type SccTrackerInput } from "../../core/plans/scc-tracker";
import type { WorkbookPort, WriteResult } from "../../port/WorkbookPort";
import { writeVersioned, type VersionOptions } from "./versioned-write";

/** The tab name a school's plan starts from: "ISAP 900104", "Action plan 900101". */
export const planSheetBase = (input: Pick<PlanInput, "template" | "school">) =>
  `${PLAN_TEMPLATES[input.template].short} ${input.school.urn}`;

/** A written plan, with each prefilled row's sheet row and the driver behind it. */
export interface PlanWritten extends WriteResult {
  prefilled: PlanLayout["prefilled"];
}

/** Writes one school's plan as a new sheet (a new version beside any earlier one). */
export async function generatePlan(
  port: WorkbookPort,
  input: Omit<PlanInput, "sheetName">,
  options: VersionOptions = {}
): Promise<PlanWritten> {
  let prefilled: PlanLayout["prefilled"] = [];
  const result = await writeVersioned(
    port,
    planSheetBase(input),
    (sheetName) => {
      const plan = planLayout({ ...input, sheetName });
      prefilled = plan.prefilled;
      return plan.layout;
    },
    options
  );
  return { ...result, prefilled };
}

/** Writes one school's Schools Causing Concern tracker, versioned like a plan. */
export async function generateSccTracker(
  port: WorkbookPort,
  input: Omit<SccTrackerInput, "sheetName">,
  options: VersionOptions = {}
): Promise<WriteResult> {
  return writeVersioned(
    port,
    `SCC ${input.school.urn}`,
    (sheetName) => sccTrackerLayout({ ...input, sheetName }).layout,
    options
  );
}
