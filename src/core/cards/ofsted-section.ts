import { inspectionAreaOf } from "../inspections/areas";
import type { Canvas } from "./canvas";
import { cellAddress } from "../layout/a1";
import { absolute, GENERATED_CELL } from "./header";
import { quoted } from "./formulas";
import { labelled, longText, onLatest, openDated, type Dated } from "./record-sections";
import { cardColumn, type CardSources } from "./card-tables";
import { cardSection } from "./section";
import { dataRange, wholeColumn, type ColumnRef, type TableRef } from "./sources";
import { DATE_FORMAT, LABEL_STYLE, LAST_COL } from "./style";

const KEY_JUDGEMENTS = [
  "quality of education",
  "behaviour and attitudes",
  "personal development",
  "leadership and management",
];
const REPORT_CARD_ONLY = [
  "inclusion",
  "curriculum and teaching",
  "achievement",
  "attendance and behaviour",
  "personal development and well being",
  "leadership and governance",
];
const REPORT_CARD_AREAS = [
  "inclusion",
  "curriculum and teaching",
  "achievement",
  "attendance and behaviour",
  "personal development and well being",
  "leadership and governance",
  "early years provision",
  "sixth form provision",
  "post 16",
];

/**
 * Sources of the card's Ofsted dates, quoted in the cells' basis text and in docs/classification.md.
 * Statutory: "school year" is "the period of 12 months commencing on 1st August" (Education
 * (School Inspection) (England) Regulations 2005, SI 2005/2038, reg 2), and a school is
 * inspected within five school years from the end of the school year of its last inspection
 * (reg 3, as Ofsted's "Changes to the school inspection window", 2018, restates it). SI 2024/908
 * amended reg 3 from 30 September 2024 on section 8 inspections after a section 5 one; SI
 * 2021/845 (reg 3AA) gives seven years for the first inspection of certain new schools with
 * predecessors inspected 1 August 2014 to 27 April 2021, which this date does not apply.
 */
export const STATUTORY_BASIS =
  "5 school years from the end of the school year of the last inspection; a school year starts 1 August (SI 2005/2038, regs 2-3)";
export const STATUTORY_PASSED =
  "passed before this card was generated: look for a newer Ofsted report the data lacks, or the inspection is overdue";
const RI_BASIS =
  "Ofsted: a school judged requires improvement (or DfE's 2024/25 equivalent) has a graded inspection within 30 months of the report's publication";
const CONCERN_BASIS =
  "TrustTier reading of Ofsted's monitoring practice: monitoring inspections, then a graded inspection within 30 months of publication";
const GRADED_NEXT_BASIS =
  'Ofsted, School inspections: a guide for parents: the graded inspection is "usually ... within one to two years"';
const SAFEGUARDING_BASIS =
  "School inspection handbook, September 2024: where safeguarding alone is ineffective, inspectors may return within three months";
const NO_EARLIER_BASIS = "no earlier date applies: by the statutory latest date";

/** Builds the section's formulas over the academy's latest Inspections row. */
class LatestRow {
  constructor(
    private readonly source: Dated,
    private readonly urnCell: string,
    private readonly dateCell: string
  ) {}

  /** 1 on the academy's latest row, 0 elsewhere, as an array factor. */
  private get on(): string {
    return `(${dataRange(this.source.urn)}=${this.urnCell})*(${dataRange(this.source.date)}=${this.dateCell})`;
  }

  /** How many of the columns hold one of `values` on the latest row. */
  count(columns: readonly ColumnRef[], values: readonly string[]): string {
    if (columns.length === 0) return "0";
    const any = columns
      .flatMap((column) => values.map((value) => `(${dataRange(column)}=${quoted(value)})`))
      .join("+");
    return `SUMPRODUCT(${this.on}*(${any}))`;
  }

  /** How many of the columns are filled on the latest row. */
  filled(columns: readonly ColumnRef[]): string {
    if (columns.length === 0) return "0";
    const any = columns.map((column) => `(${dataRange(column)}<>"")`).join("+");
    return `SUMPRODUCT(${this.on}*(${any}))`;
  }

  /** The text of a column on the latest row, or "". */
  text(column: ColumnRef | undefined): string {
    if (!column) return '""';
    const row = `SUMPRODUCT(MAX(${this.on}*ROW(${dataRange(this.source.urn)})))`;
    return `IF(${row}=0,"",INDEX(${wholeColumn(column)},${row})&"")`;
  }
}

