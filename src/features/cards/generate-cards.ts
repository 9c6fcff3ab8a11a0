import { cardDataProblems, type AcademyCard, type CardDataProblem } from "../../core/cards";
import type { IsoDate } from "../../core/dates/iso";
import type { Problem } from "../../core/problems";
import { COMMIT_MARKER } from "../../core/layout/settings-sheet";
import { DEFAULT_FRAMEWORK_ID, getBuiltinFramework } from "../../core/frameworks/builtin";
import type { WorkbookPort } from "../../port";
import { InputProblemsError } from "../input-problems";
import { hostTurns, throwIfCancelled, type FeatureOptions } from "../progress";
import { planCardIndex, planCards, storedEntries } from "./card-plan";
import { CARDS_SETTING, readCardsSetting, type CardsSetting } from "./card-settings";
import { readCardTables } from "./card-sources";
import { planCardWrites, type CardWritePlan } from "./plan-cards";
import { readCardTablesFromPort } from "./read-tables";

export interface CardsRequest {
  /** Built-in framework id; DEFAULT_FRAMEWORK_ID (seed 001's tiers) by default. */
  readonly frameworkId?: string;
  /** One academy, a selection, or (absent) all. */
  readonly urns?: readonly number[];
  readonly generatedOn: IsoDate;
  /** The explicit choice to overwrite cards a person has edited since they were generated. */
  readonly overwriteEdited?: boolean;
}

export interface PreparedCards {
  readonly plan: CardWritePlan;
  readonly setting: CardsSetting;
  readonly problems: readonly CardDataProblem[];
  /** Data cells the cards would not read as written, each naming its cell: fix before writing. */
  readonly cellProblems: readonly Problem[];
  /** TrustTier's record of the cards it made could not be read (it is written again). */
  readonly settingProblems: readonly Problem[];
}

/**
 * Reads the data tables and settings, lays out every selected card and the index, and says
 * what writing would do (created / updated / skipped) without writing: the pane confirms it.
 */
export async function prepareCards(
  port: WorkbookPort,
  request: CardsRequest
): Promise<PreparedCards> {
  const framework = getBuiltinFramework(request.frameworkId ?? DEFAULT_FRAMEWORK_ID);
  if (!framework) throw new Error(`There is no built-in framework "${request.frameworkId}".`);
  const description = await port.describe();
  const read = readCardTables(await readCardTablesFromPort(port, description));
  if (read.tableProblems.length > 0) {
    throw new InputProblemsError(
      "The cards cannot be made from the workbook's tables as they are (a section would be left out):",
      read.tableProblems
    );
  }
  const settings = await port.readSettings();
  const { setting: stored, problems: settingProblems } = readCardsSetting(settings);
  const previous = stored && stored.framework === framework.id ? stored : undefined;
  const ours = new Set(
    [...Object.values(previous?.cards ?? {}), ...(previous?.index ? [previous.index] : [])].map(
      (g) => g.sheet.toLocaleUpperCase("en-GB")
    )
  );
  const sheets = description.sheets.map((s) => s.name);
  const wanted = request.urns ? new Set(request.urns) : undefined;
  const previousNames = Object.fromEntries(
    Object.entries(previous?.cards ?? {}).map(([urn, g]) => [urn, g.sheet])
  );
  const taken = sheets.filter((name) => !ours.has(name.toLocaleUpperCase("en-GB")));
  // One academy at a time, giving Office a turn between them: 150 cards take about half a
  // second to lay out, too long to hold the pane's thread.
  const cards: AcademyCard[] = [];
  const turn = hostTurns();
  for (const school of read.schools.filter((s) => !wanted || wanted.has(s.urn))) {
    const [card] = planCards({
      read,
      framework,
      urns: [school.urn],
      generatedOn: request.generatedOn,
      takenNames: [...taken, ...cards.map((c) => c.layout.name)],
      previousNames,
    });
    cards.push(card);
    await turn();
  }
  const built = new Set(cards.map((c) => c.urn));
  const index = planCardIndex(read, framework, [
    ...cards.map((c) => ({
      academy: read.schools.find((s) => s.urn === c.urn) ?? {
        urn: c.urn,
        name: "",
        phase: "primary" as const,
      },
      sheet: c.layout.name,
    })),
    ...storedEntries(read, previous?.cards ?? {}, built),
  ]);
  const pending = settings.values[COMMIT_MARKER];
  const plan = await planCardWrites(port, { cards, index }, previous, {
    sheets,
    ...(Array.isArray(pending) && { pending: pending.map(String) }),
    ...(request.overwriteEdited ? { overwriteEdited: true } : {}),
  });
  const problems = cards.flatMap((card) => cardDataProblems(card, read.data));
  const setting: CardsSetting = previous ?? { version: 1, framework: framework.id, cards: {} };
  return {
    plan,
    setting,
    problems,
    cellProblems: read.cellProblems,
    settingProblems,
  };
}

