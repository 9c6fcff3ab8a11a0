import { classify } from "../../core/classify/classify";
import type { Evidence } from "../../core/classify/types";
import type { HalfTerm } from "../../core/dates/half-terms";
import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import type { ImportProblem } from "../../core/import/location";
import type { InspectionRecord } from "../../core/inspections/types";
import type { SchoolPhase } from "../../core/import/school-cells";
import {
  checkMappedValues,
  CRITERION_TARGET_PREFIX,
  OFSTED_DATE_TARGET,
  proposeMapping,
  schoolsTableTargets,
  type MappingTarget,
} from "../../core/mapping";
import type { CellValue } from "../../core/values/cell";
import { isBlank } from "../../core/values/blank";
import { normaliseText } from "../../core/values/text";
import {
  AES_CLASSIFICATION_HEADERS,
  AES_FRAMEWORK_IDS,
  AES_SECURITY_HEADERS,
} from "../../core/classify/aes-input";
import { InputProblemsError } from "../input-problems";
import type {
  ClassifiedSchools,
  SchoolResult,
  SchoolsGrid,
} from "../../core/classify/schools-grid";

export type { ClassifiedSchools, SchoolResult, SchoolsGrid };

export interface ClassifyGridInput {
  source: SchoolsGrid;
  framework: Framework;
  asOf: IsoDate;
  /** Inspection histories by URN, from an Inspections table where the workbook has one. */
  inspections?: ReadonlyMap<number, readonly InspectionRecord[]>;
  termDates?: readonly HalfTerm[];
  /** The person's mapping (target id -> column); the proposal is used where absent. */
  columnOf?: Record<string, number>;
  /** Only these schools are classified (every row is still checked); all where absent. */
  urns?: readonly number[];
}

function read<T>(target: MappingTarget | undefined, value: CellValue | undefined): T {
  const result = target?.read?.(value ?? null);
  if (!result?.ok) throw new Error(`unreadable ${target?.id}: checked before use`);
  return result.value as T;
}

function requiredProblems(
  targets: readonly MappingTarget[],
  columnOf: Record<string, number>,
  source: SchoolsGrid
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const headers = source.grid[0] ?? [];
  for (const target of targets.filter((candidate) => candidate.required)) {
    const column = columnOf[target.id];
    if (column === undefined) {
      problems.push({
        sheet: source.sheet,
        row: source.headerRow,
        message: `no column holds ${target.label}; expected a header such as ${[target.label, ...target.aliases.slice(1, 3)].join(", ")}`,
      });
      continue;
    }
    source.grid.slice(1).forEach((cells, offset) => {
      if (cells.every((cell) => isBlank(cell))) return;
      if (isBlank(cells[column])) {
        problems.push({
          sheet: source.sheet,
          column,
          header: String(headers[column] ?? ""),
          row: source.headerRow + 1 + offset,
          message: `${target.label} is blank; every school needs one`,
        });
      }
    });
  }
  return problems;
}

/**
 * Whether an Inspections table can give a framework its Ofsted evidence when the Schools grid has
 * no criterion column (a trust's imported files put Ofsted outcomes there, not in Schools).
 */
function inspectionsCanSupply(
  framework: Framework,
  inspections: ClassifyGridInput["inspections"]
): boolean {
  if (!inspections || inspections.size === 0) return false;
  return framework.criteria.some((criterion) => criterion.kind === "inspection");
}

/** Starts the problem raised when a Schools grid has no evidence column for the framework. */
export const NO_CRITERION = "no column holds a criterion of";

/**
 * The leaders' own classification and security rating from the Academy Evaluation Statement
 * (seed 003), read from the columns so named, for 003's stages only: an input the Director of
 * Education moderates, set against the computed level (never counted as evidence).
 */
function aesColumns(
  framework: Framework,
  headers: readonly CellValue[]
): { level?: number; security?: number } {
  const find = (names: readonly string[]) => {
    const wanted = names.map(normaliseText);
    const index = headers.findIndex((h) => wanted.includes(normaliseText(String(h ?? ""))));
    return index < 0 ? undefined : index;
  };
  const level = AES_FRAMEWORK_IDS.includes(framework.id)
    ? find(AES_CLASSIFICATION_HEADERS)
    : undefined;
  if (level === undefined) return {};
  const security = find(AES_SECURITY_HEADERS);
  return security === undefined ? { level } : { level, security };
}

function aesReader(
  framework: Framework,
  headers: readonly CellValue[]
): (cells: readonly CellValue[]) => Evidence["stated"] {
  const { level, security } = aesColumns(framework, headers);
  return (cells) => {
    if (level === undefined || isBlank(cells[level])) return undefined;
    const rating = security === undefined ? undefined : cells[security];
    return {
      level: String(cells[level]).trim(),
      ...(isBlank(rating) ? {} : { security: String(rating).trim() }),
    };
  };
}