function areaColumns(table: TableRef, names: readonly string[]): ColumnRef[] {
  return table.headers.flatMap((header, index) => {
    const area = inspectionAreaOf(header);
    return area && names.includes(area) ? [{ table, col: table.firstCol + index }] : [];
  });
}

const INADEQUATE = ["Inadequate"];
const RI = ["Requires improvement", "RI"];
const SAFEGUARDING_FAILED = ["Not met", "Not effective", "Ineffective"];

/** Number format that shows nothing: the grade counts the outcome formula reads. */
const HIDDEN = ";;;";

interface Counts {
  urgent: string;
  lgUrgent: string;
  safeguarding: string;
  keyInadequate: string;
  keyBelowGood: string;
  riEquivalent: string;
  cardFilled: string;
  keyFilled: string;
}

/**
 * Writes the latest row's grade counts into hidden cells of `row` (columns 4 onwards, beside
 * the merged value) so the outcome formula reads each once and stays far below Excel's 8,192
 * characters. Returns their addresses.
 */
function writeCounts(
  canvas: Canvas,
  row: number,
  latest: LatestRow,
  sources: CardSources,
  table: TableRef
): Counts {
  const col = (name: string) => areaColumns(table, [name]);
  const key = areaColumns(table, KEY_JUDGEMENTS);
  const card = areaColumns(table, REPORT_CARD_AREAS);
  const safeguarding = cardColumn(sources, "inspections", "safeguarding");
  const formulas: Record<keyof Counts, string> = {
    urgent: latest.count(card, ["Urgent improvement"]),
    lgUrgent: latest.count(col("leadership and governance"), ["Urgent improvement"]),
    safeguarding: latest.count(safeguarding ? [safeguarding] : [], SAFEGUARDING_FAILED),
    keyInadequate: latest.count(key, INADEQUATE),
    keyBelowGood: latest.count(key, [...INADEQUATE, ...RI]),
    riEquivalent: latest.count(
      [...col("quality of education"), ...col("leadership and management")],
      RI
    ),
    // Early years and sixth form are graded in every regime: only report-card areas say "report card".
    cardFilled: latest.filled(areaColumns(table, REPORT_CARD_ONLY)),
    keyFilled: latest.filled(key),
  };
  const cells = {} as Counts;
  (Object.keys(formulas) as (keyof Counts)[]).forEach((name, index) => {
    canvas.formula(row, 4 + index, `=${formulas[name]}`, HIDDEN);
    cells[name] = cellAddress(row, 4 + index);
  });
  return cells;
}

/**
 * The latest inspection's outcome in words, in every regime, naming a category of concern
 * where the Category of concern column records one or the grades imply one (see
 * docs/classification.md, "Categories of concern in every regime").
 */
function outcomeWords(
  n: Counts,
  cells: { overall: string; concern: string; lg: string; dateCell: string }
): string {
  const { overall, concern, lg } = cells;
  const noConcern = `OR(${concern}="",${concern}="None",${concern}="No",${concern}="N/A")`;
  const publishedConcern = `OR(${overall}="Special measures",${overall}="Serious weaknesses",${overall}="Requires significant improvement")`;
  const reportCard = `IF(${n.urgent}+${n.safeguarding}=0,"Report card, no category of concern"&IF(${lg}="","","; leadership and governance: "&${lg}),IF(AND(${n.lgUrgent}>0,${n.urgent}>=2),"Special measures: category of concern from the grades (NEU summary of Ofsted's operating guide; not recorded)",IF(${n.safeguarding}=0,"Requires significant improvement: category of concern from the grades (NEU summary of Ofsted's operating guide; not recorded)","Category of concern (type not recorded)")))`;
  const keyJudgements = `IF(${n.keyInadequate}+${n.safeguarding}>0,"Category of concern (type not recorded)"&IF(${n.keyBelowGood}=0,"; safeguarding alone: inspectors may return within three months",""),IF(${n.riEquivalent}>0,"No overall grade: requires improvement equivalent (quality of education and/or leadership and management, DfE)",IF(${n.keyBelowGood}>0,"No overall grade: some key judgements below good","No overall grade: key judgements good or better")))`;
  return `=IF(N(${cells.dateCell})=0,"",IF(NOT(${noConcern}),${concern}&" (published category of concern)",IF(${publishedConcern},${overall}&" (published category of concern)",IF(AND(${overall}<>"",${overall}<>"Not judged"),IF(${overall}="Inadequate",${overall}&": category of concern (type not recorded)",${overall}),IF(${n.cardFilled}>0,${reportCard},IF(${n.keyFilled}>0,${keyJudgements},${overall}))))))`;
}

