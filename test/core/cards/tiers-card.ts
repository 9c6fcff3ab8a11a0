import { academyCardLayout, type AcademyCard } from "../../../src/core/cards";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import {
  levelHeaders,
  readCardTables,
  type CardTables,
  type CardTablesRead,
} from "../../../src/features/cards";

const tiers = getBuiltinFramework("tiers")!;

/** The academy card of a school in tables already read, on seed 001's tiers, dated 2026-07-17. */
export function tiersCard(read: CardTablesRead, urn: number): AcademyCard {
  const school = read.schools.find((s) => s.urn === urn)!;
  return academyCardLayout({
    sheetName: "Card",
    academy: { urn, name: school.name, phase: school.phase },
    framework: tiers,
    levels: levelHeaders(tiers),
    sources: read.sources,
    data: read.data,
    generatedOn: "2026-07-17",
  });
}

/** The same, from the card tables as the workbook holds them. */
export const tiersCardOf = (tables: CardTables, urn: number): AcademyCard =>
  tiersCard(readCardTables(tables), urn);

export const cellAt = (card: AcademyCard, row: number, col: number) =>
  card.layout.cells.find((cell) => cell.row === row && cell.col === col);