/**
 * The columns `classifySchoolsGrid` reads for a framework, by what it reads them as: the
 * mapping (as passed, else the proposal from the headers) and the AES columns (seed 003's
 * stages). Any other column (a person's notes, TrustTier's own result and formula columns) is
 * not read, so it cannot change a level. Pure.
 */
export function columnsRead(
  source: SchoolsGrid,
  framework: Framework,
  columnOf?: Record<string, number>
): Record<string, number> {
  const mapped =
    columnOf ??
    proposeMapping(schoolsTableTargets(framework), source.grid, {
      sheet: source.sheet,
      headerRow: source.headerRow,
    }).columnOf;
  const aes = aesColumns(framework, source.grid[0] ?? []);
  return {
    ...mapped,
    ...(aes.level !== undefined ? { "aes:level": aes.level } : {}),
    ...(aes.security !== undefined ? { "aes:security": aes.security } : {}),
  };
}

/**
 * Maps a schools grid's columns to the framework's criteria and the school fields, checks every
 * mapped value, and classifies each school. Unmappable or unparseable input throws
 * InputProblemsError naming sheet, column and row; nothing is classified from a partial read.
 */
export function classifySchoolsGrid(input: ClassifyGridInput): ClassifiedSchools {
  const { source, framework } = input;
  const targets = schoolsTableTargets(framework);
  const byId = new Map(targets.map((target) => [target.id, target]));
  const proposal = proposeMapping(targets, source.grid, {
    sheet: source.sheet,
    headerRow: source.headerRow,
  });
  const columnOf = input.columnOf ?? proposal.columnOf;

  const criteria = Object.keys(columnOf).filter((id) => id.startsWith(CRITERION_TARGET_PREFIX));
  const problems = requiredProblems(targets, columnOf, source);
  if (criteria.length === 0 && !inspectionsCanSupply(framework, input.inspections)) {
    problems.push({
      sheet: source.sheet,
      row: source.headerRow,
      message: `${NO_CRITERION} ${framework.name}; expected headers such as ${framework.criteria
        .slice(0, 4)
        .map((criterion) => criterion.label)
        .join(", ")}${
        framework.criteria.some((criterion) => criterion.kind === "inspection")
          ? ", or an Inspections table with the schools' Ofsted outcomes"
          : ""
      }`,
    });
  }
  problems.push(
    ...checkMappedValues(targets, source.grid, columnOf, {
      sheet: source.sheet,
      headerRow: source.headerRow,
    })
  );
  if (problems.length > 0) {
    throw new InputProblemsError(
      `${source.sheet}: the schools table cannot be classified with ${framework.name}:`,
      problems
    );
  }

  const column = (id: string) => columnOf[`school:${id}`];
  const statedOf = aesReader(framework, source.grid[0] ?? []);
  const wanted = input.urns ? new Set(input.urns) : undefined;
  const results: SchoolResult[] = [];
  source.grid.slice(1).forEach((cells, index) => {
    if (cells.every((cell) => isBlank(cell))) return;
    const urn = read<number>(byId.get("school:urn"), cells[column("urn")]);
    if (wanted && !wanted.has(urn)) return;
    const values: Record<string, CellValue> = {};
    for (const id of criteria) {
      values[id.slice(CRITERION_TARGET_PREFIX.length)] = cells[columnOf[id]] ?? null;
    }
    const dateColumn = columnOf[OFSTED_DATE_TARGET];
    const ofstedDate =
      dateColumn === undefined || isBlank(cells[dateColumn])
        ? undefined
        : read<IsoDate>(byId.get(OFSTED_DATE_TARGET), cells[dateColumn]);
    const stated = statedOf(cells);
    const evidence: Evidence = {
      values,
      ...(ofstedDate ? { dates: { ofsted: ofstedDate } } : {}),
      ...(input.inspections?.get(urn) ? { inspections: input.inspections.get(urn) } : {}),
      ...(stated ? { stated } : {}),
    };
    results.push({
      row: source.headerRow + 1 + index,
      index,
      urn,
      name: read<string>(byId.get("school:name"), cells[column("name")]),
      phase: read<SchoolPhase>(byId.get("school:phase"), cells[column("phase")]),
      classification: classify(framework, evidence, {
        asOf: input.asOf,
        ...(input.termDates ? { termDates: input.termDates } : {}),
      }),
    });
  });
  return {
    framework,
    proposal,
    columnOf,
    results,
    warnings: proposal.disagreements.map(
      (disagreement) =>
        `${source.sheet}: ${disagreement.message}; used column ${disagreement.headers[0]}`
    ),
  };
}
