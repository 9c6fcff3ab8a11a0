import {
  AES_CLASSIFICATION_HEADERS,
  AES_FRAMEWORK_IDS,
  AES_SECURITY_HEADERS,
  levelWritings,
} from "../classify/aes-input";
import { reviewRhythmOf } from "../frameworks/builtin/review-rhythm";
import { cadenceText } from "../frameworks/cadence";
import { isoToExcelSerial } from "../dates/excel-serial";
import { columnLetter } from "../layout/a1";
import type { Canvas } from "./canvas";
import { choose, lastMatchFormula, lastMatchRow, quoted } from "./formulas";
import { cardColumn, type CardSources } from "./card-tables";
import { columnHeaded, dataRange, findColumn, wholeColumn } from "./sources";
import { DATE_FORMAT, LABEL_STYLE, LAST_COL } from "./style";
import type { CardInput } from "./types";

/** Where the header put its figures. */
export const URN_CELL = { row: 1, col: 1 } as const;
export const LEVEL_CELL = { row: 2, col: 1 } as const;
export const absolute = (cell: { row: number; col: number }) =>
  `$${columnLetter(cell.col)}$${cell.row + 1}`;

const PHASE_TEXT: Record<string, string> = {
  primary: "Primary",
  secondary: "Secondary",
  "all-through": "All-through",
  special: "Special",
  nursery: "Nursery",
  "16 plus": "16 plus",
};

export { AES_SECURITY_HEADERS };

export const phaseText = (phase: string): string => PHASE_TEXT[phase] ?? phase;

/**
 * The level as a live formula: the last agreed level in MeetingHistory for this academy and
 * framework when there is one, else the Schools table's proposed level. Also used by the index.
 */
export function levelFormulas(
  input: Pick<CardInput, "framework" | "levels">,
  sources: CardSources,
  urnCell: string
): { level: string; basis: string } | undefined {
  const urn = cardColumn(sources, "schools", "urn");
  const proposed = columnHeaded(sources.schools, input.levels.proposed);
  if (!urn || !proposed) return undefined;
  const fromSchools = lastMatchFormula(proposed, [{ column: urn, equals: urnCell }]).slice(1);
  const hUrn = cardColumn(sources, "meetingHistory", "urn");
  const hFramework = cardColumn(sources, "meetingHistory", "framework");
  const hAgreed = cardColumn(sources, "meetingHistory", "agreed");
  if (!hUrn || !hFramework || !hAgreed) {
    return { level: `=${fromSchools}`, basis: `=IF(${urnCell}="","","(proposed)")` };
  }
  const fw = dataRange(hFramework);
  const names = `((${fw}=${quoted(input.framework.id)})+(${fw}=${quoted(input.framework.name)})>0)`;
  const row = lastMatchRow(
    [{ column: hUrn, equals: urnCell }],
    `*${names}*(${dataRange(hAgreed)}<>"")`
  );
  return {
    level: `=IF(${row}>0,INDEX(${wholeColumn(hAgreed)},${row}),${fromSchools})`,
    basis: `=IF(${row}>0,"(agreed)","(proposed)")`,
  };
}

/** Where the header writes the date the card was generated (K1). */
export const GENERATED_CELL = { row: 0, col: 10 } as const;

