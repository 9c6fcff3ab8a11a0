import { targetsInForce } from "../../core/targets/agreed";
import { evidenceProblems } from "../../core/classify";
import type { IsoDate } from "../../core/dates/iso";
import { getBuiltinFramework, type BuiltinFrameworkId } from "../../core/frameworks/builtin";
import {
  measuresTable,
  readCanonicalTable,
  readText,
  readUrn,
  targetsTable,
} from "../../core/import";
import { proposeMapping, schoolTargets } from "../../core/mapping";
import {
  PLAN_TEMPLATES,
  TEMPLATE_LEVELS,
  type PlanFigures,
  type PlanTemplateId,
} from "../../core/plans";
import type { CellGrid } from "../../core/values/cell";
import { parseNumber } from "../../core/values/number";
import type { WorkbookPort } from "../../port";
import { classifySchools } from "../classify/classify-schools";
import { readSchoolsSource } from "../classify/read-source";
import { generatePlan, type PlanWritten } from "./generate-plan";
import { throwIfCancelled, type FeatureOptions } from "../progress";
import { savedChoice } from "../connect/saved-source";
import { tableGrid } from "../workbook-tables";
import { InputProblemsError } from "../input-problems";

/**
 * The framework whose proposed level each template is prefilled from: the strategy that
 * names the plan (000 support levels, 001 tiers, 002 categories, 003 and 004 stages).
 */
export const TEMPLATE_FRAMEWORK: Readonly<Record<PlanTemplateId, BuiltinFrameworkId>> = {
  strategic: "support",
  isap: "stages",
  core: "category",
  adp: "stages",
  rip: "stages",
  statement: "tiers",
};

export interface TemplateOption {
  readonly id: PlanTemplateId;
  /** As the seed names the plan. */
  readonly name: string;
  readonly seed: string;
  readonly framework: string;
}

/** Every template generatePlan supports, in the seeds' order. */
export function templateOptions(): TemplateOption[] {
  return (Object.keys(PLAN_TEMPLATES) as PlanTemplateId[]).map((id) => ({
    id,
    name: PLAN_TEMPLATES[id].name,
    seed: PLAN_TEMPLATES[id].seed,
    framework: TEMPLATE_FRAMEWORK[id],
  }));
}

export interface PlanAcademy {
  readonly urn: number;
  readonly name: string;
}

/** The academies of a schools grid (header row first), by its URN and name columns. Pure. */
export function academiesOfGrid(
  grid: CellGrid,
  columnOf: Readonly<Record<string, number>>
): PlanAcademy[] {
  const urnAt = columnOf["school:urn"];
  const nameAt = columnOf["school:name"];
  if (urnAt === undefined) return [];
  const academies: PlanAcademy[] = [];
  for (const row of grid.slice(1)) {
    const urn = readUrn(row[urnAt] ?? null);
    if (!urn.ok) continue;
    const name = nameAt === undefined ? undefined : readText(row[nameAt] ?? null);
    academies.push({ urn: urn.value, name: name?.ok ? name.value : `URN ${urn.value}` });
  }
  return academies;
}

/** The academies of the schools table Connect saved (or the one TrustTier finds). */
export async function listPlanAcademies(port: WorkbookPort): Promise<PlanAcademy[]> {
  const source = await readSchoolsSource(port, await savedChoice(port));
  const proposal = proposeMapping(schoolTargets(), source.grid, {
    sheet: source.sheet,
    headerRow: source.headerRow,
  });
  const academies = academiesOfGrid(source.grid, proposal.columnOf);
  if (academies.length === 0) {
    throw new InputProblemsError("There is no academy to plan for.", [
      {
        code: "missing",
        sheet: source.sheet,
        message: `No academy with a URN was found in ${source.description}. Check its URN column in Connect.`,
      },
    ]);
  }
  return academies;
}

