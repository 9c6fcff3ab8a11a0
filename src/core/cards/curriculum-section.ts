import type { Cadence, Framework } from "../frameworks/types";
import { cellAddress } from "../layout/a1";
import type { Canvas } from "./canvas";
import { choose, lastMatchFormula, quoted } from "./formulas";
import { cardColumn } from "./card-tables";
import { cardSection } from "./section";
import { HEAD_STYLE, LABEL_STYLE, LAST_COL, SECTION_STYLE } from "./style";
import type { CardInput } from "./types";

/** The card's heading over each CurriculumTiers column, by the column's key. */
const COLUMNS = [
  ["Intent", "intent"],
  ["Implementation", "implementation"],
  ["Impact", "impact"],
  ["Capacity", "capacity"],
  ["Tier", "tier"],
] as const;

/** Reviews a year at a cadence (a school year has 39 teaching weeks). */
export function reviewsPerYear(cadence: Cadence): number {
  switch (cadence.kind) {
    case "weeks":
      return Math.round(39 / cadence.weeks);
    case "half-termly":
      return 6;
    case "termly":
      return 3;
    case "twice a year":
      return 2;
    case "annually":
      return 1;
  }
}

/** Curriculum area tiers: one row per subject the data holds for the academy. */
function writeCurriculum(canvas: Canvas, input: CardInput, urnCell: string): boolean {
  const column = (key: string) => cardColumn(input.sources, "curriculumTiers", key);
  const urn = column("urn");
  const subject = column("subject");
  const subjects = input.data.curriculumTiers
    .filter((row) => row.urn === input.academy.urn)
    .map((row) => row.subject);
  if (!urn || !subject || subjects.length === 0) return false;
  const title = canvas.row++;
  canvas.value(title, 0, "Curriculum area tiers", SECTION_STYLE);
  const present = COLUMNS.map(([head, key]) => ({ head, column: column(key) }));
  present.forEach(({ head }, i) => canvas.value(title, 1 + i * 2, head, HEAD_STYLE));
  canvas.value(title, 11, "Reviews per year", HEAD_STYLE);
  for (let i = 0; i < COLUMNS.length; i++) canvas.merge({ row: title, col: 1 + i * 2, cols: 2 });
  for (const name of subjects) {
    const row = canvas.row++;
    canvas.value(row, 0, name, LABEL_STYLE);
    const matches = [
      { column: urn, equals: urnCell },
      { column: subject, equals: quoted(name) },
    ];
    present.forEach(({ column }, i) => {
      if (column)
        canvas.formula(row, 1 + i * 2, lastMatchFormula(column, matches), undefined, {
          fontSize: 9,
        });
      canvas.merge({ row, col: 1 + i * 2, cols: 2 });
    });
    const framework: Framework | undefined = input.curriculumFramework;
    if (framework && present[4]?.column) {
      const tierCell = cellAddress(row, 9);
      const pairs = framework.levels.map(
        (l) => [l.name, String(reviewsPerYear(l.cadence))] as const
      );
      canvas.formula(row, 11, `=${choose(tierCell, pairs)}`);
      for (const level of framework.levels) {
        canvas.rule({
          range: { row, col: 9, cols: 2 },
          formula: `=$J$${row + 1}=${quoted(level.name)}`,
          style: { fillColor: level.colour },
        });
      }
    }
  }
  canvas.format(
    { row: title + 1, col: 1, rows: subjects.length, cols: LAST_COL },
    { horizontal: "center" }
  );
  canvas.row++;
  return true;
}

/** Curriculum area tiers, when CurriculumTiers holds subjects for the academy. */
export const curriculumSection = cardSection({
  name: "Curriculum area tiers",
  write: (canvas, input, { urnCell }) => writeCurriculum(canvas, input, urnCell),
});
