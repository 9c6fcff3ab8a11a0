import { classify } from "../classify/classify";
import { matchHeadersToCriteria } from "../classify/headers";
import type { Classification } from "../classify/types";
import { pickNational } from "../cards/picks";
import type { IsoDate } from "../dates/iso";
import type { Framework } from "../frameworks/types";
import type { ImportProblem } from "../import/location";
import { readCanonicalTable, type TableDefinition } from "../import/read-table";
import { measuresTable, nationalTable, targetsTable } from "../import/tables/figures";
import { readInspections } from "../import/tables/inspections";
import type { InspectionRecord } from "../inspections/types";
import { measureByCode } from "../measures/lookup";
import { derivedCriteria, type FigureRow } from "../published/derived-evidence";
import { targetsInForce } from "../targets/agreed";
import { isBlank } from "../values/blank";
import type { CellGrid, CellValue } from "../values/cell";
import { parseNumber } from "../values/number";
import { normaliseText } from "../values/text";
import type { BaselineSchool } from "./identify";
import type { BodyChange } from "./responsible-body";
import { dfeStatus, type DfeStatus } from "./status";

/** The canonical tables a baseline reads, header row first (any may be absent). */
export interface BaselineTables {
  Measures?: CellGrid;
  National?: CellGrid;
  Inspections?: CellGrid;
  Targets?: CellGrid;
}

export interface BaselineInput {
  school: BaselineSchool;
  framework: Framework;
  asOf: IsoDate;
  tables: BaselineTables;
  bodyChanges: readonly BodyChange[];
  /** Evidence the trust typed on the Baseline sheet, by criterion id: it wins over derived. */
  typed?: Readonly<Record<string, CellValue>>;
}

/** One published figure beside its same-year, same-phase national figure and the trust's target. */
export interface BaselineFigure {
  measure: string;
  label: string;
  year: string;
  value?: number;
  /** A DfE suppression or statistics code, shown as published. */
  code?: string;
  cohort?: number;
  national?: { value: number; phase: string };
  /** The target in force for the school (agreed, or typed), of the figure's year. */
  target?: number;
  lowerIsBetter: boolean;
  note?: string;
}

export interface BaselineInspection {
  date?: IsoDate;
  record: InspectionRecord;
  /** The school the inspection was of, where it was a predecessor. */
  predecessorUrn?: number;
}

/** One criterion of the trust's framework, with the evidence the baseline holds for it. */
export interface BaselineEvidence {
  criterion: string;
  label: string;
  /** From the inspection history (Ofsted's criteria): shown, not typed. */
  fromInspection: boolean;
  value?: string;
  from?: "typed" | "derived from published data";
  /** The values the framework's mapping reads for it (the drop-down). */
  options: string[];
}

export interface BaselineAssessment {
  school: BaselineSchool;
  /** Rows of the workbook's tables about this school that cannot be read: a person must fix them. */
  problems: ImportProblem[];
  framework: { id: string; name: string };
  asOf: IsoDate;
  figures: BaselineFigure[];
  inspections: BaselineInspection[];
  status: DfeStatus;
  derived: Array<{ header: string; value?: string; note?: string }>;
  evidence: BaselineEvidence[];
  classification: Classification;
}

function headerIndex(grid: CellGrid, name: string): number {
  return (grid[0] ?? []).findIndex((h) => normaliseText(String(h ?? "")) === normaliseText(name));
}

/** The academy card's order of sections (seed 001, Appendix 1). */
const SECTION_ORDER = ["Context", "Phonics", "EYFS", "Attendance", "Behaviour", "KS2", "KS4"];

/**
 * The problems of a table read that concern this school: the header row's (the whole table
 * cannot be read) and those of rows with its URN. Other schools' rows are not the baseline's.
 */
function schoolProblems(
  grid: CellGrid,
  problems: readonly ImportProblem[],
  urn: number | undefined
): ImportProblem[] {
  const at = headerIndex(grid, "URN");
  return problems.filter(
    (p) =>
      p.row === undefined ||
      p.row === 1 ||
      (urn !== undefined && at >= 0 && Number(grid[p.row - 1]?.[at]) === urn)
  );
}

