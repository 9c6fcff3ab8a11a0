import type { SheetLayout } from "../core/layout/types";
import { CellFailure, runCatalogue, type Result } from "../functions/catalogue";
import { exampleArguments, exampleFormula, functionExamples } from "../functions/examples";

// Written as text that cannot be mistaken for an error value by a reader of the file.
const ERROR_TEXT = { invalidValue: "#VALUE! (error)", notAvailable: "#N/A (error)" } as const;

/** What the cell holding the formula shows: the value, a spill's first cell, or the error. */
export function shownResult(result: Result): { value: string | number | boolean; note: string } {
  const grid = Array.isArray(result) ? result : [[result]];
  const first = grid[0]?.[0] ?? "";
  const spill =
    grid.length > 1 || (grid[0]?.length ?? 0) > 1
      ? `spills ${grid.length} row(s) × ${grid[0]?.length ?? 0} column(s)`
      : "";
  if (first instanceof CellFailure)
    return {
      value: ERROR_TEXT[first.code],
      note: [first.message, spill].filter(Boolean).join("; "),
    };
  return { value: first, note: spill };
}

/**
 * The demo's "Functions" sheet: every TRUST.* example formula as text, beside the result the
 * same catalogue Excel calls computes for it. A file cannot hold a live add-in formula (it shows
 * #NAME? until Excel re-enters it), so the formula stays text and the result is a value.
 */
export function functionsSheetLayout(): SheetLayout {
  const header = ["Function", "Formula (type it in Excel with TrustTier loaded)", "Result", "Note"];
  const rows = functionExamples.map((example) => {
    const shown = shownResult(runCatalogue(example.id, exampleArguments(example)));
    return [`TRUST.${example.id}`, exampleFormula(example), shown.value, shown.note];
  });
  return {
    name: "Functions",
    cells: [
      { row: 0, col: 0, value: "TRUST.* functions: each example formula beside its result" },
      ...[header, ...rows].flatMap((cells, r) =>
        cells.map((value, col) => ({ row: r + 2, col, value }))
      ),
    ],
    formats: [
      { range: { row: 0, col: 0 }, style: { bold: true, fontSize: 14 } },
      {
        range: { row: 2, col: 0, cols: header.length },
        style: { bold: true, fillColor: "#DDEBF7" },
      },
      {
        range: { row: 3, col: 0, rows: rows.length, cols: header.length },
        style: { wrapText: true, vertical: "top" },
      },
    ],
    columnWidths: [
      { col: 0, width: 18 },
      { col: 1, width: 70 },
      { col: 2, width: 22 },
      { col: 3, width: 60 },
    ],
    frozen: { rows: 3, cols: 0 },
  };
}
