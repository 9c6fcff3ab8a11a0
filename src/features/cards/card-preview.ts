import { withSteps, type CardAction, type CardWritePlan } from "./plan-cards";
import type { PreparedCards } from "./generate-cards";
import { readCardsSetting } from "./card-settings";
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
  return { ...prepared, plan: withSteps(steps) };
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
