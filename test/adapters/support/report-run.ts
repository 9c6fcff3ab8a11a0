import type { SheetLayout } from "../../../src/core/layout/types";
import type { WriteRun } from "../../../src/port/WorkbookPort";

/**
 * Version `version` of what TrustTier generates, in small: a report sheet (a style, a merge, a
 * rule and formulas over a table) and the table's own sheet, as the cards and the register are.
 */
export function reportLayouts(version: number, rows: number): SheetLayout[] {
  return [
    {
      name: "Report",
      cells: [
        { row: 0, col: 0, value: `Report v${version}`, style: { bold: true } },
        { row: 1, col: 0, formula: "=SUM(Data[Value])" },
        { row: 2, col: 0, formula: "=COUNTA(Data[School])" },
      ],
      merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
      conditionalFormats: [
        { range: { row: 1, col: 0 }, formula: "=A2>0", style: { fillColor: "#C6EFCE" } },
      ],
    },
    {
      name: "Data sheet",
      cells: [],
      tables: [
        {
          name: "Data",
          row: 0,
          col: 0,
          headers: ["School", "Value"],
          rows: Array.from({ length: rows }, (_, r) => [`School ${r + 1}`, version * 10 + r]),
        },
      ],
    },
  ];
}

/** The layouts as one write run replacing them, with these settings in its commit. */
export function reportRun(
  version: number,
  rows: number,
  settings?: Readonly<Record<string, unknown>>
): WriteRun {
  return {
    sheets: reportLayouts(version, rows).map((layout) => ({ layout, mode: "replace" as const })),
    ...(settings && { settings }),
  };
}

/** A person's own sheet whose formulas point at every generated sheet and table. */
export const personsSheet: SheetLayout = {
  name: "Mine",
  cells: [
    { row: 0, col: 0, formula: "=Report!A1" },
    { row: 1, col: 0, formula: "=SUM(Data[Value])" },
    { row: 2, col: 0, formula: "='Data sheet'!B2" },
    { row: 3, col: 0, formula: "=ROWS(Data)" },
  ],
};
