import { curriculumTier } from "../../core/classify/curriculum-tier";
import { cellAddress } from "../../core/layout/a1";
import type { SheetLayout } from "../../core/layout/types";
import type { CellGrid } from "../../core/values/cell";
import { tableSheetLayout } from "../../core/layout/table-sheet";

/**
 * CurriculumTiers with each subject's tier from 001's curriculum table as a value, and the
 * TRUST.CURRICULUM formula that gives it live as text beside it.
 */
export function curriculumSheetLayout(grid: CellGrid): SheetLayout {
  const [header = [], ...rows] = grid;
  const column = (name: string) => header.findIndex((cell) => cell === name);
  const [intent, implementation, impact, capacity] = [
    "Intent",
    "Implementation",
    "Impact",
    "Capacity",
  ].map(column);
  const withTiers: CellGrid = [
    [...header, "Curriculum tier", "Curriculum tier formula (as text)"],
    ...rows.map((row, index) => {
      const result = curriculumTier(
        row[intent] ?? null,
        row[implementation] ?? null,
        row[impact] ?? null,
        row[capacity] ?? null
      );
      const sheetRow = index + 1;
      const args = [intent, implementation, impact, capacity]
        .map((col) => cellAddress(sheetRow, col))
        .join(",");
      return [
        ...row,
        result.ok ? `Tier ${result.tier}` : result.message,
        `=TRUST.CURRICULUM(${args})`,
      ];
    }),
  ];
  return tableSheetLayout({ name: "CurriculumTiers", grid: withTiers, dateColumns: [] });
}