function readFigures(school: BaselineSchool, tables: BaselineTables, problems: ImportProblem[]) {
  const read = <Row>(
    grid: CellGrid | undefined,
    definition: TableDefinition<Row>,
    urn: number | undefined
  ) => {
    if (!grid) return undefined;
    const result = readCanonicalTable(definition, grid);
    problems.push(...schoolProblems(grid, result.problems, urn));
    return result;
  };
  const measures = read(tables.Measures, measuresTable, school.urn)?.rows ?? [];
  const national = (read(tables.National, nationalTable, undefined)?.rows ?? []).map(
    (r) => r.value
  );
  const targetsRead = read(tables.Targets, targetsTable, school.urn);
  const targets = targetsRead
    ? targetsInForce(targetsRead).filter((t) => t.urn === school.urn)
    : [];
  const rows: FigureRow[] = [];
  const figures: BaselineFigure[] = [];
  for (const { value, extras } of measures) {
    if (value.urn !== school.urn) continue;
    const cohortRead = parseNumber(extras.Cohort ?? null);
    const cohort = cohortRead.ok && cohortRead.value > 0 ? cohortRead.value : undefined;
    rows.push({ ...value, ...(cohort ? { cohort } : {}) });
    const measure = measureByCode(value.measure);
    const pick = measure ? pickNational(national, measure, school.phase, value.year) : undefined;
    const nat =
      pick?.sameYear === true
        ? national.find(
            (n) => n.measure === value.measure && n.year === value.year && n.phase === pick.phase
          )
        : undefined;
    const target = targets.find((t) => t.measure === value.measure && t.year === value.year);
    const note = extras.Note;
    figures.push({
      measure: value.measure,
      label: measure?.label ?? value.measure,
      year: value.year,
      ...(value.figure && "value" in value.figure ? { value: value.figure.value } : {}),
      ...(value.figure && "suppressed" in value.figure ? { code: value.figure.suppressed } : {}),
      ...(cohort ? { cohort } : {}),
      ...(nat?.value !== undefined ? { national: { value: nat.value, phase: nat.phase } } : {}),
      ...(target ? { target: target.target } : {}),
      lowerIsBetter: measure?.good === "down",
      ...(typeof note === "string" && note.startsWith("derived") ? { note } : {}),
    });
  }
  const order = (code: string) => {
    const at = SECTION_ORDER.indexOf(measureByCode(code)?.section ?? "");
    return at < 0 ? SECTION_ORDER.length : at;
  };
  figures.sort(
    (a, b) =>
      order(a.measure) - order(b.measure) ||
      a.measure.localeCompare(b.measure) ||
      a.year.localeCompare(b.year)
  );
  return { figures, rows, national };
}

function readHistory(
  school: BaselineSchool,
  grid: CellGrid | undefined,
  problems: ImportProblem[]
): BaselineInspection[] {
  if (!grid) return [];
  const read = readInspections(grid);
  problems.push(...schoolProblems(grid, read.problems, school.urn));
  const predecessorAt = headerIndex(grid, "Predecessor URN");
  return read.rows
    .filter(({ value }) => value.urn === school.urn)
    .map(({ row, value }) => {
      const raw = predecessorAt >= 0 ? grid[row - 1]?.[predecessorAt] : null;
      const predecessor = Number(raw);
      return {
        ...(value.record.date ? { date: value.record.date } : {}),
        record: value.record,
        ...(value.record.predecessor && Number.isInteger(predecessor) && predecessor > 0
          ? { predecessorUrn: predecessor }
          : {}),
      };
    })
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
}

/**
 * A school's due-diligence baseline: its published figures beside the same-year, same-phase
 * state-funded national figure and any target the trust holds for it; its inspection history in
 * every regime (a predecessor school's marked); DfE status; the evidence derived from the data
 * (the import's own criteria); and the framework's classification of the evidence so far, which
 * the sheet labels a due-diligence proposal. Pure.
 */
export function assessBaseline(input: BaselineInput): BaselineAssessment {
  const { school, framework } = input;
  const problems: ImportProblem[] = [];
  const { figures, rows, national } = readFigures(school, input.tables, problems);
  const inspections = readHistory(school, input.tables.Inspections, problems);
  const derived = derivedCriteria.map((criterion) => {
    const found = criterion.derive(school.phase, rows, national);
    return { header: criterion.header, ...(found ? { value: found.value, note: found.note } : {}) };
  });

  const match = matchHeadersToCriteria(
    framework,
    derived.map((d) => d.header)
  );
  const values: Record<string, CellValue> = {};
  const from: Record<string, BaselineEvidence["from"]> = {};
  for (const [criterion, column] of Object.entries(match.columnOf)) {
    const value = derived[column].value;
    if (value !== undefined) {
      values[criterion] = value;
      from[criterion] = "derived from published data";
    }
  }
  for (const [criterion, value] of Object.entries(input.typed ?? {})) {
    if (isBlank(value) || !framework.criteria.some((c) => c.id === criterion)) continue;
    values[criterion] = value;
    from[criterion] = "typed";
  }
  const records = inspections.map((i) => i.record);
  const classification = classify(
    framework,
    { values, ...(records.length > 0 ? { inspections: records } : {}) },
    { asOf: input.asOf }
  );
  const evidence: BaselineEvidence[] = framework.criteria.map((criterion) => {
    const value = values[criterion.id];
    return {
      criterion: criterion.id,
      label: criterion.label,
      fromInspection: criterion.kind === "inspection",
      ...(value !== undefined ? { value: String(value), from: from[criterion.id] } : {}),
      options: framework.mapping.filter((m) => m.criterion === criterion.id).map((m) => m.value),
    };
  });
  return {
    school,
    problems,
    framework: { id: framework.id, name: framework.name },
    asOf: input.asOf,
    figures,
    inspections,
    status: dfeStatus(inspections, input.bodyChanges),
    derived,
    evidence,
    classification,
  };
}
