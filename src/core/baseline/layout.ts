import { Canvas } from "../cards/canvas";
import { footerText } from "../cards/card-layout";
import { DATE_FORMAT, GRID_STYLE, HEAD_STYLE, LABEL_STYLE, SECTION_STYLE } from "../cards/style";
import { isoToExcelSerial } from "../dates/excel-serial";
import { outcomeDisplay } from "../inspections/outcomes";
import { columnLetter } from "../layout/a1";
import type { CellStyle, ListValidation, SheetLayout } from "../layout/types";
import type { BaselineAssessment } from "./assess";
import { baselineProposal, DUE_DILIGENCE_PROPOSAL } from "./proposal";

/** The sheet's columns: label, then seven narrower ones; text rows merge B:H. */
const LAST_COL = 7;
/**
 * Characters of a label that fit on one line of column A (width 30, bold at worst); a longer
 * label wraps and its row is made taller.
 */
const LABEL_CHARS = 26;
/** The same for a figure's label, in regular weight. */
const PLAIN_LABEL_CHARS = 32;
/** Where the trust types evidence and its capacity judgement (read back when the school joins). */
export const BASELINE_INPUT_COL = 2;
export const EVIDENCE_SECTION = "Evidence on the trust's framework";
export const CAPACITY_LABEL = "Trust's judgement of capacity";
/** Characters of room the proposal's row keeps for the join's dated proposal. */
const JOIN_PROPOSAL_ROOM = 220;
/** The proposal's row: the join dates its newer proposal in the cell beside it. */
export const PROPOSED_LEVEL_LABEL = "Proposed initial level";
/** TrustTier's words for the drop-down; seed 001 names only the "capacity taker". */
export const CAPACITY_OPTIONS = ["Capacity taker", "Not a capacity taker"];

const INPUT_STYLE: CellStyle = {
  fillColor: "#FFF2CC",
  border: "thin",
  borderColor: "#7F6000",
  wrapText: true,
};
const TEXT: CellStyle = { wrapText: true, vertical: "top" };
const SMALL: CellStyle = { wrapText: true, vertical: "top", italic: true, fontSize: 8 };

export interface BaselineLayout {
  layout: SheetLayout;
  /** Sheet row (0-based) of each criterion's input cell, by criterion id. */
  evidenceRows: Record<string, number>;
  capacityRow: number;
}

/** A drop-down only where Excel's list can hold the items (no commas, under 255 characters). */
function listFor(items: readonly string[], row: number): ListValidation | undefined {
  if (items.length === 0 || items.some((i) => i.includes(",")) || items.join(",").length > 250)
    return undefined;
  return {
    range: { row, col: BASELINE_INPUT_COL, cols: 3 },
    source: { items },
    strict: false,
    allowBlank: true,
  };
}

/**
 * The Baseline sheet: one A4 page (fit to one page wide and tall) of published figures beside
 * national and the trust's targets, inspection history, DfE status, derived evidence, the
 * framework's evidence (blank cells for what the trust holds), the due-diligence proposal or
 * what to gather, and Capacity: its evidence beside an empty field for the trust's judgement.
 * Figures are values (the published snapshot); each difference from national is a live formula.
 */
