import { findColumn, type CardSources, type ColumnRef } from "./sources";

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

function figures(table: CardSources["measures"], value: string): FigureColumns | undefined {
  const urn = findColumn(table, "URN");
  const code = findColumn(table, "Measure code", "Measure");
  const year = findColumn(table, "Academic year", "Year", "time_period");
  const cell = findColumn(table, value);
  return urn && code && year && cell ? { urn, code, year, value: cell } : undefined;
}

/** The Measures table's columns, when every one is there. */
export const measureColumns = (sources: CardSources) => figures(sources.measures, "Value");
export const targetColumns = (sources: CardSources) => figures(sources.targets, "Target");

export function nationalColumns(sources: CardSources): NationalColumns | undefined {
  const table = sources.national;
  const code = findColumn(table, "Measure code", "Measure");
  const year = findColumn(table, "Academic year", "Year", "time_period");
  const phase = findColumn(table, "Phase");
  const value = findColumn(table, "Value");
  return code && year && phase && value ? { code, year, phase, value } : undefined;
}
