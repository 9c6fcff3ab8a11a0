import { parseAcademicYear } from "../dates/academic-year";
import type { MeasureRow, NationalRow } from "../import/tables/figures";
import type { SchoolPhase } from "../import/school-cells";
import { measureAppliesTo, measureByCode, measureExistsIn } from "../measures/lookup";
import type { Measure } from "../measures/types";
import type { CellGrid, CellValue } from "../values/cell";
import { normaliseText } from "../values/text";
import { IMPORTED_ESTIMATES, TRUSTTIER_PROPOSAL, type TargetMethod } from "./method";
import { proposeTarget, type YearFigure } from "./propose";
import {
  AGREED_COLUMNS,
  REVIEWED_COLUMNS,
  TARGETS_HEADERS,
  targetsColumnName,
  type TargetsHeader,
} from "./targets-sheet";

/** A Measures row with the import's provenance (Cohort and Status columns, where present). */
export interface FigureRow extends MeasureRow {
  cohort?: number;
  status?: string;
}

export interface EstimateRow {
  urn: number;
  measure: string;
  year: string;
  estimate: number;
  source: string;
}

export interface TargetsInput {
  year: string;
  method: TargetMethod;
  schools: ReadonlyArray<{ urn: number; phase: SchoolPhase }>;
  measures: readonly FigureRow[];
  national: readonly NationalRow[];
  /** The existing Targets table, header row first (any columns), or undefined. */
  targets?: CellGrid;
  estimates?: readonly EstimateRow[];
}

export interface TargetsPlan {
  /** The whole Targets table to write, header row first: kept rows as they were, then proposals. */
  grid: CellGrid;
  proposed: number;
  /** Rows a person typed, reviewed or agreed: kept exactly. */
  kept: number;
  /** Earlier proposals of the year replaced by this run (revised data, an edited method). */
  replaced: number;
  /** Academy x measure pairs with data but no proposal, and why. */
  skipped: string[];
}

const OURS = new Set([normaliseText(TRUSTTIER_PROPOSAL), normaliseText(IMPORTED_ESTIMATES)]);
const filled = (value: CellValue | undefined) =>
  value !== null && value !== undefined && String(value).trim() !== "";

/** Targets can be set for measures with a direction of good (not roll, SEN, deprivation...). */
const targetable = (measure: Measure) => measure.good !== "neutral";

function schoolPhase(phase: SchoolPhase): "primary" | "secondary" | undefined {
  return phase === "primary" || phase === "secondary" ? phase : undefined;
}

/** The same-phase national figure for the latest year at or before `upTo` (else "All"). */
function nationalFor(
  national: readonly NationalRow[],
  measure: string,
  phase: "primary" | "secondary" | undefined,
  upTo: string
): NationalRow | undefined {
  const candidates = national
    .filter((n) => n.measure === measure && n.value !== undefined && n.year <= upTo)
    .filter((n) => n.phase === "all" || n.phase === phase)
    .sort((a, b) => (a.year === b.year ? (a.phase === "all" ? -1 : 1) : a.year < b.year ? -1 : 1));
  return candidates[candidates.length - 1];
}

const key = (urn: CellValue, measure: CellValue, year: CellValue) =>
  `${String(urn).trim()}|${String(measure).trim()}|${String(year).trim()}`;

/** A Targets row's key: URN, measure code and academic year (as written when it is not one). */
export function rowKey(
  cells: readonly CellValue[],
  col: (header: TargetsHeader) => number
): string {
  const year = parseAcademicYear(cells[col("Academic year")]);
  return key(
    cells[col("URN")],
    cells[col("Measure code")],
    year.ok ? year.value : cells[col("Academic year")]
  );
}

/**
 * TrustTier's own proposal for `year` that nobody has reviewed or agreed: the one kind of row a
 * later run may rewrite (a row a person typed has no TrustTier method).
 */
export function openProposalOf(
  cells: readonly CellValue[],
  col: (header: TargetsHeader) => number,
  year: string
): boolean {
  const method = cells[col("Method")];
  const reviewedOrAgreed = [...REVIEWED_COLUMNS, ...AGREED_COLUMNS].some((h) =>
    filled(cells[col(h)])
  );
  const read = parseAcademicYear(cells[col("Academic year")]);
  const ours = filled(method) && OURS.has(normaliseText(String(method)));
  return ours && !reviewedOrAgreed && read.ok && read.value === year;
}

/**
 * Next year's Targets rows for every academy x measure with data, by the trust's method. A row
 * a person typed (no TrustTier method), reviewed or agreed is kept cell for cell; TrustTier's own
 * unreviewed proposals of the year are replaced, so revised data updates them.
 */
