import { cellAddress, rangeAddress } from "../layout/a1";
import type { Measure } from "../measures/types";
import type { Canvas } from "./canvas";
import { figureFormula, lastMatchFormula, numberFormula, quoted, type Match } from "./formulas";
import type { ColumnRef } from "./sources";
import { measureExistsIn } from "../measures/lookup";
import { PROGRESS_BANDS } from "../published/progress-band";
import { AMBER, CHECK, CHECK_COL, GREEN, LABEL_STYLE, RED } from "./style";
import type { FigureColumns, NationalColumns } from "./table-columns";
import type { YearPick } from "./picks";
import type { CardMeasureRow } from "./types";

export interface MeasureRowInput {
  readonly measure: Measure;
  readonly row: number;
  /** Absolute reference to the card's URN cell ("$B$2"). */
  readonly urnCell: string;
  readonly years: readonly string[];
  readonly figures: FigureColumns;
  /** The target picked (picks.ts): compared only when `sameYear`. */
  readonly target?: YearPick & { readonly columns: FigureColumns };
  /** The national figure picked (picks.ts): compared only when `sameYear`. */
  readonly national?: YearPick & { readonly phase: string; readonly columns: NationalColumns };
  /** National holds the measure for all phases only, which this academy's phase does not use. */
  readonly onlyAllPhaseNational?: boolean;
  /** Context rows show Academy and National only: no target, trend or RAG. */
  readonly compact?: boolean;
  /**
   * A progress score (BANDED_MEASURES): judged against national by DfE's band, never by the
   * score against 0. `bandRow` is the row of bands written beneath it, when Measures has a Band
   * column; without one the score gets no national mark.
   */
  readonly progress?: { readonly bandRow?: number };
  /**
   * Measures' Note column, given when the figure is derived (the import's "derived: FSM6
   * proxy ..."): the latest year's note is shown live in the check column, as the Baseline
   * sheet shows it.
   */
  readonly derivedNote?: ColumnRef;
}

export function numberFormatOf(measure: Measure): string {
  if (measure.unit === "pupils") return "0";
  if (measure.unit === "index") return "0.00";
  return "0.0";
}

const unitText = (measure: Measure) => (measure.unit === "%" ? "%" : ` ${measure.unit}`);

/**
 * The check cell: figures outside the valid range, or outside where real figures fall (the
 * seed's national persistent absence of 94.5%), named with the range, then the row's notes
 * (what it does not compare, and why); "" when all is well.
 */
function checkFormula(
  measure: Measure,
  figures: string,
  national: string | undefined,
  notes: readonly string[],
  derived?: string
): string {
  const { min, max, likely } = measure;
  const range = `${min}–${max}${unitText(measure)}`;
  const outside = (low: number, high: number) =>
    `COUNTIF(${figures},"<${low}")+COUNTIF(${figures},">${high}")>0`;
  const parts = [`IF(${outside(min, max)},"⚠ figure outside ${range} ","")`];
  if (likely) {
    parts[0] = `IF(${outside(min, max)},"⚠ figure outside ${range} ",IF(${outside(likely.min, likely.max)},"⚠ figure unlikely (normally ${likely.min}–${likely.max}${unitText(measure)}) ",""))`;
  }
  if (national) {
    const bad = `AND(ISNUMBER(${national}),OR(${national}<${min},${national}>${max}))`;
    const odd = likely
      ? `AND(ISNUMBER(${national}),OR(${national}<${likely.min},${national}>${likely.max}))`
      : "FALSE";
    const normally = likely ? `${likely.min}–${likely.max}${unitText(measure)}` : range;
    parts.push(
      `IF(${bad},"⚠ National "&${national}&" outside ${range}",IF(${odd},"⚠ National "&${national}&" unlikely (normally ${normally})",""))`
    );
  }
  if (notes.length > 0) parts.push(quoted(` ${notes.join(" ")}`));
  if (derived) parts.push(`" "&${derived}`);
  return `=TRIM(${parts.join("&")})`;
}

/** A value-cell rule: numbers outside the valid or likely range are marked, before any RAG. */
function checkRule(measure: Measure, first: string): string {
  const low = measure.likely ? Math.max(measure.min, measure.likely.min) : measure.min;
  const high = measure.likely ? Math.min(measure.max, measure.likely.max) : measure.max;
  return `=AND(ISNUMBER(${first}),OR(${first}<${low},${first}>${high}))`;
}

/** A benchmark's number format: the measure's, followed by the year it is for ("80.0 (2025/26)"). */
export function yearFormat(format: string, year: string): string {
  return `${format}" (${year})"`;
}

/** The year whose figure the row's Target, National, vs and RAG cells judge: the latest shown. */
function resultYearOf(input: MeasureRowInput): string | undefined {
  return input.years.at(-1);
}

/**
 * What the row says in words where it compares nothing: a target or national figure of another
 * year (shown with its year, never compared across years), an all-phase figure not used, a
 * year with no published measure (issue 14, items 6, 7 and 10).
 */
