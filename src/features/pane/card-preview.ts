import type { CardAction, CardWritePlan } from "../cards/plan-cards";
import type { PreparedCards } from "../cards/generate-cards";
import { readCardsSetting } from "../cards/card-settings";
import type { WorkbookPort } from "../../port";
import { sameSheetName } from "../../core/layout/sheet-names";

/** What generating would do, sheet by sheet, for the pane's confirmation. */
export interface CardPreview {
  readonly create: readonly string[];
  readonly update: readonly string[];
  /** Sheets a person has edited since TrustTier wrote them (or did not come from TrustTier). */
  readonly edited: readonly string[];
}

/** The sheets of a plan, grouped by what writing would do to them. Pure. */
export function previewCards(plan: CardWritePlan): CardPreview {
  const names = (...actions: CardAction[]) =>
    plan.steps.filter((s) => actions.includes(s.action)).map((s) => s.layout.name);
  return {
    create: names("create"),
    update: names("update"),
    edited: names("skip-edited", "overwrite-edited"),
  };
}

/**
 * The prepared plan with the person's answer about edited sheets: those named in `replace`
 * are overwritten, every other edited sheet is left exactly as it is. Pure.
 */
export function withReplaced(prepared: PreparedCards, replace: ReadonlySet<string>): PreparedCards {
  const chosen = (name: string) => [...replace].some((r) => sameSheetName(r, name));
  const steps = prepared.plan.steps.map((step) => {
    const edited = step.action === "skip-edited" || step.action === "overwrite-edited";
    if (!edited) return step;
    const action: CardAction = chosen(step.layout.name) ? "overwrite-edited" : "skip-edited";
    return { ...step, action };
  });
  const counts = {
    create: steps.filter((s) => s.action === "create").length,
    update: steps.filter((s) => s.action === "update" || s.action === "overwrite-edited").length,
    skip: steps.filter((s) => s.action === "skip-edited").length,
  };
  return { ...prepared, plan: { ...prepared.plan, steps, counts } };
}

/** "3 card sheets will be created, 2 updated; 1 edited sheet kept as it is". Pure. */
export function previewSentence(prepared: PreparedCards): string {
  const { create, update, skip } = prepared.plan.counts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const kept =
    skip > 0
      ? `; ${plural(skip, "edited sheet")} kept as ${skip === 1 ? "it is" : "they are"}`
      : "";
  return `${plural(create, "sheet")} will be created, ${update} updated${kept}.`;
}

/**
 * The sheets of a prepared plan the workbook now holds as planned (its settings record the
 * planned fingerprint): after a cancel, the cards completed before it.
 */
export async function completedSheets(
  port: WorkbookPort,
  prepared: PreparedCards
): Promise<string[]> {
  const { setting } = readCardsSetting(await port.readSettings());
  const sheets = (await port.describe()).sheets.map((s) => s.name);
  return prepared.plan.steps
    .filter((step) => step.action !== "skip-edited")
    .filter((step) => {
      const record = step.urn === undefined ? setting?.index : setting?.cards[String(step.urn)];
      return (
        record !== undefined &&
        record.fingerprint === step.fingerprint &&
        sameSheetName(record.sheet, step.layout.name) &&
        sheets.some((name) => sameSheetName(name, step.layout.name))
      );
    })
    .map((step) => step.layout.name);
}
