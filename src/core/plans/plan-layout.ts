import type { Classified } from "../classify/types";
import { isoToExcelSerial } from "../dates/excel-serial";
import type { HalfTerm } from "../dates/half-terms";
import type { IsoDate } from "../dates/iso";
import { columnLetter } from "../layout/a1";
import type { LayoutCell, ListValidation, SheetLayout } from "../layout/types";
import { STRATEGIC_AREAS } from "./areas";
import { milestoneHalfTerms } from "./milestones";
import { prefillPriorities, type PlanFigures, type PrefilledPriority } from "./prefill";
import { planHeaderLines } from "./plan-header";
import { PLAN_TEMPLATES, RAG_VALUES, type PlanTemplateId } from "./templates";

export const PLAN_DATE_FORMAT = "d mmm yyyy";
/** Where the plan's own list of strategic areas sits (the Area drop-down's source). */
export const AREA_LIST_COL = 20;

export interface PlanInput {
  template: PlanTemplateId;
  sheetName: string;
  school: { urn: number; name: string };
  classification: Classified;
  asOf: IsoDate;
  termDates?: readonly HalfTerm[];
  figures?: PlanFigures;
  /** Source of the Lead drop-down; TrustTier's People sheet by default. */
  peopleRange?: string;
  /** 000: strategic areas where the trust removed delegation for that area only. */
  delegationRemoved?: readonly string[];
  /** Empty rows after the prefilled ones (per area for the strategic plan). */
  blankRows?: number;
}

export interface PlanLayout {
  layout: SheetLayout;
  /** Sheet row (0-based) of each prefilled priority, with the driver behind it. */
  prefilled: Array<PrefilledPriority & { row: number }>;
  headerRow: number;
  columns: string[];
  halfTerms: HalfTerm[];
}

const serial = (date: IsoDate) => isoToExcelSerial(date);

