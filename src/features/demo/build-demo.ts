import type { WorkbookPort } from "../../port";
import type { FeatureOptions } from "../progress";
import type { DemoTables } from "./demo-tables";
import { planDemoWorkbook, type DemoPlan, type DemoPlanOptions } from "./plan-demo";

export interface DemoBuilt {
  plan: DemoPlan;
  /** Sheets written, in tab order. */
  sheets: string[];
}

/**
 * Writes the demo workbook through the port: plans every sheet first (so bad data stops the
 * run before anything is written), then writes them in one write run.
 */
export async function buildDemoWorkbook(
  port: WorkbookPort,
  tables: DemoTables,
  options: FeatureOptions & DemoPlanOptions = {}
): Promise<DemoBuilt> {
  const plan = planDemoWorkbook(tables, options);
  const results = await port.writeSheets(
    { sheets: plan.layouts.map((layout) => ({ layout, mode: "replace" as const })) },
    options
  );
  const sheets = results.map((result) => result.sheet);
  return { plan, sheets };
}
