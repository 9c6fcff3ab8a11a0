import { getBuiltinFramework } from "../../core/frameworks/builtin";
import type { Framework } from "../../core/frameworks/types";
import type { SheetLayout } from "../../core/layout/types";
import { classifySchoolsGrid, type ClassifiedSchools } from "../classify/classify-grid";
import { schoolsSheetPlan, type SchoolsSheetPlan } from "../../core/classify/sheets/schools-sheet";
import { summarySheetPlan, type SummaryPlan } from "../../core/classify/sheets/summary-sheet";
import { aboutSheetLayout } from "./about-sheet";
import { curriculumSheetLayout } from "./curriculum-sheet";
import {
  DEMO_AS_OF,
  DEMO_FRAMEWORK_IDS,
  DEMO_TABLE_NAMES,
  readDemoData,
  type DemoData,
  type DemoTables,
} from "./demo-tables";
import { averageFigures } from "./measure-figures";
import { tableSheetLayout } from "../../core/layout/table-sheet";
import { typedGrid } from "../../core/layout/typed-grid";

export const DEMO_TRUST_NAME = "Kestrel Vale Learning Trust";

export interface DemoPlanOptions {
  asOf?: string;
  /**
   * Sheets later features add after the data tables: the custom functions' examples sheet
   * (formula text beside its result), academy cards, plans. Each is written as given.
   */
  extraSheets?: readonly SheetLayout[];
}

export interface DemoPlan {
  data: DemoData;
  asOf: string;
  frameworks: Framework[];
  blocks: ClassifiedSchools[];
  schools: SchoolsSheetPlan;
  summary: SummaryPlan;
  /** Every sheet in tab order. */
  layouts: SheetLayout[];
}

const HOLDS: Record<string, string> = {
  Summary: "Counts per proposed level and trust averages: live formulas over Schools and Measures",
  Schools:
    "One row per academy: evidence, then each framework's proposed level, security, next review, reason and formula text",
  Inspections:
    "Ofsted inspections in all three regimes (graded, ungraded, report cards), predecessors, categories of concern",
  Measures: "Academy figures by measure and academic year; DfE suppression codes kept as written",
  Targets: "Academy targets by measure and year",
  National: "DfE national figures with their sources (blank where none was found)",
  HealthChecks: "Health-check visits: date, next due, findings",
  CurriculumTiers:
    "Subject areas: intent, implementation, impact, capacity, and the curriculum tier",
  People: "People who can lead actions",
  TermDates: "Half-term dates (illustrative; real dates vary by local authority)",
};

/** The whole demo workbook as sheet layouts: pure, so tests check it without a workbook. */
export function planDemoWorkbook(tables: DemoTables, options: DemoPlanOptions = {}): DemoPlan {
  const asOf = options.asOf ?? DEMO_AS_OF;
  const data = readDemoData(tables);
  const frameworks = DEMO_FRAMEWORK_IDS.map((id) => {
    const framework = getBuiltinFramework(id);
    if (!framework) throw new Error(`built-in framework '${id}' is missing`);
    return framework;
  });
  const schoolsGrid = typedGrid(tables.Schools);
  const blocks = frameworks.map((framework) =>
    classifySchoolsGrid({
      source: { sheet: "Schools", headerRow: 1, grid: schoolsGrid.grid },
      framework,
      asOf,
      inspections: data.inspections,
      termDates: data.termDates,
    })
  );
  const schools = schoolsSheetPlan({
    sheetName: "Schools",
    tableName: "Schools",
    grid: schoolsGrid.grid,
    dateColumns: schoolsGrid.dateColumns,
    blocks,
    asOf,
  });
  const summary = summarySheetPlan({
    sheetName: "Summary",
    title: `${DEMO_TRUST_NAME}: summary (fictional trust)`,
    schoolsSheet: "Schools",
    plan: schools,
    blocks,
    extraFigures: averageFigures(tables.Measures.length - 1),
  });
  const dataSheets = DEMO_TABLE_NAMES.filter((name) => name !== "Schools").map((name) => {
    if (name === "CurriculumTiers") return curriculumSheetLayout(typedGrid(tables[name]).grid);
    const typed = typedGrid(tables[name]);
    const headers = tables[name][0] ?? [];
    const wide = ["Findings", "Next steps", "Source"]
      .map((header) => headers.indexOf(header))
      .filter((col) => col >= 0);
    return tableSheetLayout({ name, ...typed, wideColumns: wide });
  });
  const extra = options.extraSheets ?? [];
  const about = aboutSheetLayout({
    trustName: DEMO_TRUST_NAME,
    asOf,
    frameworks,
    sheets: [
      { name: "Summary", holds: HOLDS.Summary },
      { name: "Schools", holds: HOLDS.Schools },
      ...dataSheets.map((layout) => ({ name: layout.name, holds: HOLDS[layout.name] ?? "" })),
      ...extra.map((layout) => ({ name: layout.name, holds: "" })),
    ],
  });
  return {
    data,
    asOf,
    frameworks,
    blocks,
    schools,
    summary,
    layouts: [about, summary.layout, schools.layout, ...dataSheets, ...extra],
  };
}
