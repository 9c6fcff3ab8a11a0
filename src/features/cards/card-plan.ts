import {
  academyCardLayout,
  cardIndexLayout,
  type AcademyCard,
  type CardIndexEntry,
  type LevelHeaders,
} from "../../core/cards";
import type { IsoDate } from "../../core/dates/iso";
import { getBuiltinFramework } from "../../core/frameworks/builtin";
import type { Framework } from "../../core/frameworks/types";
import type { SchoolRow } from "../../core/import";
import { safeSheetName } from "../../core/layout/sheet-names";
import type { SheetLayout } from "../../core/layout/types";
import { resultColumns } from "../../core/classify/sheets/result-columns";
import type { CardTablesRead } from "./card-sources";

export const CARD_INDEX_SHEET = "Cards";

export interface CardLayoutsInput {
  readonly read: CardTablesRead;
  readonly framework: Framework;
  /** URNs to build; every academy in Schools when absent. */
  readonly urns?: readonly number[];
  readonly generatedOn: IsoDate;
  /** Sheet names taken by other sheets (cards avoid them). */
  readonly takenNames?: readonly string[];
  /** Sheet names already used by earlier cards, by URN: kept so regenerating updates them. */
  readonly previousNames?: Readonly<Record<string, string>>;
}

export interface CardLayouts {
  readonly cards: readonly AcademyCard[];
  readonly index: SheetLayout;
}

/** The Schools table's result columns for a framework, as the classify feature names them. */
export function levelHeaders(framework: Framework): LevelHeaders {
  const [proposed, security, nextReview, reason] = resultColumns(framework).map((c) => c.header);
  return { noun: framework.levelNoun, proposed, security, nextReview, reason };
}

/** Every selected academy's card and the index, with safe, unique sheet names. Pure. */
export function planCardLayouts(input: CardLayoutsInput): CardLayouts {
  const cards = planCards(input);
  const schools = new Map(input.read.schools.map((s) => [s.urn, s]));
  const index = planCardIndex(
    input.read,
    input.framework,
    cards.map((card) => ({ academy: academyOf(schools.get(card.urn)!), sheet: card.layout.name }))
  );
  return { cards, index };
}

/** The selected academies' cards, in Schools order, with safe, unique sheet names. Pure. */
export function planCards(input: CardLayoutsInput): AcademyCard[] {
  const { read, framework } = input;
  const wanted = input.urns ? new Set(input.urns) : undefined;
  const schools: SchoolRow[] = read.schools.filter((s) => !wanted || wanted.has(s.urn));
  const taken = [...(input.takenNames ?? []), CARD_INDEX_SHEET];
  const levels = levelHeaders(framework);
  const curriculumFramework = getBuiltinFramework("curriculum");
  const cards = schools.map((school) => {
    const previous = input.previousNames?.[String(school.urn)];
    const sheetName = previous ?? safeSheetName(school.name, taken);
    taken.push(sheetName);
    return academyCardLayout({
      sheetName,
      academy: academyOf(school),
      framework,
      levels,
      sources: read.sources,
      data: read.data,
      generatedOn: input.generatedOn,
      ...(curriculumFramework ? { curriculumFramework } : {}),
    });
  });
  return cards;
}

const academyOf = (school: SchoolRow) => ({
  urn: school.urn,
  name: school.name,
  phase: school.phase,
});

/** The index over these cards, in Schools order. */
export function planCardIndex(
  read: CardTablesRead,
  framework: Framework,
  entries: readonly CardIndexEntry[]
): SheetLayout {
  const order = new Map(read.schools.map((s, i) => [s.urn, i]));
  const sorted = [...entries].sort(
    (a, b) => (order.get(a.academy.urn) ?? 0) - (order.get(b.academy.urn) ?? 0)
  );
  return cardIndexLayout({
    sheetName: CARD_INDEX_SHEET,
    title: `Academy cards (${framework.name})`,
    framework,
    levels: levelHeaders(framework),
    sources: read.sources,
    entries: sorted,
  });
}

/** Index entries for cards made earlier (kept in settings) that this run does not rebuild. */
export function storedEntries(
  read: CardTablesRead,
  stored: Readonly<Record<string, { sheet: string }>>,
  except: ReadonlySet<number>
): CardIndexEntry[] {
  return read.schools
    .filter((s) => stored[String(s.urn)] && !except.has(s.urn))
    .map((s) => ({ academy: academyOf(s), sheet: stored[String(s.urn)].sheet }));
}
