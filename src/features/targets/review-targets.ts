import { parseAcademicYear } from "../../core/dates/academic-year";
import { readCanonicalTable, schoolsTable } from "../../core/import";
import { measureByCode } from "../../core/measures/lookup";
import {
  AGREED_COLUMNS,
  REVIEWED_COLUMNS,
  targetsColumns,
  type TargetsHeader,
} from "../../core/targets";
import type { CellValue } from "../../core/values/cell";
import type { ProgressOptions, WorkbookPort } from "../../port";
import { tableGrid } from "../workbook-tables";
import {
  proposeTargets,
  writeTargets,
  type SetTargetsRequest,
  type TargetsProposed,
} from "./set-targets";

/** One proposed Targets row, as the pane shows it before anything is written. */
export interface ProposalLine {
  measure: string;
  /** The catalogue's label ("% Meeting Expected in RWM"), else the code. */
  label: string;
  target: CellValue;
  method: string;
  baseline: CellValue;
  yearsUsed: string;
  figuresUsed: string;
  national: CellValue;
  nationalYear: CellValue;
  cohort: CellValue;
  dataStatus: string;
  /** Some figure behind it is provisional (KS2 school-level data in October). */
  provisional: boolean;
  howSet: string;
}

/** A Targets row of the year that stays exactly as it is, and why. */
export interface KeptLine {
  measure: string;
  label: string;
  target: CellValue;
  why: "agreed by the Trust Board" | "reviewed by the LGB" | "typed by a person";
}

export interface AcademyTargets {
  urn: number;
  name: string;
  proposals: ProposalLine[];
  kept: KeptLine[];
}

export interface TargetsReview {
  year: string;
  method: string;
  /** The workbook has no TargetMethod table: the default is used and written beside. */
  methodAdded: boolean;
  /** Academies with a proposal or a kept row of the year, in the Schools table's order. */
  academies: AcademyTargets[];
  proposed: number;
  /** Rows of the year kept as typed, reviewed or agreed. */
  keptThisYear: number;
  /** Rows of other years, kept as they are. */
  keptOtherYears: number;
  /** Unreviewed TrustTier proposals of the year this run replaces. */
  replaced: number;
  provisional: number;
  skipped: readonly string[];
}

const text = (value: CellValue | undefined) =>
  value === null || value === undefined ? "" : String(value).trim();

const labelOf = (code: string) => measureByCode(code)?.label ?? code;

/**
 * What a `proposeTargets` plan would write, grouped by academy: the year's proposals with what
 * they rest on, and the year's rows a person typed, reviewed or agreed (kept as they are).
 * Pure: `names` maps URN to school name (from the Schools table).
 */
export function reviewTargets(
  proposed: TargetsProposed,
  names: ReadonlyMap<number, string>
): TargetsReview {
  const [headerRow, ...rows] = proposed.grid;
  // A column the Targets definition reads by another name ("Measure", "Year") is that column.
  const at = targetsColumns(headerRow);
  const cell = (row: readonly CellValue[], header: TargetsHeader) => {
    const c = at(header);
    return c < 0 ? null : (row[c] ?? null);
  };
  const byUrn = new Map<number, AcademyTargets>();
  const academy = (urn: number) => {
    let found = byUrn.get(urn);
    if (!found) {
      found = { urn, name: names.get(urn) ?? `URN ${urn}`, proposals: [], kept: [] };
      byUrn.set(urn, found);
    }
    return found;
  };
  // planTargets puts the kept rows first, then exactly `proposed.proposed` new rows.
  const firstProposal = rows.length - proposed.proposed;
  let keptThisYear = 0;
  let provisional = 0;
  rows.forEach((row, index) => {
    const urn = Number(cell(row, "URN"));
    const measure = text(cell(row, "Measure code"));
    if (index >= firstProposal) {
      const dataStatus = text(cell(row, "Data status"));
      const isProvisional = /provisional/i.test(dataStatus);
      if (isProvisional) provisional++;
      academy(urn).proposals.push({
        measure,
        label: labelOf(measure),
        target: cell(row, "Target"),
        method: text(cell(row, "Method")),
        baseline: cell(row, "Baseline"),
        yearsUsed: text(cell(row, "Years used")),
        figuresUsed: text(cell(row, "Figures used")),
        national: cell(row, "National"),
        nationalYear: cell(row, "National year"),
        cohort: cell(row, "Cohort"),
        dataStatus,
        provisional: isProvisional,
        howSet: text(cell(row, "How set")),
      });
      return;
    }
    const year = parseAcademicYear(cell(row, "Academic year"));
    if (!year.ok || year.value !== proposed.year || !Number.isFinite(urn)) return;
    keptThisYear++;
    const filled = (columns: readonly TargetsHeader[]) =>
      columns.some((h) => text(cell(row, h)) !== "");
    academy(urn).kept.push({
      measure,
      label: labelOf(measure),
      target: cell(row, "Target"),
      why: filled(AGREED_COLUMNS)
        ? "agreed by the Trust Board"
        : filled(REVIEWED_COLUMNS)
          ? "reviewed by the LGB"
          : "typed by a person",
    });
  });
  const order = [...names.keys()];
  const rank = (urn: number) => (order.includes(urn) ? order.indexOf(urn) : order.length);
  return {
    year: proposed.year,
    method: proposed.method.method,
    methodAdded: proposed.methodAdded,
    academies: [...byUrn.values()].sort((a, b) => rank(a.urn) - rank(b.urn) || a.urn - b.urn),
    proposed: proposed.proposed,
    keptThisYear,
    keptOtherYears: proposed.kept - keptThisYear,
    replaced: proposed.replaced,
    provisional,
    skipped: proposed.skipped,
  };
}

