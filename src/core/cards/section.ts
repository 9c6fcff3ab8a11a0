import type { Canvas } from "./canvas";
import type { CardInput, CardMeasureRow } from "./types";

/** What every section is given beside the canvas and the card's input. */
export interface SectionContext {
  /** Absolute reference to the card's URN cell ("$B$2"). */
  readonly urnCell: string;
  /** Rows that need room for wrapped text: a section adds its own. */
  readonly tallRows: number[];
  /** Where each measure's figures sit: a measure section adds its rows. */
  readonly measureRows: CardMeasureRow[];
}

/**
 * One section of an academy card. It writes itself from `canvas.row` and leaves `canvas.row`
 * below what it wrote. A new section is a file exporting one of these and a line in
 * CARD_SECTIONS (sections.ts).
 */
export interface CardSection<Name extends string = string> {
  /** As `AcademyCard.sections` names it. */
  readonly name: Name;
  /** True when written; false, writing nothing, when the academy has nothing to show in it. */
  write(canvas: Canvas, input: CardInput, context: SectionContext): boolean;
}

/** A section with its name kept as a literal type, so the list of names derives from the list. */
export const cardSection = <const Name extends string>(
  section: CardSection<Name>
): CardSection<Name> => section;
