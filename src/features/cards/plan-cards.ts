import type { AcademyCard } from "../../core/cards";
import { fingerprintContent, fingerprintLayout } from "../../core/layout/fingerprint";
import { sameSheetName } from "../../core/layout/sheet-names";
import type { SheetLayout } from "../../core/layout/types";
import type { WorkbookPort } from "../../port";
import { hostTurns } from "../progress";
import type { CardsSetting, GeneratedSheet } from "./card-settings";

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

/** How a sheet TrustTier generated compares with what the workbook holds now. */
async function isEdited(port: WorkbookPort, stored: GeneratedSheet): Promise<boolean> {
  const content = await port.readSheetContent(stored.sheet);
  return fingerprintContent(content.cells) !== stored.fingerprint;
}

export async function planCardWrites(
  port: WorkbookPort,
  layouts: { cards: readonly AcademyCard[]; index: SheetLayout },
  setting: CardsSetting | undefined,
  options: { overwriteEdited?: boolean } = {}
): Promise<CardWritePlan> {
  const sheets = (await port.describe()).sheets.map((s) => s.name);
  const exists = (name: string) => sheets.some((s) => sameSheetName(s, name));
  const decide = async (layout: SheetLayout, stored: GeneratedSheet | undefined) => {
    if (!exists(layout.name)) return "create" as const;
    if (!stored || !sameSheetName(stored.sheet, layout.name)) {
      // A sheet of that name that TrustTier did not make: treat like an edited one.
      return options.overwriteEdited ? ("overwrite-edited" as const) : ("skip-edited" as const);
    }
    if (!(await isEdited(port, stored))) return "update" as const;
    return options.overwriteEdited ? ("overwrite-edited" as const) : ("skip-edited" as const);
  };
  const steps: CardStep[] = [];
  const turn = hostTurns();
  for (const card of layouts.cards) {
    await turn();
    const stored = setting?.cards[String(card.urn)];
    steps.push({
      layout: card.layout,
      urn: card.urn,
      action: await decide(card.layout, stored),
      fingerprint: fingerprintLayout(card.layout),
    });
  }
  steps.push({
    layout: layouts.index,
    action: await decide(layouts.index, setting?.index),
    fingerprint: fingerprintLayout(layouts.index),
  });
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