/** The words beside the inspection when it was a predecessor school's, not the academy's own. */
export const PREDECESSOR_WORDS = "predecessor school";

/**
 * Beside the type (or on a row of its own): whether the latest inspection is a predecessor
 * school's (Inspections' Predecessor "Yes" or a Predecessor URN, as the import links it), live:
 * "predecessor school (URN 122713): inspected before the academy opened". Nothing when neither
 * column is there.
 */
function writePredecessor(
  canvas: Canvas,
  latest: LatestRow,
  flag: ColumnRef | undefined,
  urn: ColumnRef | undefined,
  type: ColumnRef | undefined
): void {
  if (!flag && !urn) return;
  const said = latest.text(flag);
  const linked = latest.text(urn);
  const yes = flag ? `OR(${said}="Yes",${said}="Y",${said}="TRUE")` : "FALSE";
  const isPredecessor = `AND(${said}<>"No",OR(${yes},${linked}<>""))`;
  const words = `${quoted(PREDECESSOR_WORDS)}&IF(${linked}="",""," (URN "&${linked}&")")&": inspected before the academy opened, not the academy's own inspection"`;
  const formula = `=IF(${isPredecessor},${words},"")`;
  const style = { bold: true, fontColor: "#9C5700", wrapText: true } as const;
  if (type) {
    const row = canvas.row - 1;
    canvas.formula(row, 4, formula, undefined, style);
    canvas.merge({ row, col: 4, cols: LAST_COL - 3 });
    return;
  }
  const row = canvas.row++;
  canvas.value(row, 0, "Inspected school:", LABEL_STYLE);
  canvas.formula(row, 1, formula, undefined, style);
  canvas.merge({ row, col: 1, cols: LAST_COL });
}

/** Statutory latest date: 31 July, five school years after the last inspection's school year. */
function statutoryLatest(dateCell: string): string {
  return `DATE(YEAR(${dateCell})+IF(MONTH(${dateCell})>=8,1,0)+5,7,31)`;
}

/**
 * Ofsted next steps (any of the three regimes): last inspection, type, outcome in words, the
 * statutory latest date and the practical expected window, each labelled, and next steps.
 */
