import { cellAddress } from "../layout/a1";
import { measures as catalogue } from "../measures/catalogue";
import type { Measure, MeasureSection } from "../measures/types";
import type { Canvas } from "./canvas";
import { BANDED_MEASURES } from "../published/families";
import { writeBandRow } from "./band-row";
import { writeCohortRow } from "./cohort-row";
import { writeMeasureRow } from "./measure-row";
import { cardSection } from "./section";
import {
  academyMeasures,
  appliesTo,
  onlyAllPhaseNational,
  pickNational,
  pickTarget,
} from "./picks";
import { CHECK, CHECK_COL, GREEN, HEAD_STYLE, RED, SECTION_STYLE } from "./style";
import {
  bandColumn,
  cohortColumn,
  measureColumns,
  nationalColumns,
  noteColumn,
  targetColumns,
} from "./table-columns";
import type { CardInput, CardMeasureRow } from "./types";
import { sectionYears, yearHeading } from "./years";

/** The section's measures the academy has a figure for, in catalogue order. */
function shownMeasures(input: CardInput, section: MeasureSection): Measure[] {
  const rows = academyMeasures(input.data.measures, input.academy.urn);
  return catalogue.filter(
    (m) =>
      m.section === section &&
      appliesTo(m, input.academy.phase) &&
      rows.some((r) => r.measure === m.code && r.figure !== undefined)
  );
}

/** True when the academy's latest figure of the measure is derived (its note says so). */
function derivedIn(
  own: readonly { measure: string; year: string; note?: string | undefined }[],
  code: string,
  years: readonly string[]
): boolean {
  const latest = years.at(-1);
  return own.some(
    (r) => r.measure === code && r.year === latest && /^derived\b/i.test(r.note ?? "")
  );
}

/**
 * One measures section (Context, Phonics, EYFS, Attendance, Behaviour, KS2, KS4): a title row,
 * then a row per measure the academy has figures for. Left out (returns []) when it has none.
 */
function writeMeasureSection(
  canvas: Canvas,
  input: CardInput,
  section: MeasureSection,
  urnCell: string
): CardMeasureRow[] {
  const figures = measureColumns(input.sources);
  const shown = shownMeasures(input, section);
  if (!figures || shown.length === 0) return [];
  const compact = section === "Context";
  const own = academyMeasures(input.data.measures, input.academy.urn);
  const years = compact ? [] : sectionYears(own, new Set(shown.map((m) => m.code)));
  const targets = targetColumns(input.sources);
  const national = nationalColumns(input.sources);
  const band = compact ? undefined : bandColumn(input.sources);
  const cohort = cohortColumn(input.sources);
  const note = noteColumn(input.sources);

  const title = canvas.row;
  const heads = compact
    ? ["Academy (year)", "National (year)"]
    : [
        ...years.map((y) => yearHeading(y, input.generatedOn)),
        "Target (year)",
        "National (year)",
        "Trend",
        "vs Target",
        "vs National",
      ];
  canvas.value(title, 0, section, SECTION_STYLE);
  heads.forEach((text, i) =>
    canvas.value(title, 1 + i, text, compact ? SECTION_STYLE : HEAD_STYLE)
  );
  canvas.value(title, CHECK_COL, "Data check and notes", HEAD_STYLE);
  canvas.row++;

  const rows: CardMeasureRow[] = [];
  for (const measure of shown) {
    const latest = own
      .filter((r) => r.measure === measure.code && r.figure !== undefined)
      .map((r) => r.year)
      .sort()
      .at(-1);
    const rowYears = compact ? (latest ? [latest] : []) : years;
    const resultYear = rowYears.at(-1);
    const targetPick = compact
      ? undefined
      : pickTarget(input.data.targets, input.academy.urn, measure.code, resultYear);
    const nationalPick = pickNational(
      input.data.national,
      measure,
      input.academy.phase,
      resultYear
    );
    const written = writeMeasureRow(canvas, {
      measure,
      row: canvas.row,
      urnCell,
      years: rowYears,
      figures,
      compact,
      ...(targets && targetPick ? { target: { ...targetPick, columns: targets } } : {}),
      ...(national && nationalPick ? { national: { ...nationalPick, columns: national } } : {}),
      onlyAllPhaseNational: onlyAllPhaseNational(input.data.national, measure, input.academy.phase),
      ...(note && derivedIn(own, measure.code, rowYears) ? { derivedNote: note } : {}),
      ...(BANDED_MEASURES.has(measure.code)
        ? { progress: band ? { bandRow: canvas.row + 1 } : {} }
        : {}),
    });
    canvas.row++;
    let shownRow: CardMeasureRow = written;
    if (band && BANDED_MEASURES.has(measure.code)) {
      writeBandRow(canvas, { ...written, row: canvas.row, urnCell, figures, band });
      shownRow = { ...shownRow, bandRow: canvas.row++ };
    }
    const counted = own.some(
      (r) => r.measure === measure.code && rowYears.includes(r.year) && r.cohort !== undefined
    );
    if (cohort && counted) {
      writeCohortRow(canvas, { ...written, row: canvas.row, urnCell, figures, cohort });
      shownRow = { ...shownRow, cohortRow: canvas.row++ };
    }
    rows.push(shownRow);
  }
  const body = { row: title + 1, rows: canvas.row - (title + 1) };
  if (!compact) signalRules(canvas, body, years.length);
  canvas.rule({
    range: { ...body, col: CHECK_COL },
    // Only a warning is filled; a note (what is not compared, and why) stays plain.
    formula: `=ISNUMBER(FIND("⚠",${cellAddress(body.row, CHECK_COL)}))`,
    style: CHECK,
  });
  canvas.format({ ...body, col: CHECK_COL }, { wrapText: true, fontSize: 8 });
  canvas.row++;
  return rows;
}

/** A measures section (Context, Phonics, EYFS, Attendance, Behaviour, KS2, KS4) by its name. */
export const measureSection = <const Name extends MeasureSection>(name: Name) =>
  cardSection({
    name,
    write(canvas, input, context) {
      const rows = writeMeasureSection(canvas, input, name, context.urnCell);
      context.measureRows.push(...rows);
      return rows.length > 0;
    },
  });

/** Colour beside the text of the trend and signal cells (the text carries the meaning). */
function signalRules(canvas: Canvas, body: { row: number; rows: number }, k: number): void {
  const first = 3 + k;
  const signals = { ...body, col: first, cols: 3 };
  const top = cellAddress(body.row, first);
  canvas.rule({ range: signals, formula: `=LEFT(${top},1)="✔"`, style: GREEN });
  canvas.rule({ range: signals, formula: `=LEFT(${top},1)="✖"`, style: RED });
  canvas.rule({
    range: signals,
    formula: `=ISNUMBER(SEARCH("better",${top}))`,
    style: { fontColor: GREEN.fontColor, bold: true },
  });
  canvas.rule({
    range: signals,
    formula: `=ISNUMBER(SEARCH("worse",${top}))`,
    style: { fontColor: RED.fontColor, bold: true },
  });
}
