import { targetsInForce } from "../../core/targets/agreed";
import type { Classified } from "../../core/classify/types";
import { readCanonicalTable, targetsTable, type MeasureRow } from "../../core/import";
import type { PlanFigures, PlanTemplateId } from "../../core/plans";
import type { WorkbookPort, WriteResult } from "../../port/WorkbookPort";
import type { SchoolResult } from "../classify/classify-grid";
import type { DemoPlan } from "./plan-demo";
import { generatePlan, generateSccTracker, type PlanWritten } from "../plans/generate-plan";

/** Which framework and levels each template's demo school is picked from, most concern first. */
const PICKS: ReadonlyArray<{ template: PlanTemplateId; framework: string; levels: string[] }> = [
  { template: "strategic", framework: "support", levels: ["high", "medium"] },
  { template: "isap", framework: "stages", levels: ["stabilise", "repair", "improve"] },
  { template: "core", framework: "category", levels: ["cat4", "cat3", "cat2"] },
  { template: "adp", framework: "stages", levels: ["improve", "repair", "sustain"] },
  { template: "rip", framework: "stages", levels: ["stabilise"] },
  { template: "statement", framework: "tiers", levels: ["tier4"] },
];

type Picked = SchoolResult & { classification: Classified };

function pick(plan: DemoPlan, framework: string, levels: readonly string[]): Picked | undefined {
  const results = plan.blocks.find((block) => block.framework.id === framework)?.results ?? [];
  for (const level of levels) {
    const found = results.find(
      (r) => r.classification.status === "classified" && r.classification.level.id === level
    );
    if (found) return found as Picked;
  }
  return undefined;
}

/** The academy's Measures and Targets as plan figures (suppressed values left out). */
export function demoFigures(plan: DemoPlan, urn: number): PlanFigures {
  const measures = plan.data.measures
    .filter((row: MeasureRow) => row.urn === urn && row.figure && "value" in row.figure)
    .map((row) => ({
      measure: row.measure,
      year: row.year,
      value: (row.figure as { value: number }).value,
    }));
  const targets = targetsInForce(readCanonicalTable(targetsTable, plan.data.tables.Targets))
    .filter((row) => row.urn === urn)
    .map((row) => ({ measure: row.measure, year: row.year, value: row.target }));
  return { measures, targets };
}

/** One plan of each template for a suitable demo school, and one SCC tracker. */
export interface DemoPlanWritten extends WriteResult {
  template: PlanTemplateId | "scc";
  urn: number;
  /** The classification's driver ids, in order; each prefilled row names one. */
  drivers: string[];
  prefilled: PlanWritten["prefilled"];
}

export async function writeDemoPlans(
  port: WorkbookPort,
  plan: DemoPlan
): Promise<DemoPlanWritten[]> {
  const written: DemoPlanWritten[] = [];
  for (const { template, framework, levels } of PICKS) {
    const school = pick(plan, framework, levels);
    if (!school) continue;
    const result = await generatePlan(port, {
      template,
      school: { urn: school.urn, name: school.name },
      classification: school.classification,
      asOf: plan.asOf,
      termDates: plan.data.termDates,
      figures: demoFigures(plan, school.urn),
      delegationRemoved:
        template === "strategic" ? ["Sustainable learning organisations (finance)"] : [],
    });
    const drivers = school.classification.drivers.map((d) => d.id);
    written.push({ ...result, template, urn: school.urn, drivers });
  }
  const concern = pick(plan, "category", ["cat4", "cat3"]);
  if (concern) {
    const result = await generateSccTracker(port, {
      school: { urn: concern.urn, name: concern.name },
      entry: {
        reason: "Concern raised by the Trust",
        date: plan.asOf,
        detail: `Raised at the risk meeting: ${concern.classification.level.name}`,
      },
      // The demo is a file: levels as values, the TRUST.SCCLEVEL formula beside them as text.
      formulas: "values",
      reviews: [{ date: plan.asOf, verdict: "Insufficient progress" }],
    });
    written.push({ ...result, template: "scc", urn: concern.urn, drivers: [], prefilled: [] });
  }
  return written;
}
