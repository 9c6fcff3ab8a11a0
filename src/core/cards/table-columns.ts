import { cardColumn, type CardSources } from "./card-tables";
import type { ColumnRef } from "./sources";

export interface FigureColumns {
  readonly urn: ColumnRef;
  readonly code: ColumnRef;
  readonly year: ColumnRef;
  readonly value: ColumnRef;
}

export interface NationalColumns {
  readonly code: ColumnRef;
  readonly year: ColumnRef;
  readonly phase: ColumnRef;
  readonly value: ColumnRef;
}

function figures(
  sources: CardSources,
  table: "measures" | "targets",
  value: string
): FigureColumns | undefined {
  const urn = cardColumn(sources, table, "urn");
  const code = cardColumn(sources, table, "measure");
  const year = cardColumn(sources, table, "year");
  const cell = cardColumn(sources, table, value);
  return urn && code && year && cell ? { urn, code, year, value: cell } : undefined;
}

/** The Measures table's columns, when every one is there. */
export const measureColumns = (sources: CardSources) => figures(sources, "measures", "figure");
export const targetColumns = (sources: CardSources) => figures(sources, "targets", "target");
/** The Measures table's Band column (a progress score's DfE band), where the import wrote one. */
export const bandColumn = (sources: CardSources) => cardColumn(sources, "measures", "band");
/** The Measures table's Cohort column (the pupils a figure is about), where it has one. */
export const cohortColumn = (sources: CardSources) => cardColumn(sources, "measures", "cohort");
/** The Measures table's Note column ("derived: ..."), where it has one. */
export const noteColumn = (sources: CardSources) => cardColumn(sources, "measures", "note");

export function nationalColumns(sources: CardSources): NationalColumns | undefined {
  const code = cardColumn(sources, "national", "measure");
  const year = cardColumn(sources, "national", "year");
  const phase = cardColumn(sources, "national", "phase");
  const value = cardColumn(sources, "national", "value");
  return code && year && phase && value ? { code, year, phase, value } : undefined;
}
