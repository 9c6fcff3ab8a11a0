import type { WorkbookPort } from "../../port";
import { stepper, type FeatureOptions } from "../progress";
import type { DemoTables } from "./demo-tables";
import { planDemoWorkbook, type DemoPlan, type DemoPlanOptions } from "./plan-demo";

export interface DemoBuilt {
  plan: DemoPlan;
  /** Sheets written, in tab order. */
  sheets: string[];
}

/**
 * Writes the demo workbook through the port: plans every sheet first (so bad data stops the
 * run before anything is written), then writes them one by one, reporting each step.
 */
export async function buildDemoWorkbook(
  port: WorkbookPort,
  tables: DemoTables,
  options: FeatureOptions & DemoPlanOptions = {}
): Promise<DemoBuilt> {
  const plan = planDemoWorkbook(tables, options);
  const next = stepper(options, plan.layouts.length);
  const sheets: string[] = [];
  for (const layout of plan.layouts) {
    next(layout.name);
    await port.writeLayout(layout, {
      mode: "replace",
      ...(options.signal ? { signal: options.signal } : {}),
    });
    sheets.push(layout.name);
  }
  return { plan, sheets };
}