/** Header rows 0-4: name, URN and phase, level with colour, agreement, support, cadence. */
export function writeHeader(
  canvas: Canvas,
  input: CardInput
): Record<string, { row: number; col: number }> {
  const { academy, framework, levels, sources } = input;
  canvas.value(0, 0, academy.name, { bold: true, fontSize: 16, fontColor: "#1F4E79" });
  canvas.merge({ row: 0, col: 0, cols: 9 });
  canvas.value(0, 9, "Generated", LABEL_STYLE);
  canvas.value(
    GENERATED_CELL.row,
    GENERATED_CELL.col,
    isoToExcelSerial(input.generatedOn),
    undefined,
    DATE_FORMAT
  );
  canvas.merge({ row: 0, col: 10, cols: 2 });

  canvas.value(1, 0, "URN", LABEL_STYLE);
  canvas.value(URN_CELL.row, URN_CELL.col, academy.urn, { horizontal: "left" }, "0");
  canvas.value(1, 2, "Phase", LABEL_STYLE);
  canvas.value(1, 3, phaseText(academy.phase));
  canvas.value(1, 5, "Framework", LABEL_STYLE);
  canvas.value(1, 6, framework.name);
  canvas.merge({ row: 1, col: 6, cols: 6 });

  const urnCell = absolute(URN_CELL);
  const cells: Record<string, { row: number; col: number }> = { urn: URN_CELL };
  canvas.value(2, 0, levels.noun, LABEL_STYLE);
  const formulas = levelFormulas(input, sources, urnCell);
  const levelRef = absolute(LEVEL_CELL);
  if (formulas) {
    canvas.formula(LEVEL_CELL.row, LEVEL_CELL.col, formulas.level, undefined, { bold: true });
    canvas.merge({ ...LEVEL_CELL, cols: 3 });
    canvas.formula(2, 4, formulas.basis, undefined, { italic: true });
    cells.level = LEVEL_CELL;
    for (const level of framework.levels) {
      canvas.rule({
        range: { ...LEVEL_CELL, cols: 3 },
        formula: `=${levelRef}=${quoted(level.name)}`,
        style: { fillColor: level.colour },
      });
    }
  }
  const urn = cardColumn(sources, "schools", "urn");
  const security = levels.security ? columnHeaded(sources.schools, levels.security) : undefined;
  if (urn && security) {
    canvas.value(2, 5, "Agreement", LABEL_STYLE);
    canvas.formula(2, 6, lastMatchFormula(security, [{ column: urn, equals: urnCell }]));
    canvas.merge({ row: 2, col: 6, cols: 2 });
    cells.security = { row: 2, col: 6 };
  }
  const review = levels.nextReview ? columnHeaded(sources.schools, levels.nextReview) : undefined;
  if (urn && review) {
    canvas.value(2, 8, "Next review", LABEL_STYLE);
    canvas.formula(2, 9, lastMatchFormula(review, [{ column: urn, equals: urnCell }]), DATE_FORMAT);
    canvas.merge({ row: 2, col: 9, cols: 2 });
    cells.nextReview = { row: 2, col: 9 };
  }
  if (formulas) {
    const support = framework.levels.map((l) => [l.name, l.support] as const);
    const cadence = framework.levels.map((l) => [l.name, cadenceText(l.cadence)] as const);
    canvas.value(3, 0, "Support offer", { ...LABEL_STYLE, vertical: "top" });
    canvas.formula(3, 1, `=${choose(levelRef, support)}`, undefined, {
      wrapText: true,
      vertical: "top",
      fontSize: 9,
    });
    canvas.merge({ row: 3, col: 1, cols: LAST_COL });
    // The cadence is how often the level itself is re-assessed (001: the tier is set "at the
    // start of each academic year"); the rhythm is how often the school is seen in between.
    canvas.value(4, 0, `${levels.noun} re-assessed`, LABEL_STYLE);
    canvas.formula(4, 1, `=${choose(levelRef, cadence)}`);
    canvas.merge({ row: 4, col: 1, cols: 3 });
    cells.support = { row: 3, col: 1 };
    cells.cadence = { row: 4, col: 1 };
    const rhythm = framework.levels.flatMap((l) => {
      const text = reviewRhythmOf(framework.id, l.id);
      return text ? [[l.name, text] as const] : [];
    });
    if (rhythm.length > 0) {
      canvas.value(5, 0, "Review rhythm", LABEL_STYLE);
      canvas.formula(5, 1, `=${choose(levelRef, rhythm)}`, undefined, { fontSize: 9 });
      canvas.merge({ row: 5, col: 1, cols: LAST_COL });
      cells.rhythm = { row: 5, col: 1 };
    }
  }
  // Seed 003: principals and local governing boards "rate how secure the current position
  // is" in the Academy Evaluation Statement. Shown as the trust writes it, when it keeps one.
  const aes = findColumn(sources.schools, ...AES_SECURITY_HEADERS);
  if (urn && aes) {
    canvas.value(4, 5, "Leaders' security (AES)", LABEL_STYLE);
    canvas.merge({ row: 4, col: 5, cols: 3 });
    canvas.formula(4, 8, lastMatchFormula(aes, [{ column: urn, equals: urnCell }]));
    canvas.merge({ row: 4, col: 8, cols: 3 });
    cells.leadersSecurity = { row: 4, col: 8 };
  }
  const afterRhythm = writeReason(canvas, input, cells, cells.rhythm ? 6 : 5);
  const next = writeSelfAssessed(canvas, input, cells, afterRhythm);
  canvas.row = next + 1;
  return cells;
}

