import type { Canvas } from "./canvas";
import { quoted, type Match } from "./formulas";
import type { FigureColumns } from "./table-columns";

const NOTE_STYLE = { italic: true, fontSize: 8, horizontal: "right" } as const;

export interface YearRowInput {
  readonly code: string;
  readonly row: number;
  readonly urnCell: string;
  readonly years: Readonly<Record<string, number>>;
  readonly figures: FigureColumns;
}

/**
 * A small italic row under a figure: its label, then under each year's figure a live formula
 * over that year's Measures row (URN, measure code and year matched), so a later import
 * updates it.
 */
export function writeYearRow(
  canvas: Canvas,
  input: YearRowInput & {
    readonly label: string;
    readonly formula: (matches: readonly Match[]) => string;
    readonly numberFormat?: string;
  }
): void {
  const { row, figures } = input;
  canvas.value(row, 0, input.label, { italic: true });
  for (const [year, col] of Object.entries(input.years)) {
    const matches = [
      { column: figures.urn, equals: input.urnCell },
      { column: figures.code, equals: quoted(input.code) },
      { column: figures.year, equals: quoted(year) },
    ];
    canvas.formula(row, col, input.formula(matches), input.numberFormat, NOTE_STYLE);
  }
}
