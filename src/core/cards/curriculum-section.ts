import type { Cadence, Framework } from "../frameworks/types";
import { cellAddress } from "../layout/a1";
import type { Canvas } from "./canvas";
import { choose, countIfs, lastMatchFormula, quoted } from "./formulas";
import { findColumn, type CardSources } from "./sources";
import { HEAD_STYLE, LABEL_STYLE, LAST_COL, SECTION_STYLE } from "./style";
import type { CardInput } from "./types";

const COLUMNS = [
  ["Intent", ["Intent"]],
  ["Implementation", ["Implementation"]],
  ["Impact", ["Impact"]],
  ["Capacity", ["Capacity", "Leadership capacity"]],
  ["Tier", ["Curriculum tier", "Tier"]],
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
export function writeCurriculum(
  canvas: Canvas,
  input: CardInput,
  urnCell: string
): { subjects: Record<string, number> } | undefined {
  const table = input.sources.curriculumTiers;
  const urn = findColumn(table, "URN");
  const subject = findColumn(table, "Subject", "Subject area");
  const subjects = input.data.curriculum
    .filter((row) => row.urn === input.academy.urn)
    .map((row) => row.subject);
  if (!urn || !subject || subjects.length === 0) return undefined;
  const title = canvas.row++;
  canvas.value(title, 0, "Curriculum area tiers", SECTION_STYLE);
  const present = COLUMNS.map(([head, names]) => ({ head, column: findColumn(table, ...names) }));
  present.forEach(({ head }, i) => canvas.value(title, 1 + i * 2, head, HEAD_STYLE));
  canvas.value(title, 11, "Reviews per year", HEAD_STYLE);
  for (let i = 0; i < COLUMNS.length; i++) canvas.merge({ row: title, col: 1 + i * 2, cols: 2 });
  const rows: Record<string, number> = {};
  for (const name of subjects) {
    const row = canvas.row++;
    rows[name] = row;
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
  return { subjects: rows };
}

/** Trust capacity to support: leadership capacity and subject areas that can support others. */
export function writeCapacity(canvas: Canvas, sources: CardSources, urnCell: string): boolean {
  const leadership = findColumn(sources.schools, "Leadership");
  const schoolUrn = findColumn(sources.schools, "URN", "Unique reference number");
  const table = sources.curriculumTiers;
  const urn = findColumn(table, "URN");
  const capacity = findColumn(table, "Capacity", "Leadership capacity");
  const tier = findColumn(table, "Curriculum tier");
  if (!(leadership && schoolUrn) && !(urn && capacity)) return false;
  const title = canvas.row++;
  canvas.value(title, 0, "Trust Capacity to Support", SECTION_STYLE);
  canvas.format({ row: title, col: 1, cols: LAST_COL }, SECTION_STYLE);
  const line = (label: string, formula: string) => {
    const row = canvas.row++;
    canvas.value(row, 0, label, LABEL_STYLE);
    canvas.formula(row, 1, formula, undefined, { horizontal: "left" });
    canvas.merge({ row, col: 1, cols: LAST_COL });
  };
  if (leadership && schoolUrn) {
    line("Leadership", lastMatchFormula(leadership, [{ column: schoolUrn, equals: urnCell }]));
  }
  if (urn && capacity) {
    const mine = [{ column: urn, equals: urnCell }];
    const all = countIfs(mine);
    const able = countIfs([...mine, { column: capacity, equals: quoted("Has capacity") }]);
    line(
      "Subject areas with capacity",
      `=IF(${all}=0,"",${able}&" of "&${all}&" subject areas have leadership capacity to support others")`
    );
    if (tier) {
      const strong = ["Tier 1", "Tier 2"]
        .map((t) => countIfs([...mine, { column: tier, equals: quoted(t) }]))
        .join("+");
      line(
        "Able to support (tier 1–2)",
        `=IF(${all}=0,"",(${strong})&" subject areas at curriculum tier 1 or 2")`
      );
    }
  }
  canvas.row++;
  return true;
}
