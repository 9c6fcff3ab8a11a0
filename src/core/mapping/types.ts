import type { CellValue } from "../values/cell";
import type { Parsed } from "../values/parsed";

/**
 * Something a column can be mapped to: a school field, a framework criterion, a measure.
 * Mapping is generic over targets so the engine's criteria and the measures catalogue both
 * plug in.
 */
export interface MappingTarget {
  /** Unique within one target list ("criterion:ofsted", "measure:attendance"). */
  id: string;
  label: string;
  /** Headers that mean this target, matched after normaliseText. */
  aliases: readonly string[];
  /** Reads one cell; a value fits when it parses (ok) or is a DfE suppression code. */
  read?: (value: CellValue) => Parsed<unknown>;
  /**
   * Whether a value counts towards the column's fit, where that differs from `read`: a value
   * read only by the own-words rule is accepted but never identifies a column.
   */
  fits?: (value: CellValue) => boolean;
  /**
   * Whether values alone may identify the target when no header names it: a column of
   * "Good / Requires improvement" is an Ofsted column; a column of numbers is nothing in particular.
   */
  sniff?: boolean;
  /** Classification cannot go on without it (a school's URN). */
  required?: boolean;
}

export type HeaderMatchKind = "exact" | "partial" | "none";

export interface CandidateScore {
  target: string;
  /** 0..1: how sure TrustTier is that the column holds this target. */
  confidence: number;
  header: HeaderMatchKind;
  /** Share of the column's non-blank values the target reads; undefined with no values or no reader. */
  valueFit?: number;
}

export interface ColumnProposal {
  /** 0-based column index within the grid. */
  column: number;
  letter: string;
  header: string;
  /** The proposed target, or null (an extra column, ignored). */
  target: string | null;
  confidence: number;
  /** Why, in words a data manager reads ("header 'OFSTEDRATING' is an alias; 4 of 4 values fit"). */
  basis: string;
  /** Best candidates first, including the chosen one. */
  candidates: CandidateScore[];
  /** Another column also holds this target and their values differ: ask the person. */
  disputed: boolean;
}

export interface DisagreeingRow {
  /** Sheet row number. */
  row: number;
  values: [CellValue, CellValue];
}

/** Two columns that both hold one target and give different values for the same schools. */
export interface Disagreement {
  target: string;
  label: string;
  /** The proposed column first, then its rival. */
  columns: [number, number];
  headers: [string, string];
  rows: DisagreeingRow[];
  /** Rows where both columns have a value and agree. */
  agreeing: number;
  message: string;
}

export interface MappingProposal {
  sheet: string;
  headerRow: number;
  columns: ColumnProposal[];
  /** Target id -> the proposed column (0-based). */
  columnOf: Record<string, number>;
  disagreements: Disagreement[];
  /** Required targets no column holds. */
  missingRequired: string[];
}
