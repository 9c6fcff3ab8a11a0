import type { AcademyCard } from "../../core/cards";
import { fingerprintContent, fingerprintLayout } from "../../core/layout/fingerprint";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { SheetLayout } from "../../core/layout/types";
import type { WorkbookPort } from "../../port";
import { hostTurns } from "../progress";
import type { CardsSetting } from "./card-settings";

/**
 * What writing would do to one sheet: create it; update a sheet TrustTier made and nobody has
 * changed (or one the caller chose to overwrite); skip a sheet a person has edited.
 */
export type CardAction = "create" | "update" | "skip-edited" | "overwrite-edited";

export interface CardStep {
  readonly layout: SheetLayout;
  /** The URN, or undefined for the index. */
  readonly urn?: number;
  readonly action: CardAction;
  readonly fingerprint: string;
}

export interface CardWritePlan {
  readonly steps: readonly CardStep[];
  readonly counts: Readonly<Record<"create" | "update" | "skip", number>>;
  /** For the confirmation: "14 sheets will be created, 1 updated; 1 edited sheet kept as it is." */
  readonly summary: string;
}

/**
 * Decides each sheet's action. The sheets TrustTier generated before are read in one round
 * trip and compared with their stored fingerprints; a sheet named in an unfinished commit
 * (`pending`) is TrustTier's whatever its fingerprint, since the commit may have copied it.
 */
export async function planCardWrites(
  port: WorkbookPort,
  layouts: { cards: readonly AcademyCard[]; index: SheetLayout },
  setting: CardsSetting | undefined,
  options: { overwriteEdited?: boolean; sheets: readonly string[]; pending?: readonly string[] }
): Promise<CardWritePlan> {
  const existing = (name: string) => options.sheets.find((s) => sameSheetName(s, name));
  const entries = [
    ...layouts.cards.map((card) => ({
      layout: card.layout,
      urn: card.urn as number | undefined,
      stored: setting?.cards[String(card.urn)],
    })),
    { layout: layouts.index, urn: undefined, stored: setting?.index },
  ];
  const toCompare = entries.filter(
    (e) =>
      existing(e.layout.name) !== undefined &&
      e.stored !== undefined &&
      sameSheetName(e.stored.sheet, e.layout.name) &&
      !options.pending?.some((name) => sameSheetName(name, e.layout.name))
  );
  const contents = await port.readSheetContents(toCompare.map((e) => existing(e.layout.name)!));
  const edited = new Set(
    toCompare
      .filter((e, i) => fingerprintContent(contents[i].cells) !== e.stored!.fingerprint)
      .map((e) => e.layout.name)
  );
  const ownedElsewhere = (e: (typeof entries)[number]) =>
    !e.stored || !sameSheetName(e.stored.sheet, e.layout.name) || edited.has(e.layout.name);
  const steps: CardStep[] = [];
  const turn = hostTurns();
  for (const entry of entries) {
    await turn();
    const action: CardAction =
      existing(entry.layout.name) === undefined
        ? "create"
        : !ownedElsewhere(entry) ||
            options.pending?.some((name) => sameSheetName(name, entry.layout.name))
          ? "update"
          : options.overwriteEdited
            ? "overwrite-edited"
            : "skip-edited";
    steps.push({
      layout: entry.layout,
      ...(entry.urn !== undefined && { urn: entry.urn }),
      action,
      fingerprint: fingerprintLayout(entry.layout),
    });
  }
  return withSteps(steps);
}

/**
 * A plan over these steps, its counts and sentence derived from them: "3 sheets will be
 * created, 2 updated; 1 edited sheet kept as it is."
 */
export function withSteps(steps: readonly CardStep[]): CardWritePlan {
  const counts = {
    create: steps.filter((s) => s.action === "create").length,
    update: steps.filter((s) => s.action === "update" || s.action === "overwrite-edited").length,
    skip: steps.filter((s) => s.action === "skip-edited").length,
  };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const kept =
    counts.skip > 0
      ? `; ${plural(counts.skip, "edited sheet")} kept as ${counts.skip === 1 ? "it is" : "they are"}`
      : "";
  const summary = `${plural(counts.create, "sheet")} will be created, ${counts.update} updated${kept}.`;
  return { steps, counts, summary };
}
