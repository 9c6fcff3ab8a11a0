import type { IsoDate } from "../dates/iso";
import type { Framework } from "../frameworks/types";
import type { SchoolPhase } from "../import";
import type { SheetLayout } from "../layout/types";
import type { CardData, CardSources } from "./card-tables";
import type { CardSectionName } from "./sections";

export interface CardAcademy {
  readonly urn: number;
  readonly name: string;
  readonly phase: SchoolPhase;
}

/** Headers of the Schools table's result columns for the chosen framework ("Tier (proposed)"). */
export interface LevelHeaders {
  /** What a level is called on the card ("Tier", "Category"). */
  readonly noun: string;
  readonly proposed: string;
  readonly security?: string;
  readonly nextReview?: string;
  /** The proposal's reason ("Tier reason"), which says what evidence "not enough evidence" lacks. */
  readonly reason?: string;
}

export interface CardInput {
  readonly sheetName: string;
  readonly academy: CardAcademy;
  readonly framework: Framework;
  readonly levels: LevelHeaders;
  readonly sources: CardSources;
  readonly data: CardData;
  readonly generatedOn: IsoDate;
  /** For the curriculum section's reviews per year (the built-in "curriculum" framework). */
  readonly curriculumFramework?: Framework;
}

export type { CardSectionName } from "./sections";
export type { CardData, CardSources } from "./card-tables";

/** Where a measure's figures sit on the card, for tests and the LibreOffice check. */
export interface CardMeasureRow {
  readonly code: string;
  readonly row: number;
  /** Academic year -> 0-based column. */
  readonly years: Readonly<Record<string, number>>;
  /**
   * The Targets / National year and column each reads, when the section has them; `compared`
   * when the row judges its latest figure against it (same year, a year the measure exists).
   */
  readonly target?: { readonly year: string; readonly col: number; readonly compared: boolean };
  readonly national?: {
    readonly year: string;
    readonly phase: string;
    readonly col: number;
    readonly compared: boolean;
  };
  readonly checkCol: number;
  /** A progress score's row of DfE bands beneath it, in the same year columns. */
  readonly bandRow?: number;
  /** The row of cohorts (pupils) beneath the figures (and the band row), in the same columns. */
  readonly cohortRow?: number;
  /** Why something is not compared, written after the live checks in the check column. */
  readonly notes: readonly string[];
  /** The figure is derived: Measures' note ("derived: FSM6 proxy ...") shows in the check column. */
  readonly derived?: boolean;
}

export interface AcademyCard {
  readonly layout: SheetLayout;
  readonly urn: number;
  /** Sections in the order shown, with their title rows. */
  readonly sections: readonly { readonly name: CardSectionName; readonly row: number }[];
  readonly measureRows: readonly CardMeasureRow[];
  /** 0-based cells of header figures: "level", "security", "urn"... */
  readonly headerCells: Readonly<Record<string, { row: number; col: number }>>;
}