export interface CardsWritten {
  readonly written: readonly string[];
  readonly skipped: readonly string[];
}

/**
 * Sheets per write run: each run commits its cards and their fingerprints together. Four keeps
 * a cancel close to where the person pressed it and still shares each run's fixed syncs (read,
 * create, commit) among four cards: `npm run bench` prints the syncs per card.
 */
export const CARDS_PER_RUN = 4;

/**
 * Writes a prepared plan in runs of `CARDS_PER_RUN` sheets. Each run stages its sheets and
 * commits them with their fingerprints in the same request, so a card is never left without
 * the record that makes it TrustTier's. Progress is reported and cancellation honoured between
 * runs: a cancelled run leaves its sheets as they were, earlier runs stay written. Skipped
 * (edited) sheets are left exactly as they are.
 */
export async function writeCards(
  port: WorkbookPort,
  prepared: PreparedCards,
  options: FeatureOptions & { generatedOn: IsoDate }
): Promise<CardsWritten> {
  const setting: CardsSetting = { ...prepared.setting, cards: { ...prepared.setting.cards } };
  const toWrite = prepared.plan.steps.filter((s) => s.action !== "skip-edited");
  const written: string[] = [];
  for (let start = 0; start < toWrite.length; start += CARDS_PER_RUN) {
    const steps = toWrite.slice(start, start + CARDS_PER_RUN);
    // Progress counts sheets: `done` are those committed by earlier runs.
    throwIfCancelled(options.signal);
    options.onProgress?.({
      done: start,
      total: toWrite.length,
      step: steps.map((step) => step.layout.name).join(", "),
    });
    for (const step of steps) {
      const record = {
        sheet: step.layout.name,
        fingerprint: step.fingerprint,
        generatedOn: options.generatedOn,
      };
      if (step.urn === undefined) setting.index = record;
      else setting.cards[String(step.urn)] = record;
    }
    await port.writeSheets(
      {
        sheets: steps.map((step) => ({ layout: step.layout, mode: "replace" as const })),
        settings: { [CARDS_SETTING]: setting },
      },
      options.signal ? { signal: options.signal } : {}
    );
    written.push(...steps.map((step) => step.layout.name));
  }
  const skipped = prepared.plan.steps
    .filter((s) => s.action === "skip-edited")
    .map((s) => s.layout.name);
  return { written, skipped };
}

/** Prepare, confirm (when `confirm` is given), write. Returns undefined when not confirmed. */
export async function generateCards(
  port: WorkbookPort,
  request: CardsRequest,
  options: FeatureOptions & {
    confirm?: (plan: CardWritePlan) => boolean | Promise<boolean>;
  } = {}
): Promise<(CardsWritten & { prepared: PreparedCards }) | undefined> {
  const prepared = await prepareCards(port, request);
  if (options.confirm && !(await options.confirm(prepared.plan))) return undefined;
  const result = await writeCards(port, prepared, { ...options, generatedOn: request.generatedOn });
  return { ...result, prepared };
}