/** The Schools table's names by URN, in its order (empty when it cannot be read). */
async function schoolNames(port: WorkbookPort): Promise<Map<number, string>> {
  const grid = await tableGrid(port, "Schools");
  if (!grid) return new Map();
  return new Map(
    readCanonicalTable(schoolsTable, grid).rows.map(({ value }) => [value.urn, value.name])
  );
}

export interface TargetsPreview {
  proposed: TargetsProposed;
  review: TargetsReview;
}

/** Proposes the year's targets and the review the pane shows before anything is written. */
export async function previewTargets(
  port: WorkbookPort,
  request: SetTargetsRequest = {}
): Promise<TargetsPreview> {
  const proposed = await proposeTargets(port, request);
  return { proposed, review: reviewTargets(proposed, await schoolNames(port)) };
}

export type TargetsWrite =
  | {
      kind: "written";
      review: TargetsReview;
      /** Earlier open proposals no longer proposed, by sheet row: left for a person to delete. */
      leftRows: readonly number[];
    }
  /** The workbook changed after the proposals were shown: nothing written; show these instead. */
  | { kind: "changed"; preview: TargetsPreview };

const sameGrid = (a: TargetsProposed, b: TargetsProposed) =>
  JSON.stringify(a.grid) === JSON.stringify(b.grid) && a.methodAdded === b.methodAdded;

/**
 * Writes the proposals that were shown, and only those: the year is proposed again from the
 * workbook as it is now, and if anything differs (a target typed or agreed meanwhile, revised
 * data) nothing is written and the new preview is returned to be shown, so a person's row
 * added after the preview is never lost.
 */
export async function writeShownTargets(
  port: WorkbookPort,
  shown: TargetsPreview,
  options: ProgressOptions = {}
): Promise<TargetsWrite> {
  const now = await previewTargets(port, { year: shown.proposed.year });
  if (!sameGrid(now.proposed, shown.proposed)) return { kind: "changed", preview: now };
  const written = await writeTargets(port, now.proposed, options);
  return { kind: "written", review: now.review, leftRows: written.leftRows };
}

const shown = (value: CellValue) => (value === null ? "" : String(value));

/** A proposal in words for the pane: the target, then what it rests on. */
export function describeProposal(line: ProposalLine): { headline: string; details: string[] } {
  const cohort = shown(line.cohort);
  const national = shown(line.national);
  return {
    headline: `${line.label}: ${shown(line.target)}`,
    details: [
      line.method,
      line.yearsUsed
        ? `baseline ${shown(line.baseline)} from ${line.yearsUsed} (${line.figuresUsed})`
        : "",
      national ? `national ${national} (${shown(line.nationalYear)})` : "no national figure",
      cohort ? `cohort ${cohort}` : "cohort not known",
      `data ${line.dataStatus || "not recorded"}`,
    ].filter((part) => part !== ""),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What writing the review would do, line by line, for the pane's summary. */
export function reviewSummary(review: TargetsReview): string[] {
  return [
    `${plural(review.proposed, "target", "targets")} proposed for ${review.year} by ${review.method}, for ${plural(review.academies.filter((a) => a.proposals.length > 0).length, "academy", "academies")}.`,
    review.keptThisYear > 0
      ? `${plural(review.keptThisYear, "target", "targets")} for ${review.year} typed, reviewed or agreed by people: kept as they are.`
      : "",
    review.replaced > 0
      ? `${plural(review.replaced, "earlier proposal", "earlier proposals")} for ${review.year} not yet reviewed: replaced by these.`
      : "",
    review.keptOtherYears > 0
      ? `${plural(review.keptOtherYears, "row", "rows")} of other years: kept as they are.`
      : "",
    review.provisional > 0
      ? `${plural(review.provisional, "proposal rests", "proposals rest")} on provisional data (KS2 school-level figures are provisional until DfE revises them): set targets again after importing the revised files, and proposals not yet reviewed are updated.`
      : "",
    review.methodAdded
      ? "The workbook has no TargetMethod table: the default TrustTier proposal is used, and a TargetMethod sheet is written beside Targets for the trust to read and edit."
      : "",
  ].filter((line) => line !== "");
}