/** One school's plan as a sheet: header, then one row per priority, TrustTier's own columns. */
export function planLayout(input: PlanInput): PlanLayout {
  const template = PLAN_TEMPLATES[input.template];
  const halfTerms = milestoneHalfTerms(input.asOf, input.termDates);
  const columns = [
    "Area or priority",
    "Strategic area",
    "Evidence that raised it",
    "Action",
    "Lead",
    "Support deployed",
    "Start",
    ...halfTerms.map((term) => `Milestone: ${term.name} ${term.academicYear}`),
    "Success measure",
    "Baseline",
    "Target",
    "RAG status",
    "Evidence of impact",
    "Next review",
  ];
  const col = (name: string) => columns.indexOf(name);
  const cells: LayoutCell[] = [];
  const text = (row: number, c: number, value: string, bold = false) =>
    cells.push({ row, col: c, value, ...(bold ? { style: { bold: true } } : {}) });

  text(0, 0, `${template.name}: ${input.school.name} (URN ${input.school.urn})`);
  cells[0] = { ...cells[0], style: { bold: true, fontSize: 14 } };
  const lines = planHeaderLines(template, input.classification, input.delegationRemoved ?? []);
  // A list (one item per line) is wrapped across the plan's width, its row tall enough to show it.
  const lists: { row: number; lines: number }[] = [];
  lines.forEach(([label, value], i) => {
    text(1 + i, 0, label, true);
    text(1 + i, 2, value);
    const count = value.split("\n").length;
    if (count > 1) lists.push({ row: 1 + i, lines: count });
  });
  const datesRow = lines.length + 2;
  text(datesRow, 0, "Half term ends", true);
  halfTerms.forEach((term, i) =>
    cells.push({
      row: datesRow,
      col: col("Start") + 1 + i,
      value: serial(term.end),
      numberFormat: PLAN_DATE_FORMAT,
    })
  );
  const headerRow = datesRow + 1;
  columns.forEach((name, c) =>
    cells.push({
      row: headerRow,
      col: c,
      value: name,
      style: { bold: true, wrapText: true, fillColor: "#D9E1F2", border: "thin" },
    })
  );

  const prefills = prefillPriorities(
    input.classification,
    input.figures,
    halfTerms[0]?.academicYear
  );
  const blanks = input.blankRows ?? 2;
  const areas = input.template === "strategic" ? [...STRATEGIC_AREAS] : [undefined];
  const ordered: Array<{ prefill?: PrefilledPriority; area?: string }> = areas.flatMap((area) => [
    ...prefills
      .filter((p) => area === undefined || p.area === area)
      .map((prefill) => ({ prefill, area: prefill.area })),
    ...Array.from({ length: blanks }, () => ({ area })),
  ]);
  const first = headerRow + 1;
  const prefilled: PlanLayout["prefilled"] = [];
  const nextReview = halfTerms[0]?.end;
  ordered.forEach(({ prefill, area }, i) => {
    const row = first + i;
    if (area) text(row, col("Strategic area"), area);
    cells.push({
      row,
      col: col("Start"),
      numberFormat: PLAN_DATE_FORMAT,
      ...(prefill ? { value: serial(input.asOf) } : {}),
    });
    cells.push({
      row,
      col: col("Next review"),
      numberFormat: PLAN_DATE_FORMAT,
      ...(prefill && nextReview ? { value: serial(nextReview) } : {}),
    });
    if (!prefill) return;
    prefilled.push({ ...prefill, row });
    text(row, col("Area or priority"), prefill.priority);
    text(row, col("Evidence that raised it"), prefill.evidence);
    if (prefill.measure) text(row, col("Success measure"), prefill.measure);
    // Each figure shows its unit and academic year (and the baseline its cohort), so a baseline
    // and target of different years are never read as one year's pair: "58% (2022/23, cohort 30)".
    const { unit } = prefill;
    if (prefill.baseline !== undefined)
      cells.push({
        row,
        col: col("Baseline"),
        value: prefill.baseline,
        ...figureFormat(unit, prefill.baselineYear, prefill.baselineCohort),
      });
    if (prefill.target !== undefined)
      cells.push({
        row,
        col: col("Target"),
        value: prefill.target,
        ...figureFormat(unit, prefill.targetYear),
      });
  });
  const last = first + Math.max(ordered.length, 1) - 1;
  const rows = last - first + 1;

  STRATEGIC_AREAS.forEach((area, i) => text(1 + i, AREA_LIST_COL, area));
  text(0, AREA_LIST_COL, "Strategic areas (list for the drop-down)", true);
  const areaLetter = columnLetter(AREA_LIST_COL);
  const areaList = `=$${areaLetter}$2:$${areaLetter}$${STRATEGIC_AREAS.length + 1}`;
  const validations: ListValidation[] = [
    { range: { row: first, col: col("RAG status"), rows }, source: { items: RAG_VALUES } },
    {
      range: { row: first, col: col("Lead"), rows },
      source: { formula: input.peopleRange ?? "=People!$A$2:$A$200" },
      strict: false,
    },
    { range: { row: first, col: col("Strategic area"), rows }, source: { formula: areaList } },
  ];
  const rag = col("RAG status");
  const ragCell = `$${columnLetter(rag)}${first + 1}`;
  const layout: SheetLayout = {
    name: input.sheetName,
    cells,
    formats: [
      {
        range: { row: first, col: 0, rows, cols: columns.length },
        style: { wrapText: true, vertical: "top", border: "thin" },
      },
      ...lists.map(({ row }) => ({
        range: { row, col: 0, cols: columns.length },
        style: { wrapText: true, vertical: "top" as const },
      })),
    ],
    merges: lists.map(({ row }) => ({ row, col: 2, cols: columns.length - 2 })),
    columnWidths: columns
      .map((name, c) => ({ col: c, width: name.startsWith("Milestone") ? 18 : c <= 3 ? 32 : 14 }))
      .concat([{ col: AREA_LIST_COL, width: 36 }]),
    validations,
    conditionalFormats: RAG_VALUES.map((value, i) => ({
      range: { row: first, col: rag, rows },
      formula: `=${ragCell}="${value}"`,
      style: { fillColor: ["#C6EFCE", "#FFEB9C", "#FFC7CE"][i] },
    })),
    rowHeights: [
      ...lists.map(({ row, lines: count }) => ({ row, height: 15 * count })),
      { row: headerRow, height: 32 },
      ...Array.from({ length: rows }, (_, i) => ({ row: first + i, height: 45 })),
    ],
    frozen: { rows: headerRow + 1, cols: 1 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitTo: { wide: 1, tall: 1 },
      titleRows: { first: headerRow, last: headerRow },
      area: { row: 0, col: 0, rows: last + 1, cols: columns.length },
    },
  };
  return { layout, prefilled, headerRow, columns, halfTerms };
}

/**
 * A number format that keeps the figure a number and shows its unit (only "%": other units
 * read as words would clutter the cell), year and cohort beside it: General"% (2022/23, cohort 30)".
 */
function figureFormat(
  unit: string | undefined,
  year: string | undefined,
  cohort?: number
): { numberFormat?: string } {
  const about = [year, cohort ? `cohort ${cohort}` : ""].filter((part) => part).join(", ");
  const suffix = `${unit === "%" ? "%" : ""}${about ? ` (${about})` : ""}`;
  return suffix ? { numberFormat: `General"${suffix.replace(/"/g, "")}"` } : {};
}