export function comparisonNotes(input: MeasureRowInput): string[] {
  const year = resultYearOf(input);
  const notes: string[] = [];
  if (!year) return notes;
  const { measure } = input;
  if (!measureExistsIn(measure, year)) {
    notes.push(`No ${measure.label} for ${year} (DfE published none): not compared.`);
    return notes;
  }
  if (!input.compact && input.target && !input.target.sameYear) {
    notes.push(`Target is for ${input.target.year}, result ${year}: not compared.`);
  }
  if (input.national && !input.national.sameYear) {
    notes.push(`National is for ${input.national.year}, result ${year}: not compared.`);
  }
  if (input.national?.phase === "all" && input.national.sameYear) {
    notes.push("National: all schools (the academy has both phases).");
  }
  if (!input.national && input.onlyAllPhaseNational) {
    notes.push(
      `National: all-phase figure only, not used for a ${comparisonPhaseText(input)} academy.`
    );
  }
  return notes;
}

const comparisonPhaseText = (input: MeasureRowInput) =>
  input.measure.phase === "all" ? "single-phase" : input.measure.phase;

/** The Measures rows of this card's academy, the row's measure and a year. */
function figureMatches(input: MeasureRowInput, year: string): Match[] {
  const { figures } = input;
  return [
    { column: figures.urn, equals: input.urnCell },
    { column: figures.code, equals: quoted(input.measure.code) },
    { column: figures.year, equals: quoted(year) },
  ];
}

/** One measure's row: label, live figures by year, Target, National, trend, signals, check. */
export function writeMeasureRow(canvas: Canvas, input: MeasureRowInput): CardMeasureRow {
  const { measure, row, urnCell, figures } = input;
  const format = numberFormatOf(measure);
  canvas.value(row, 0, measure.label, LABEL_STYLE);
  const years: Record<string, number> = {};
  input.years.forEach((year, i) => {
    const col = 1 + i;
    years[year] = col;
    // A compact (Context) row shows one year's figure: the year is said beside it ("14.8
    // (2018/19)"), as a census figure can be years older than the card.
    canvas.formula(
      row,
      col,
      figureFormula(figures.value, figureMatches(input, year)),
      input.compact ? yearFormat(format, year) : format
    );
  });
  const k = input.years.length;
  const targetCol = input.compact ? undefined : 1 + k;
  const nationalCol = input.compact ? 1 + k : 2 + k;
  if (targetCol !== undefined && input.target) {
    const t = input.target.columns;
    canvas.formula(
      row,
      targetCol,
      numberFormula(t.value, [
        { column: t.urn, equals: urnCell },
        { column: t.code, equals: quoted(measure.code) },
        { column: t.year, equals: quoted(input.target.year) },
      ]),
      yearFormat(format, input.target.year)
    );
  }
  if (input.national) {
    const n = input.national.columns;
    canvas.formula(
      row,
      nationalCol,
      numberFormula(n.value, [
        { column: n.code, equals: quoted(measure.code) },
        { column: n.year, equals: quoted(input.national.year) },
        { column: n.phase, equals: quoted(input.national.phase) },
      ]),
      yearFormat(format, input.national.year)
    );
  }
  const nationalRef = input.national ? cellAddress(row, nationalCol) : undefined;
  const lastFigureCol = targetCol ?? k;
  const figureRange = rangeAddress({ row, col: 1, cols: Math.max(1, lastFigureCol) });
  const notes = comparisonNotes(input);
  const latest = input.years.at(-1);
  const derived =
    input.derivedNote && latest
      ? lastMatchFormula(input.derivedNote, figureMatches(input, latest)).slice(1)
      : undefined;
  canvas.formula(row, CHECK_COL, checkFormula(measure, figureRange, nationalRef, notes, derived));
  canvas.rule({
    range: { row, col: 1, cols: nationalCol },
    formula: checkRule(measure, cellAddress(row, 1)),
    style: CHECK,
    stopIfTrue: true,
  });
  if (!input.compact && k > 0 && measure.good !== "neutral") {
    writeSignals(canvas, input, row, k, nationalCol);
  }
  return {
    code: measure.code,
    row,
    years,
    ...(input.target && targetCol !== undefined
      ? {
          target: {
            year: input.target.year,
            col: targetCol,
            compared: comparable(input, "target"),
          },
        }
      : {}),
    ...(input.national
      ? {
          national: {
            year: input.national.year,
            phase: input.national.phase,
            col: nationalCol,
            compared: comparable(input, "national"),
          },
        }
      : {}),
    checkCol: CHECK_COL,
    notes,
    ...(derived ? { derived: true } : {}),
  };
}

/** True when the row compares its latest figure with this benchmark: same year, a real measure. */
function comparable(input: MeasureRowInput, which: "target" | "national"): boolean {
  const year = resultYearOf(input);
  const pick = input[which];
  if (!year || !pick || !pick.sameYear || input.compact) return false;
  return measureExistsIn(input.measure, year);
}

