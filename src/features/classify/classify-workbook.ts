import type { IsoDate } from "../../core/dates/iso";
import { builtinFrameworkIds, getBuiltinFramework } from "../../core/frameworks/builtin";
import type { Framework } from "../../core/frameworks/types";
import type { SheetLayout } from "../../core/layout/types";
import { OFSTED_DATE_TARGET } from "../../core/mapping";
import type { WorkbookPort } from "../../port";
import { stepper, type FeatureOptions } from "../progress";
import { classifySchoolsGrid, type ClassifiedSchools } from "./classify-grid";
import { mappingSheetLayout } from "./mapping-sheet";
import { readInspectionHistories } from "./read-inspections";
import { readSchoolsSource, type SchoolsSource, type SourceChoice } from "./read-source";
import { schoolsSheetPlan } from "./schools-sheet";
import { summarySheetPlan } from "./summary-sheet";

export interface ClassifyWorkbookOptions extends FeatureOptions {
  source?: SourceChoice;
  frameworks: readonly Framework[];
  asOf: IsoDate;
  /** The person's mapping (target id -> column), as the pane saves it; proposed where absent. */
  columnOf?: Record<string, number>;
}

export interface ClassifiedWorkbook {
  source: SchoolsSource;
  blocks: ClassifiedSchools[];
  /** True when an Inspections table supplied histories (floors, latest grades). */
  usedInspections: boolean;
  /** The output sheets, in tab order. */
  layouts: SheetLayout[];
  warnings: string[];
}

/** A built-in framework by id, or a message listing the ids there are. */
export function frameworkById(id: string): Framework | string {
  return (
    getBuiltinFramework(id) ??
    `framework '${id}' is not a built-in framework; expected one of: ${builtinFrameworkIds.join(", ")}`
  );
}

/**
 * Classifies a trust's schools table, whatever its headers: reads it through the port, maps its
 * columns, checks every mapped value, classifies each school with each framework, and plans the
 * output sheets (Summary, Schools with result columns, Mapping). Writes nothing.
 */
export async function classifyWorkbook(
  port: WorkbookPort,
  options: ClassifyWorkbookOptions
): Promise<ClassifiedWorkbook> {
  const step = stepper(options, 2 + options.frameworks.length);
  step("Reading the schools table");
  const source = await readSchoolsSource(port, options.source);
  step("Reading inspections");
  const inspections = await readInspectionHistories(port);
  const blocks: ClassifiedSchools[] = [];
  for (const framework of options.frameworks) {
    step(`Classifying with ${framework.name}`);
    blocks.push(
      classifySchoolsGrid({
        source,
        framework,
        asOf: options.asOf,
        ...(inspections ? { inspections } : {}),
        ...(options.columnOf ? { columnOf: options.columnOf } : {}),
      })
    );
  }
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
    asOf: options.asOf,
  });
  const summary = summarySheetPlan({
    sheetName: "Summary",
    title: `TrustTier: proposed levels for ${source.description} as of ${options.asOf}`,
    schoolsSheet: "Schools",
    plan: schools,
    blocks,
  });
  return {
    source,
    blocks,
    usedInspections: inspections !== undefined,
    layouts: [summary.layout, schools.layout, mappingSheetLayout(blocks)],
    warnings: blocks.flatMap((block) => block.warnings),
  };
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
