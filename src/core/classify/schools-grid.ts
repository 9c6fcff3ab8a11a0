import type { Framework } from "../frameworks/types";
import type { SchoolPhase } from "../import/school-cells";
import type { MappingProposal } from "../mapping";
import type { CellGrid } from "../values/cell";
import type { Classification } from "./types";

/** A schools table as read from a sheet or table: header row first. */
export interface SchoolsGrid {
  sheet: string;
  /** Sheet row number of the header row (1-based). */
  headerRow: number;
  grid: CellGrid;
}

export interface SchoolResult {
  /** Sheet row number. */
  row: number;
  /** Index into the grid's data rows. */
  index: number;
  urn: number;
  name: string;
  phase: SchoolPhase;
  classification: Classification;
}

export interface ClassifiedSchools {
  framework: Framework;
  proposal: MappingProposal;
  /** The mapping used: the proposal, or the person's choices. */
  columnOf: Record<string, number>;
  results: SchoolResult[];
  /** Things the person should know but that did not stop the run (disagreeing columns). */
  warnings: string[];
}