function writeOfsted(
  canvas: Canvas,
  sources: CardSources,
  urnCell: string,
  tallRows: number[]
): boolean {
  const opened = openDated(canvas, sources, "inspections", urnCell, {
    title: "Ofsted Next Steps",
    last: "Last Inspection:",
  });
  const table = sources.inspections;
  if (!opened || !table) return false;
  const { source, dateCell } = opened;
  const latest = new LatestRow(source, urnCell, dateCell);
  const column = (key: string) => cardColumn(sources, "inspections", key);
  const type = column("type");
  const overall = column("overall");
  const concern = column("concern");
  const published = column("published");
  const steps = column("nextSteps");
  if (type) labelled(canvas, "Type:", onLatest(source, type, urnCell, dateCell));
  const counts = writeCounts(canvas, canvas.row - 1 - (type ? 1 : 0), latest, sources, table);
  writePredecessor(canvas, latest, column("predecessor"), column("predecessorUrn"), type);
  const publishedRow = canvas.row++;
  canvas.value(publishedRow, 0, "Published outcome:", LABEL_STYLE);
  canvas.formula(publishedRow, 1, `=${latest.text(overall)}`, undefined, { horizontal: "left" });
  canvas.merge({ row: publishedRow, col: 1, cols: 3 });
  canvas.value(publishedRow, 4, "Category of concern:", LABEL_STYLE);
  canvas.merge({ row: publishedRow, col: 4, cols: 2 });
  canvas.formula(publishedRow, 6, `=${latest.text(concern)}`);
  canvas.merge({ row: publishedRow, col: 6, cols: LAST_COL - 5 });
  const lgColumn = areaColumns(table, ["leadership and governance"])[0];
  const outcomeRow = canvas.row++;
  canvas.value(outcomeRow, 0, "Outcome:", LABEL_STYLE);
  const outcome = cellAddress(outcomeRow, 1);
  canvas.formula(
    outcomeRow,
    1,
    outcomeWords(counts, {
      overall: cellAddress(publishedRow, 1),
      concern: cellAddress(publishedRow, 6),
      lg: latest.text(lgColumn),
      dateCell,
    }),
    undefined,
    { horizontal: "left", wrapText: true }
  );
  canvas.merge({ row: outcomeRow, col: 1, cols: LAST_COL });
  const publishedCell = published
    ? labelled(
        canvas,
        "Report published:",
        onLatest(source, published, urnCell, dateCell),
        DATE_FORMAT
      )
    : undefined;
  const statutoryCell = labelled(
    canvas,
    "Statutory latest:",
    `=IF(N(${dateCell})=0,"",${statutoryLatest(dateCell)})`,
    DATE_FORMAT
  );
  // A statutory date already past when the card was made: Ofsted has inspected since (the
  // data lacks it) or the inspection is overdue; either way the trust should look.
  const generated = absolute(GENERATED_CELL);
  canvas.formula(
    canvas.row - 1,
    4,
    `=IF(AND(N(${statutoryCell})>0,N(${statutoryCell})<N(${generated})),${quoted(STATUTORY_PASSED)},${quoted(STATUTORY_BASIS)})`,
    undefined,
    { italic: true, wrapText: true }
  );
  canvas.merge({ row: canvas.row - 1, col: 4, cols: LAST_COL - 3 });

  // The practical window: from / to dates and its basis, chosen from the outcome in words.
  const from = publishedCell ? `IF(N(${publishedCell})>0,${publishedCell},${dateCell})` : dateCell;
  const fromNote = publishedCell
    ? `IF(N(${publishedCell})>0," (from publication)"," (from the inspection date: no publication date held)")`
    : `" (from the inspection date: no publication date held)"`;
  const has = (text: string) => `ISNUMBER(SEARCH(${quoted(text)},${outcome}))`;
  const inConcern = `AND(${has("category of concern")},NOT(${has("no category of concern")}))`;
  const gradedNext = steps
    ? `OR(${has("may ")},ISNUMBER(SEARCH("graded inspection",${latest.text(steps)})))`
    : has("may ");
  const windowEnd = `IF(${has("three months")},EDATE(${dateCell},3),IF(OR(${inConcern},${has("requires improvement")}),EDATE(${from},30),IF(${gradedNext},EDATE(${dateCell},24),${statutoryCell})))`;
  const windowStart = `IF(${has("three months")},${dateCell},IF(OR(${inConcern},${has("requires improvement")}),${from},IF(${gradedNext},EDATE(${dateCell},12),"")))`;
  const basis = `IF(${has("three months")},${quoted(SAFEGUARDING_BASIS)},IF(${inConcern},${quoted(CONCERN_BASIS)}&${fromNote},IF(${has("requires improvement")},${quoted(RI_BASIS)}&${fromNote},IF(${gradedNext},${quoted(GRADED_NEXT_BASIS)},${quoted(NO_EARLIER_BASIS)}))))`;
  const row = canvas.row++;
  canvas.value(row, 0, "Expected window:", LABEL_STYLE);
  canvas.formula(row, 1, `=IF(N(${dateCell})=0,"",${windowStart})`, DATE_FORMAT, {
    horizontal: "left",
  });
  canvas.value(row, 2, "to", { horizontal: "center" });
  canvas.formula(row, 3, `=IF(N(${dateCell})=0,"",${windowEnd})`, DATE_FORMAT, {
    horizontal: "left",
  });
  canvas.formula(row, 4, `=IF(N(${dateCell})=0,"",${basis})`, undefined, {
    italic: true,
    wrapText: true,
  });
  canvas.merge({ row, col: 4, cols: LAST_COL - 3 });
  tallRows.push(row);

  if (steps) longText(canvas, "Next Steps -", onLatest(source, steps, urnCell, dateCell), tallRows);
  canvas.row++;
  return true;
}

/** Ofsted next steps, when the academy has an inspection on record. */
export const ofstedSection = cardSection({
  name: "Ofsted next steps",
  write(canvas, input, { urnCell, tallRows }) {
    const urn = input.academy.urn;
    if (!input.data.inspections.some((row) => row.urn === urn)) return false;
    return writeOfsted(canvas, input.sources, urnCell, tallRows);
  },
});