/**
 * The proposal's reason, live from the Schools table's reason column ("Tier reason", written
 * with the proposed level): for "not enough evidence" it names the evidence still missing.
 * Wrapped across the card; the row is given room (REASON_HEIGHT). Returns the next free row.
 */
function writeReason(
  canvas: Canvas,
  input: CardInput,
  cells: Record<string, { row: number; col: number }>,
  row: number
): number {
  const urn = cardColumn(input.sources, "schools", "urn");
  const header = input.levels.reason;
  const reason = header ? columnHeaded(input.sources.schools, header) : undefined;
  if (!urn || !reason) return row;
  canvas.value(row, 0, "Reason (proposed)", { ...LABEL_STYLE, vertical: "top" });
  canvas.formula(
    row,
    1,
    lastMatchFormula(reason, [{ column: urn, equals: absolute(URN_CELL) }]),
    undefined,
    { wrapText: true, vertical: "top", fontSize: 9 }
  );
  canvas.merge({ row, col: 1, cols: LAST_COL });
  cells.reason = { row, col: 1 };
  return row + 1;
}

/** The reason row's height: two lines at 9 pt across the card hold "not enough evidence (...)". */
export const REASON_HEIGHT = 26;

/**
 * Seed 003: leaders "assess the current classification of the academy using the TLET
 * classification framework in the AES", and "The classification outcomes are moderated by the
 * Director of Education". When Schools has an "AES classification" column (003's stages), the
 * card sets the self-assessed stage against the level shown and flags a difference to moderate.
 * Returns the next free header row.
 */
function writeSelfAssessed(
  canvas: Canvas,
  input: CardInput,
  cells: Record<string, { row: number; col: number }>,
  row: number
): number {
  const { framework, sources } = input;
  const urn = cardColumn(sources, "schools", "urn");
  const stated = AES_FRAMEWORK_IDS.includes(framework.id)
    ? findColumn(sources.schools, ...AES_CLASSIFICATION_HEADERS)
    : undefined;
  if (!urn || !stated || !cells.level) return row;
  const urnCell = absolute(URN_CELL);
  const self = absolute({ row, col: 1 });
  const levelRef = absolute(LEVEL_CELL);
  canvas.value(row, 0, "Self-assessed (AES)", LABEL_STYLE);
  canvas.formula(row, 1, lastMatchFormula(stated, [{ column: urn, equals: urnCell }]), undefined, {
    bold: true,
  });
  canvas.merge({ row, col: 1, cols: 3 });
  const canonical = choose(self, levelWritings(framework));
  const noLevel = quoted(`⚠ not a level of ${framework.name}`);
  const agrees = quoted(`✔ agrees with the ${input.levels.noun.toLowerCase()} above`);
  const differs = quoted(
    `⚑ differs from the ${input.levels.noun.toLowerCase()} above: for the Director of Education to moderate`
  );
  canvas.formula(
    row,
    4,
    `=IF(${self}="","",IF(${canonical}="",${noLevel},IF(${canonical}=${levelRef},${agrees},${differs})))`
  );
  canvas.merge({ row, col: 4, cols: LAST_COL - 3 });
  canvas.rule({
    range: { row, col: 4, cols: LAST_COL - 3 },
    formula: `=AND(LEN(${absolute({ row, col: 4 })})>0,LEFT(${absolute({ row, col: 4 })},1)<>"✔")`,
    style: { fillColor: "#FFEB9C", fontColor: "#9C5700", bold: true },
  });
  cells.selfAssessed = { row, col: 1 };
  cells.moderation = { row, col: 4 };
  return row + 1;
}
