import { sheetReference } from "../../layout/a1";
import { columnLetter } from "../../layout/a1";
import type { LayoutCell, SheetLayout } from "../../layout/types";
import type { ClassifiedSchools } from "../schools-grid";
import type { SchoolsSheetPlan } from "./schools-sheet";

/** A live figure for the Summary: a label and a native Excel formula. */
export interface SummaryFigure {
  label: string;
  formula: string;
  numberFormat?: string;
}

export interface SummaryInput {
  sheetName: string;
  title: string;
  schoolsSheet: string;
  plan: SchoolsSheetPlan;
  blocks: readonly ClassifiedSchools[];
  /** More live figures (the demo adds averages over its Measures table). */
  extraFigures?: readonly SummaryFigure[];
}

/** Where the Summary put each count, for tests that compare it with the core. */
export interface SummaryPlan {
  layout: SheetLayout;
  /** "<framework id>|<level name>" or a figure label -> 0-based row of its value in column B. */
  rowOf: Record<string, number>;
}

function columnRange(sheet: string, column: number, plan: SchoolsSheetPlan): string {
  const letter = columnLetter(column);
  return `${sheetReference(sheet)}!$${letter}$${plan.firstRow + 1}:$${letter}$${plan.lastRow + 1}`;
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * Counts per level as live native formulas (COUNTIF) over the Schools sheet's result columns,
 * so editing or re-entering a level updates the Summary, and any spreadsheet engine computes it.
 */
export function summarySheetPlan(input: SummaryInput): SummaryPlan {
  const cells: LayoutCell[] = [];
  const rowOf: Record<string, number> = {};
  const bold = { bold: true } as const;
  let row = 0;
  cells.push({ row, col: 0, value: input.title, style: { bold: true, fontSize: 14 } });
  row += 2;

  const { plan, schoolsSheet } = input;
  const urnRange = columnRange(schoolsSheet, 0, plan);
  const figures: Array<{ key: string; label: string; formula: string; numberFormat?: string }> = [
    { key: "schools", label: "Schools", formula: `=ROWS(${urnRange})` },
  ];
  if (plan.phaseColumn !== undefined) {
    const phases = columnRange(schoolsSheet, plan.phaseColumn, plan);
    figures.push(
      { key: "primary", label: "Primary", formula: `=COUNTIF(${phases},"Primary")` },
      { key: "secondary", label: "Secondary", formula: `=COUNTIF(${phases},"Secondary")` }
    );
  }
  for (const figure of input.extraFigures ?? []) figures.push({ key: figure.label, ...figure });
  cells.push(
    { row, col: 0, value: "Figure", style: bold },
    { row, col: 1, value: "Value", style: bold }
  );
  row++;
  for (const figure of figures) {
    cells.push({ row, col: 0, value: figure.label });
    cells.push({
      row,
      col: 1,
      formula: figure.formula,
      ...(figure.numberFormat ? { numberFormat: figure.numberFormat } : {}),
    });
    rowOf[figure.key] = row;
    row++;
  }
  row++;

  for (const block of input.blocks) {
    const { framework } = block;
    const levels = columnRange(schoolsSheet, plan.levelColumn[framework.id], plan);
    cells.push({ row, col: 0, value: framework.name, style: { bold: true, fontSize: 12 } });
    row++;
    cells.push(
      { row, col: 0, value: "Proposed level", style: bold },
      { row, col: 1, value: "Schools", style: bold },
      { row, col: 2, value: "Share", style: bold }
    );
    row++;
    const names = [
      ...framework.levels.map((level) => ({ name: level.name, colour: level.colour })),
      { name: "not enough evidence", colour: undefined },
      { name: "invalid", colour: undefined },
    ];
    for (const { name, colour } of names) {
      cells.push({ row, col: 0, value: name, ...(colour ? { style: { fillColor: colour } } : {}) });
      cells.push({ row, col: 1, formula: `=COUNTIF(${levels},${quoted(name)})` });
      cells.push({
        row,
        col: 2,
        formula: `=B${row + 1}/ROWS(${levels})`,
        numberFormat: "0%",
      });
      rowOf[`${framework.id}|${name}`] = row;
      row++;
    }
    row++;
  }
  cells.push({
    row,
    col: 0,
    value:
      "Counts are live COUNTIF formulas over the Schools sheet: change a proposed level there and they follow.",
    style: { italic: true },
  });
  return {
    layout: {
      name: input.sheetName,
      cells,
      columnWidths: [
        { col: 0, width: 44 },
        { col: 1, width: 12 },
        { col: 2, width: 10 },
      ],
    },
    rowOf,
  };
}