/**
 * Trend against last year, text signals against Target and National, and RAG rules, each only
 * between figures of the same year (the latest shown) and only in a year the measure exists.
 */
function writeSignals(
  canvas: Canvas,
  input: MeasureRowInput,
  row: number,
  k: number,
  nationalCol: number
): void {
  const up = input.measure.good === "up";
  const v = cellAddress(row, k);
  const t = cellAddress(row, k + 1);
  const n = cellAddress(row, nationalCol);
  const trendCol = nationalCol + 1;
  const years = input.years;
  if (
    k >= 2 &&
    measureExistsIn(input.measure, years[k - 1]) &&
    measureExistsIn(input.measure, years[k - 2])
  ) {
    const p = cellAddress(row, k - 1);
    const better = up ? `${v}>${p}` : `${v}<${p}`;
    canvas.formula(
      row,
      trendCol,
      `=IF(AND(ISNUMBER(${v}),ISNUMBER(${p})),IF(${v}=${p},"► same",IF(${v}>${p},"▲","▼")&IF(${better}," better"," worse")),"")`
    );
  }
  const withTarget = comparable(input, "target");
  const meets = (x: string) => (up ? `${v}>=${x}` : `${v}<=${x}`);
  const word = up ? ["✔ at or above", "✖ below"] : ["✔ at or below", "✖ above"];
  if (withTarget) {
    canvas.formula(
      row,
      trendCol + 1,
      `=IF(AND(ISNUMBER(${v}),ISNUMBER(${t})),IF(${meets(t)},"✔ met","✖ not met"),"")`
    );
  }
  const national = nationalJudgement(input, k, v, n);
  if (national) {
    const { known, atOrAbove } = national;
    canvas.formula(
      row,
      trendCol + 2,
      national.words ?? `=IF(${known},IF(${atOrAbove},"${word[0]}","${word[1]}"),"")`
    );
  }
  // The RAG rule of TRUST.RAG (src/core/measures/rules.ts, ragRule): Green meets the target;
  // Amber misses it but meets national; Red misses both. Amber and Red need both benchmarks;
  // with less, the figure is not coloured and the vs Target / vs National words say what is
  // known. Benchmarks of another year are never used; a progress score meets national when
  // DfE's band is "Average" or above.
  if (!withTarget) return;
  const hasT = `ISNUMBER(${t})`;
  const hasN = national ? national.known : "FALSE";
  const meetsN = national ? national.atOrAbove : "FALSE";
  const green = `AND(${hasT},${meets(t)})`;
  const amber = `AND(${hasT},NOT(${meets(t)}),${hasN},${meetsN})`;
  const red = `AND(${hasT},NOT(${meets(t)}),${hasN},NOT(${meetsN}))`;
  const cell = { row, col: k };
  canvas.rule({ range: cell, formula: `=AND(ISNUMBER(${v}),${green})`, style: GREEN });
  canvas.rule({ range: cell, formula: `=AND(ISNUMBER(${v}),${amber})`, style: AMBER });
  canvas.rule({ range: cell, formula: `=AND(ISNUMBER(${v}),${red})`, style: RED });
}

/**
 * How the latest figure stands against national, as formula fragments: whether it is known,
 * whether it is at or above, and for a progress score the words. A progress score is judged by
 * DfE's band, never by the score against 0: "Well above" or "Above average" is above, "Average"
 * in line, "Below" or "Well below average" below (DfE, "Primary school accountability in 2019:
 * technical guide", Annex A; "Secondary accountability measures" for Progress 8; see
 * src/core/published/progress-band.ts). No band, no mark. Other measures compare the figure
 * with the same-year national figure. Undefined when nothing is compared.
 */
function nationalJudgement(
  input: MeasureRowInput,
  k: number,
  v: string,
  n: string
): { known: string; atOrAbove: string; words?: string } | undefined {
  if (input.progress) {
    const year = resultYearOf(input);
    const { bandRow } = input.progress;
    if (bandRow === undefined || !year || !measureExistsIn(input.measure, year)) return undefined;
    const b = cellAddress(bandRow, k);
    const [wellAbove, above, average, below, wellBelow] = PROGRESS_BANDS.map(quoted);
    const isAbove = `OR(${b}=${wellAbove},${b}=${above})`;
    const isBelow = `OR(${b}=${below},${b}=${wellBelow})`;
    return {
      known: `AND(ISNUMBER(${v}),OR(${isAbove},${b}=${average},${isBelow}))`,
      atOrAbove: `OR(${isAbove},${b}=${average})`,
      words: `=IF(NOT(ISNUMBER(${v})),"",IF(${isAbove},"✔ above (DfE band)",IF(${b}=${average},"► in line (DfE band)",IF(${isBelow},"✖ below (DfE band)",""))))`,
    };
  }
  if (!comparable(input, "national")) return undefined;
  const up = input.measure.good === "up";
  return {
    known: `AND(ISNUMBER(${v}),ISNUMBER(${n}))`,
    atOrAbove: up ? `${v}>=${n}` : `${v}<=${n}`,
  };
}
