import type { LayoutCell, LayoutHyperlink, SheetLayout } from "../../core/layout/types";
import type { Framework } from "../../core/frameworks/types";

export interface AboutInput {
  trustName: string;
  asOf: string;
  frameworks: readonly Framework[];
  /** Sheet name -> what it holds, in tab order. */
  sheets: ReadonlyArray<{ name: string; holds: string }>;
}

/**
 * The demo's cover: what the workbook is, that it is fictional, and what each sheet holds.
 * Prose is one line per row, unwrapped, so it reads across the empty cells to its right.
 */
export function aboutSheetLayout(input: AboutInput): SheetLayout {
  const cells: LayoutCell[] = [];
  const hyperlinks: LayoutHyperlink[] = [];
  let row = 0;
  const line = (value: string, style?: LayoutCell["style"]) => {
    cells.push({ row, col: 0, value, ...(style ? { style } : {}) });
    row++;
  };
  line(`TrustTier demo: ${input.trustName}`, { bold: true, fontSize: 16 });
  line(
    "A FICTIONAL trust: every school, URN, person and school figure here is invented for the demo. " +
      "Only the National sheet quotes real figures, DfE's national benchmarks, each with its source.",
    { italic: true }
  );
  row++;
  line(`Proposed levels were classified as of ${input.asOf} with these built-in frameworks:`);
  for (const framework of input.frameworks) line(`  ${framework.name} (${framework.source})`);
  row++;
  line("About the formulas", { bold: true });
  for (const text of [
    "Levels on the Schools sheet are values. Beside each, a column shows as text the TRUST.TIER formula that gives it live.",
    "Files store add-in formulas in a form that shows #NAME? until Excel re-enters them, so the TrustTier pane writes live formulas; here you can copy one in by hand.",
    "The formula reads the school's row. The proposed level also reads the Inspections sheet (floors such as 'requires improvement twice', and the latest grade where the row's Ofsted cell is blank); the 'reason' column says what decided each level.",
    "The Summary sheet's counts are native COUNTIF / AVERAGEIFS formulas over the Schools and Measures sheets, so they work in any spreadsheet.",
  ])
    line(text);
  row++;
  line("Sheets", { bold: true });
  for (const sheet of input.sheets) {
    cells.push({ row, col: 1, value: sheet.holds });
    hyperlinks.push({
      row,
      col: 0,
      text: sheet.name,
      target: { sheet: sheet.name, cell: "A1" },
      tooltip: `Go to ${sheet.name}`,
    });
    row++;
  }
  row++;
  line("Made by: npm run demo (the TrustTier command-line tool on data/demo-trust/).");
  return {
    name: "About",
    cells,
    hyperlinks,
    columnWidths: [
      { col: 0, width: 22 },
      { col: 1, width: 120 },
    ],
    hideGridlines: true,
    print: { orientation: "landscape", paperSize: "A4", fitTo: { wide: 1, tall: 1 } },
  };
}