/** One academy's figures and targets from the Measures and Targets tables, where present. */
export async function readPlanFigures(port: WorkbookPort, urn: number): Promise<PlanFigures> {
  const measuresGrid = await tableGrid(port, "Measures");
  const targetsGrid = await tableGrid(port, "Targets");
  const measures = measuresGrid
    ? readCanonicalTable(measuresTable, measuresGrid)
        .rows.filter(({ value: row }) => row.urn === urn && row.figure && "value" in row.figure)
        .map(({ value: row, extras }) => {
          const cohort = parseNumber(extras.Cohort ?? null);
          return {
            measure: row.measure,
            year: row.year,
            value: (row.figure as { value: number }).value,
            ...(cohort.ok && cohort.value > 0 ? { cohort: cohort.value } : {}),
          };
        })
    : [];
  const targets = targetsGrid
    ? targetsInForce(readCanonicalTable(targetsTable, targetsGrid))
        .filter((row) => row.urn === urn)
        .map((row) => ({ measure: row.measure, year: row.year, value: row.target }))
    : [];
  return { measures, targets };
}

export interface PanePlanRequest extends FeatureOptions {
  readonly urn: number;
  readonly template: PlanTemplateId;
  readonly asOf: IsoDate;
}

export interface PanePlanWritten extends PlanWritten {
  readonly school: PlanAcademy;
  /** The proposed level the plan was prefilled from: "Stage: Repair". */
  readonly level: string;
}

/**
 * Classifies the academy (only it) with the template's framework and writes its plan as a new sheet
 * (a new version beside an existing plan, never over it). An academy without a proposed
 * level stops with why and what to do.
 */
export async function generatePanePlan(
  port: WorkbookPort,
  request: PanePlanRequest
): Promise<PanePlanWritten> {
  const frameworkId = TEMPLATE_FRAMEWORK[request.template];
  const framework = getBuiltinFramework(frameworkId);
  if (!framework) throw new Error(`There is no built-in framework "${frameworkId}".`);
  const classified = await classifySchools(port, {
    frameworks: [framework],
    asOf: request.asOf,
    urns: [request.urn],
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  const result = classified.blocks[0].results.find((r) => r.urn === request.urn);
  if (!result) {
    throw new InputProblemsError("The plan was not written.", [
      {
        code: "missing",
        sheet: classified.source.sheet,
        urn: request.urn,
        message: `URN ${request.urn} is not in ${classified.source.description}. Choose another academy.`,
      },
    ]);
  }
  const noun = framework.levelNoun;
  if (result.classification.status === "invalid") {
    throw new InputProblemsError(
      `The plan was not written: ${result.name}'s evidence cannot be read under ${framework.name}.`,
      evidenceProblems(result.classification, { school: result.name, urn: result.urn })
    );
  }
  if (result.classification.status !== "classified") {
    throw new InputProblemsError("The plan was not written.", [
      {
        code: "missing",
        school: result.name,
        urn: result.urn,
        message: `${result.name} has no proposed ${noun.toLowerCase()} under ${framework.name}: ${result.classification.message}. Add the missing evidence to the schools table (or map it in Connect), then generate again.`,
      },
    ]);
  }
  const allowed = TEMPLATE_LEVELS[request.template];
  if (allowed && !allowed.includes(result.classification.level.id)) {
    const template = PLAN_TEMPLATES[request.template];
    const levels = framework.levels.filter((level) => allowed.includes(level.id));
    throw new InputProblemsError("The plan was not written.", [
      {
        code: "not-allowed",
        school: result.name,
        urn: result.urn,
        expected: levels.map((level) => level.name).join(" or "),
        message: `${result.name}'s proposed ${noun.toLowerCase()} is ${result.classification.level.name}, and the ${template.name} is for ${levels.map((level) => level.name).join(" or ")} only. Choose another plan.`,
      },
    ]);
  }
  const termDates = classified.termDates;
  const figures = await readPlanFigures(port, result.urn);
  // The last moment to stop: the plan is one sheet, written in one step.
  throwIfCancelled(request.signal);
  request.onProgress?.({ done: 1, total: 1, step: `Writing the plan for ${result.name}` });
  const written = await generatePlan(port, {
    template: request.template,
    school: { urn: result.urn, name: result.name },
    classification: result.classification,
    asOf: request.asOf,
    termDates,
    figures,
  });
  return {
    ...written,
    school: { urn: result.urn, name: result.name },
    level: `${noun}: ${result.classification.level.name}`,
  };
}
