import { builtinFrameworkIds, getBuiltinFramework } from "../../core/frameworks/builtin";
import type { Framework } from "../../core/frameworks/types";
import type { SheetLayout } from "../../core/layout/types";
import { OFSTED_DATE_TARGET } from "../../core/mapping";
import type { WorkbookPort } from "../../port";
import type { FeatureOptions } from "../progress";
import type { SchoolsClassified } from "./classify-schools";
import { mappingSheetLayout } from "../../core/classify/sheets/mapping-sheet";
import { schoolsSheetPlan } from "../../core/classify/sheets/schools-sheet";
import { summarySheetPlan } from "../../core/classify/sheets/summary-sheet";

/** A built-in framework by id, or a message listing the ids there are. */
export function frameworkById(id: string): Framework | string {
  return (
    getBuiltinFramework(id) ??
    `framework '${id}' is not a built-in framework; expected one of: ${builtinFrameworkIds.join(", ")}`
  );
}

/**
 * The sheets "Classify (values only)" writes, in tab order: Summary, Schools (the schools
 * table with each framework's result columns) and Mapping. Pure: for the callers that write
 * them, never part of classifying.
 */
export function classifiedSheetLayouts(classified: SchoolsClassified): SheetLayout[] {
  const { source, blocks, asOf } = classified;
  const first = blocks[0];
  const dateColumns = [first.columnOf["school:joined"], first.columnOf[OFSTED_DATE_TARGET]].filter(
    (column): column is number =>
      column !== undefined && source.grid.slice(1).some((row) => typeof row[column] === "number")
  );
  const schools = schoolsSheetPlan({
    sheetName: "Schools",
    tableName: "Schools",
    grid: source.grid,
    dateColumns,
    blocks,
    asOf,
  });
  const summary = summarySheetPlan({
    sheetName: "Summary",
    title: `TrustTier: proposed levels for ${source.description} as of ${asOf}`,
    schoolsSheet: "Schools",
    plan: schools,
    blocks,
  });
  return [summary.layout, schools.layout, mappingSheetLayout(blocks)];
}

/** Writes the planned sheets through the port in one write run, in place where they exist. */
export async function writeLayouts(
  port: WorkbookPort,
  layouts: readonly SheetLayout[],
  options: FeatureOptions = {}
): Promise<string[]> {
  const results = await port.writeSheets(
    { sheets: layouts.map((layout) => ({ layout, mode: "replace" as const })) },
    options
  );
  return results.map((result) => result.sheet);
}