export function baselineLayout(assessment: BaselineAssessment, sheetName: string): BaselineLayout {
  const canvas = new Canvas();
  const lineCount = (chars: number) => Math.min(6, Math.max(1, Math.ceil(chars / 90)));
  const { school } = assessment;
  const validations: ListValidation[] = [];
  /** Each row's height where it must grow: the tallest asked for wins. */
  const heights = new Map<number, number>();
  const tall = {
    push: ({ row, height }: { row: number; height: number }) =>
      heights.set(row, Math.max(height, heights.get(row) ?? 0)),
  };
  /** A label in column A wraps: the row grows to hold its lines, never printing over the next. */
  const labelFits = (row: number, label: string, chars = LABEL_CHARS) => {
    const lines = Math.ceil(label.length / chars);
    if (lines > 1) tall.push({ row, height: 13 * lines + 2 });
  };
  const section = (title: string) => {
    canvas.row++;
    canvas.value(canvas.row, 0, title, SECTION_STYLE);
    canvas.format({ row: canvas.row, col: 0, cols: LAST_COL + 1 }, SECTION_STYLE);
    canvas.row++;
  };
  /**
   * A label and a text spanning B:H (merged, wrapped, tall enough, with room for `roomFor` more
   * characters), with an optional note below.
   */
  const line = (label: string, text: string, note?: string, roomFor = 0) => {
    const lines = lineCount(text.length + roomFor);
    canvas.value(canvas.row, 0, label, { ...LABEL_STYLE, ...TEXT });
    canvas.value(canvas.row, 1, text, TEXT);
    canvas.merge({ row: canvas.row, col: 1, cols: LAST_COL });
    if (lines > 1) tall.push({ row: canvas.row, height: 13 * lines });
    labelFits(canvas.row, label);
    canvas.row++;
    if (note) {
      canvas.value(canvas.row, 1, note, SMALL);
      canvas.merge({ row: canvas.row, col: 1, cols: LAST_COL });
      tall.push({ row: canvas.row, height: 10 * Math.min(4, Math.ceil(note.length / 140)) + 3 });
      canvas.row++;
    }
  };

  canvas.value(0, 0, `Due-diligence baseline: ${school.name} (URN ${school.urn})`, {
    bold: true,
    fontSize: 14,
  });
  canvas.row = 1;
  line(
    "School",
    `${school.phase}${school.localAuthority ? `, ${school.localAuthority}` : ""}; framework ${assessment.framework.name}; as of ${assessment.asOf}`,
    `From public files: ${school.foundIn.map((path) => path.split(/[\\/]/).pop()).join(", ")}`
  );

  section("Published figures beside the same-year, same-phase state-funded national figure");
  const heads = [
    "Measure",
    "Year",
    "School",
    "Cohort",
    "National",
    "Difference",
    "Trust target",
    "Note",
  ];
  heads.forEach((h, c) => canvas.value(canvas.row, c, h, { ...HEAD_STYLE, wrapText: true }));
  canvas.row++;
  const firstFigure = canvas.row;
  for (const figure of assessment.figures) {
    const r = canvas.row;
    canvas.value(r, 0, figure.label, TEXT);
    labelFits(r, figure.label, PLAIN_LABEL_CHARS);
    canvas.value(r, 1, figure.year);
    canvas.value(r, 2, figure.value ?? figure.code ?? null);
    if (figure.cohort !== undefined) canvas.value(r, 3, figure.cohort);
    if (figure.national) canvas.value(r, 4, figure.national.value);
    const own = `${columnLetter(2)}${r + 1}`;
    const national = `${columnLetter(4)}${r + 1}`;
    canvas.formula(
      r,
      5,
      `=IF(AND(ISNUMBER(${own}),ISNUMBER(${national})),${own}-${national},"")`,
      "0.0"
    );
    if (figure.target !== undefined) canvas.value(r, 6, figure.target);
    const notes = [
      figure.code ? `${figure.code}: suppressed or not published (DfE code)` : "",
      figure.lowerIsBetter ? "lower is better" : "",
      figure.national ? "" : "no same-year national figure",
      figure.note ?? "",
    ].filter((n) => n !== "");
    if (notes.length > 0) {
      const note = notes.join("; ");
      canvas.value(r, 7, note, SMALL);
      if (note.length > 50)
        tall.push({ row: r, height: 10 * Math.min(3, Math.ceil(note.length / 50)) + 3 });
    }
    canvas.row++;
  }
  if (assessment.figures.length === 0) {
    line("", "The files hold no figures for this school.");
  } else {
    canvas.format(
      { row: firstFigure, col: 0, rows: canvas.row - firstFigure, cols: LAST_COL + 1 },
      { ...GRID_STYLE, vertical: "top" }
    );
  }
  line(
    "",
    "Trust target: the target in force for this school in the workbook's Targets table (agreed, or typed); once the school joins, trusttier targets proposes them by the trust's method.",
    'Seed 001 sets the baseline "against national benchmarks and Trust KPIs"; its performance standards include "All groups of learners achieve results above national averages". Cohort: pupils the figure is about (TELIG, TPUP), where the file gives it.'
  );

  section("Inspection history, every regime (a predecessor school's marked)");
  ["Date", "Type", "Overall", "", "Concern", "Safeguarding", "Graded areas", ""].forEach((h, c) =>
    canvas.value(canvas.row, c, h, HEAD_STYLE)
  );
  canvas.merge({ row: canvas.row, col: 2, cols: 2 });
  canvas.merge({ row: canvas.row, col: 6, cols: 2 });
  canvas.row++;
  for (const inspection of assessment.inspections) {
    const r = canvas.row;
    const { record } = inspection;
    if (record.date)
      canvas.value(r, 0, isoToExcelSerial(record.date), { horizontal: "left" }, DATE_FORMAT);
    canvas.value(r, 1, record.regime);
    canvas.value(r, 2, record.overall ? outcomeDisplay(record.overall) : "no overall grade", TEXT);
    canvas.merge({ row: r, col: 2, cols: 2 });
    canvas.value(r, 4, record.concern ?? "none");
    canvas.value(r, 5, record.safeguarding ?? "");
    const areas = Object.entries(record.areas)
      .map(([area, outcome]) => `${area}: ${outcomeDisplay(outcome)}`)
      .join("; ");
    const whose = inspection.predecessorUrn
      ? `Predecessor school URN ${inspection.predecessorUrn}. `
      : record.predecessor
        ? "Predecessor school. "
        : "";
    canvas.value(r, 6, `${whose}${areas}`, SMALL);
    canvas.merge({ row: r, col: 6, cols: 2 });
    canvas.format({ row: r, col: 0, cols: LAST_COL + 1 }, { vertical: "top" });
    const areaLines = Math.ceil((areas.length + whose.length) / 70);
    tall.push({ row: r, height: Math.max(26, 10 * Math.min(4, areaLines) + 4) });
    canvas.row++;
  }
  if (assessment.inspections.length === 0) line("", "The files hold no inspection of this school.");

  section("DfE status");
  for (const status of [
    assessment.status.concern,
    assessment.status.stuck,
    assessment.status.rise,
    assessment.status.responsibleBody,
  ]) {
    line(status.label, status.text, status.source);
  }

  section("Evidence derived from published data (a person's own entry always wins)");
  for (const derived of assessment.derived) {
    line(
      derived.header,
      derived.value ??
        "Not derived: fewer than two published years with a same-year national figure",
      derived.note
    );
  }

  section(EVIDENCE_SECTION);
  const evidenceRows: Record<string, number> = {};
  const inspectionCriteria = assessment.evidence.filter((e) => e.fromInspection);
  if (inspectionCriteria.length > 0) {
    line(
      inspectionCriteria.map((e) => e.label).join(", "),
      "From the inspection history above (the latest inspection; floors from the whole history)"
    );
  }
  for (const evidence of assessment.evidence.filter((e) => !e.fromInspection)) {
    const r = canvas.row;
    evidenceRows[evidence.criterion] = r;
    canvas.value(r, 0, evidence.label, { ...LABEL_STYLE, ...TEXT });
    labelFits(r, evidence.label);
    canvas.value(r, BASELINE_INPUT_COL, evidence.value ?? null, INPUT_STYLE);
    canvas.merge({ row: r, col: BASELINE_INPUT_COL, cols: 3 });
    canvas.format({ row: r, col: BASELINE_INPUT_COL, cols: 3 }, INPUT_STYLE);
    canvas.value(
      r,
      5,
      evidence.from === "derived from published data"
        ? "derived from published data (above)"
        : evidence.from === "typed"
          ? "typed by the trust"
          : "for the trust to record from due diligence",
      SMALL
    );
    canvas.merge({ row: r, col: 5, cols: 3 });
    const list = listFor(evidence.options, r);
    if (list) validations.push(list);
    canvas.row++;
  }

  const proposal = baselineProposal(assessment.classification);
  section(DUE_DILIGENCE_PROPOSAL);
  line(
    PROPOSED_LEVEL_LABEL,
    proposal.text,
    proposal.kind === "level"
      ? "A proposal for the board to agree, from the published evidence and any the trust typed above."
      : undefined,
    // Room for the join's dated proposal before this one (proposalCellUpdate).
    JOIN_PROPOSAL_ROOM
  );
  if (proposal.kind === "level") {
    for (const detail of proposal.detail.slice(0, 6)) line("", detail);
  } else if (proposal.kind === "missing") {
    proposal.gather.forEach((item, i) => line(i === 0 ? "The trust must gather" : "", item));
  }

  section("Capacity (the trust's judgement: never computed)");
  const leadership = assessment.inspections
    .flatMap((i) =>
      ["leadership and management", "leadership and governance"].flatMap((area) =>
        i.record.areas[area]
          ? [`${area} ${outcomeDisplay(i.record.areas[area])} (${i.record.date ?? "undated"})`]
          : []
      )
    )
    .slice(0, 3);
  line(
    "Evidence",
    [
      leadership.length > 0
        ? `Ofsted ${leadership.join("; ")}`
        : "No Ofsted leadership grade in the files",
      `stuck: ${assessment.status.stuck.stuck ? "yes" : "no"}`,
      ...assessment.derived.flatMap((d) => (d.value ? [`${d.header}: ${d.value}`] : [])),
    ].join("; "),
    'Seed 001: "Where a school has been identified as a capacity taker through the due diligence process, the Trust will use its central capacity to support rapid school improvement."'
  );
  const capacityRow = canvas.row;
  canvas.value(capacityRow, 0, CAPACITY_LABEL, { ...LABEL_STYLE, ...TEXT });
  labelFits(capacityRow, CAPACITY_LABEL);
  canvas.value(capacityRow, BASELINE_INPUT_COL, null, INPUT_STYLE);
  canvas.merge({ row: capacityRow, col: BASELINE_INPUT_COL, cols: 3 });
  canvas.format({ row: capacityRow, col: BASELINE_INPUT_COL, cols: 3 }, INPUT_STYLE);
  canvas.value(capacityRow, 5, "for the trust to judge (TrustTier's drop-down words)", SMALL);
  canvas.merge({ row: capacityRow, col: 5, cols: 3 });
  validations.push({
    range: { row: capacityRow, col: BASELINE_INPUT_COL, cols: 3 },
    source: { items: CAPACITY_OPTIONS },
    strict: false,
    allowBlank: true,
  });
  canvas.row++;

  const lastRow = canvas.row;
  const layout: SheetLayout = {
    name: sheetName,
    cells: canvas.cells,
    formats: canvas.formats,
    merges: canvas.merges,
    validations,
    columnWidths: [
      { col: 0, width: 30 },
      { col: 1, width: 10 },
      { col: 2, width: 10 },
      { col: 3, width: 9 },
      { col: 4, width: 10 },
      { col: 5, width: 12 },
      { col: 6, width: 11 },
      { col: 7, width: 36 },
    ],
    rowHeights: [...heights].map(([row, height]) => ({ row, height })),
    hideGridlines: true,
    tabColor: "#7F6000",
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitTo: { wide: 1, tall: 1 },
      area: { row: 0, col: 0, rows: lastRow, cols: LAST_COL + 1 },
      footer: {
        left: footerText(`${school.name} (URN ${school.urn})`),
        center: footerText(`Due-diligence baseline, ${assessment.asOf}`),
        right: "Page &P of &N",
      },
    },
  };
  return { layout, evidenceRows, capacityRow };
}