export function planTargets(input: TargetsInput): TargetsPlan {
  const existing = input.targets ?? [];
  const oldHeaders = (existing[0] ?? []).map((h) => String(h ?? "").trim());
  const nameOf = targetsColumnName;
  const headers: string[] = [...oldHeaders];
  for (const header of TARGETS_HEADERS) {
    if (!headers.some((h) => nameOf(h) === nameOf(header))) headers.push(header);
  }
  const col = (header: TargetsHeader) => headers.findIndex((h) => nameOf(h) === nameOf(header));
  const widen = (row: readonly CellValue[]) =>
    headers.map((_, c) => (c < row.length ? (row[c] ?? null) : null));

  const keptRows: CellValue[][] = [];
  const taken = new Set<string>();
  let replaced = 0;
  for (const row of existing.slice(1)) {
    const cells = widen(row);
    if (cells.every((cell) => !filled(cell))) continue;
    if (openProposalOf(cells, col, input.year)) {
      replaced++;
      continue;
    }
    keptRows.push(cells);
    taken.add(rowKey(cells, col));
  }

  const proposals: CellValue[][] = [];
  const skipped: string[] = [];
  for (const school of input.schools) {
    const phase = schoolPhase(school.phase);
    const mine = input.measures.filter((m) => m.urn === school.urn && m.year < input.year);
    const codes = [...new Set(mine.map((m) => m.measure))];
    for (const code of codes) {
      const measure = measureByCode(code);
      if (!measure || !targetable(measure)) continue;
      if (phase && !measureAppliesTo(measure, phase)) continue;
      if (!measureExistsIn(measure, input.year)) continue; // no progress measures where DfE publishes none
      const rows = mine.filter(
        (m) =>
          m.measure === code &&
          m.figure !== undefined &&
          "value" in m.figure &&
          measureExistsIn(measure, m.year)
      );
      if (rows.length === 0) continue;
      if (taken.has(key(school.urn, code, input.year))) continue;
      const row = propose(school.urn, measure, rows, phase, input);
      if (typeof row === "string") skipped.push(row);
      else proposals.push(cellsUnder(headers, row, nameOf));
    }
  }
  return {
    grid: [headers, ...keptRows, ...proposals],
    proposed: proposals.length,
    kept: keptRows.length,
    replaced,
    skipped,
  };
}

type Row = Partial<Record<TargetsHeader, CellValue>>;

/** A proposal under the table's own headers: null in a person's own columns (left to them). */
function cellsUnder(
  headers: readonly string[],
  row: Row,
  nameOf: (header: string) => string
): CellValue[] {
  const byName = new Map(Object.entries(row).map(([header, value]) => [nameOf(header), value]));
  return headers.map((header, index) => {
    const first = headers.findIndex((h) => nameOf(h) === nameOf(header)) === index;
    return first ? (byName.get(nameOf(header)) ?? null) : null;
  });
}

function propose(
  urn: number,
  measure: Measure,
  rows: readonly FigureRow[],
  phase: "primary" | "secondary" | undefined,
  input: TargetsInput
): Row | string {
  const base: Row = { URN: urn, "Measure code": measure.code, "Academic year": input.year };
  if (input.method.method === IMPORTED_ESTIMATES) {
    const estimate = input.estimates?.find(
      (e) => e.urn === urn && e.measure === measure.code && e.year === input.year
    );
    if (!estimate) return `${urn} ${measure.code}: no imported estimate for ${input.year}`;
    return {
      ...base,
      Target: estimate.estimate,
      Method: IMPORTED_ESTIMATES,
      "How set": `read from the estimates table (${estimate.source})`,
    };
  }
  const years: YearFigure[] = rows.map((r) => ({
    year: r.year,
    figure: (r.figure as { value: number }).value,
    ...(r.cohort === undefined ? {} : { cohort: r.cohort }),
  }));
  const latest = [...years].sort((a, b) => (a.year < b.year ? -1 : 1))[years.length - 1].year;
  const national = nationalFor(input.national, measure.code, phase, latest);
  const proposal = proposeTarget(
    {
      good: measure.good === "down" ? "down" : "up",
      percentOfPupils: measure.unit === "%",
      years,
      ...(national ? { national: { year: national.year, value: national.value as number } } : {}),
      decimals: measure.unit === "pupils" ? 0 : 1,
    },
    input.method
  );
  if (!proposal) return `${urn} ${measure.code}: no published figure`;
  const usedYears = new Set(proposal.used.map((y) => y.year));
  const statuses = [
    ...new Set(
      rows.filter((r) => usedYears.has(r.year) && r.status).map((r) => `${r.year} ${r.status}`)
    ),
  ];
  return {
    ...base,
    Target: proposal.target,
    Method: TRUSTTIER_PROPOSAL,
    Baseline: proposal.baseline,
    "Years used": proposal.used.map((y) => y.year).join(", "),
    "Figures used": proposal.used.map((y) => y.figure).join(", "),
    National: national?.value ?? null,
    "National year": national?.year ?? null,
    Cohort: proposal.cohort ?? null,
    "Data status": statuses.length > 0 ? statuses.join("; ") : "not recorded",
    "How set": proposal.note,
  };
}
