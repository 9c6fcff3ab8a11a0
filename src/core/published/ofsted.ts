import type { IsoDate } from "../dates/iso";
import { inspectionAreaOf } from "../inspections/areas";
import { normaliseInspectionOutcome, outcomeDisplay } from "../inspections/outcomes";
import { isBlank } from "../values/blank";
import type { CellGrid, CellValue } from "../values/cell";
import { parseDate } from "../values/date";
import { normaliseText } from "../values/text";
import { cleanHeader } from "./headers";
import { countMissing, emptyFileReport, type FileReport } from "./report";

export type InspectionKind = "graded" | "ungraded" | "report card";

export interface ImportedInspection {
  urn: number;
  number?: string;
  date: IsoDate;
  publication?: IsoDate;
  type: InspectionKind;
  overall?: string;
  /** Graded areas by their canonical area name. */
  areas: Record<string, string>;
  /** Report cards: each area's own date of grade. */
  areaDates: Record<string, IsoDate>;
  safeguarding?: string;
  concern?: string;
  /** The inspection was of this predecessor school (not the current URN). */
  predecessorUrn?: number;
  file: string;
}

/** Ofsted's "no judgement" entries in management information: kept out, counted by code. */
const NO_JUDGEMENT = new Set(["9", "null", "not applicable", "n a", "na"]);

const LABEL = "Ofsted management information";

function key(header: string): string {
  return normaliseText(cleanHeader(header).replace(/\(where applicable\)/i, ""));
}

/** Header positions by normalised text (double spaces and "(where applicable)" folded). */
function indexer(headers: readonly string[]) {
  const map = new Map<string, number>();
  headers.forEach((header, index) => {
    if (!map.has(key(header))) map.set(key(header), index);
  });
  return (...names: string[]): number => {
    for (const name of names) {
      const index = map.get(key(name));
      if (index !== undefined) return index;
    }
    return -1;
  };
}

export interface OfstedFileResult {
  inspections: ImportedInspection[];
  report: FileReport;
}

/**
 * Inspections from Ofsted's management information in its EIF, 2024/25 and report-card forms:
 * the latest graded inspection, the latest ungraded outcome, the "Latest OEIF" block and report
 * card areas with their own dates. An inspection that does not relate to the school's current
 * URN, or that is of a predecessor school (`predecessorOf`), is stored as the predecessor's.
 *
 * So is one listed under the school's own URN but dated before the school began under that URN
 * (`began`: GIAS's predecessor link date, else the school's Joined trust date), when the school
 * has a predecessor: Ofsted's management information gives a school not yet inspected in its
 * current form its predecessor's grades (Ofsted, "Changes to Ofsted's statistical reporting of
 * inspection outcomes for state-funded schools: main findings", 2018, updated 18 August 2020),
 * and "judgements ... of the predecessor school are not those of the new school" (Ofsted,
 * "Selecting new schools and schools that undergo significant change for inspection"). Which
 * columns carry them (here the "Latest OEIF" block, with no "relates to the URN" column) is
 * not stated for every edition: dating them against the URN's start is a TrustTier reading.
 */
export function extractInspections(
  file: string,
  grid: CellGrid,
  trust: ReadonlySet<number>,
  /** Predecessor URN -> the trust school that succeeded it (GIAS links, Schools table). */
  successorOf: ReadonlyMap<number, number>,
  /** A trust school with a predecessor, and the day it began under its URN (see below). */
  began: ReadonlyMap<number, { predecessorUrn: number; since: IsoDate }> = new Map()
): OfstedFileResult {
  const headers = (grid[0] ?? []).map((cell) => cleanHeader(cell));
  const at = indexer(headers);
  const report = emptyFileReport(file, LABEL);
  const inspections: ImportedInspection[] = [];
  const seen = new Set<number>();

  const col = {
    urn: at("URN"),
    number: at(
      "Inspection number",
      "Inspection number of latest full inspection",
      "Inspection number of latest graded inspection"
    ),
    date: at(
      "Inspection start date",
      "Inspection start date of latest full inspection",
      "Inspection date"
    ),
    publication: at("Publication date"),
    overall: at("Overall effectiveness"),
    safeguarding: at("Safeguarding is effective?", "Safeguarding standards", "Safeguarding"),
    concern: at("Category of concern"),
    relates: headers.findIndex((h) =>
      /^does the latest (full|graded) inspection relate to the urn/i.test(h)
    ),
    urnAtTime: headers.findIndex((h) => /^urn at time of latest (full|graded) inspection/i.test(h)),
    ungradedNumber: at(
      "Latest ungraded inspection number since last graded inspection",
      "Latest ungraded inspection number"
    ),
    ungradedDate: at("Date of latest ungraded inspection"),
    ungradedOutcome: at("Ungraded inspection overall outcome"),
    oeifOverall: at("Latest OEIF overall effectiveness"),
    oeifDate: at("Latest OEIF inspection start date"),
    oeifNumber: at("Latest OEIF inspection number"),
  };
  const areaColumns: Array<{ index: number; area: string; dateIndex: number }> = [];
  headers.forEach((header, index) => {
    if (/^latest oeif/i.test(header) || / - date of grade$/i.test(header)) return;
    const area = inspectionAreaOf(key(header));
    if (!area) return;
    areaColumns.push({ index, area, dateIndex: at(`${header} - date of grade`) });
  });
  const reportCardForm =
    areaColumns.some((c) => c.dateIndex >= 0) || headers.some((h) => /^inclusion$/i.test(h));
  for (const [index, header] of headers.entries()) {
    const described =
      Object.values(col).includes(index) ||
      areaColumns.some((c) => c.index === index || c.dateIndex === index);
    if (described) report.recognised.push(header);
    else if (header !== "") report.ignored.push(header);
  }

  grid.slice(1).forEach((cells, offset) => {
    const line = offset + 2;
    const cell = (index: number): CellValue => (index < 0 ? null : (cells[index] ?? null));
    const urnValue = Number(cleanHeader(cell(col.urn)));
    let urn: number | undefined;
    let predecessorUrn: number | undefined;
    if (trust.has(urnValue)) urn = urnValue;
    else if (successorOf.has(urnValue)) {
      urn = successorOf.get(urnValue);
      predecessorUrn = urnValue;
    }
    if (urn === undefined) return;
    seen.add(urn);
    report.rowsMatched++;
    if (col.relates >= 0 && normaliseText(String(cell(col.relates) ?? "")) === "no") {
      const then = Number(cleanHeader(cell(col.urnAtTime)));
      predecessorUrn = Number.isInteger(then) && then > 0 ? then : (predecessorUrn ?? urn);
    }
    const readDate = (index: number): IsoDate | undefined => {
      const value = cell(index);
      if (isBlank(value)) return undefined;
      const text = cleanHeader(value);
      if (/^0?1[/-]0?1[/-]1900$|^1900-01-01$/.test(text)) {
        countMissing(report, "01/01/1900 placeholder");
        return undefined;
      }
      const date = parseDate(value);
      if (date.ok) return date.value;
      report.unreadable.push({
        file,
        row: line,
        column: index,
        header: headers[index],
        value,
        message: date.message,
      });
      return undefined;
    };
    const readOutcome = (index: number, area = false): string | undefined => {
      const value = cell(index);
      if (isBlank(value)) {
        if (index >= 0) countMissing(report, "blank");
        return undefined;
      }
      const text = cleanHeader(value);
      if (NO_JUDGEMENT.has(normaliseText(text))) {
        countMissing(report, text.toUpperCase() === "NULL" ? "NULL" : text);
        return undefined;
      }
      const outcome = normaliseInspectionOutcome(text);
      // An area not judged (early years in a report card) is missing, counted by its words.
      if (outcome.ok && area && outcome.value.name === "not judged") {
        countMissing(report, "Not judged");
        return undefined;
      }
      if (outcome.ok) return outcomeDisplay(outcome.value.name);
      report.unreadable.push({
        file,
        row: line,
        column: index,
        header: headers[index],
        value,
        message: outcome.message,
      });
      return undefined;
    };
    const text = (index: number): string | undefined => {
      const value = cell(index);
      if (isBlank(value)) return undefined;
      const t = cleanHeader(value);
      if (NO_JUDGEMENT.has(normaliseText(t))) {
        countMissing(report, t.toUpperCase() === "NULL" ? "NULL" : t);
        return undefined;
      }
      return t;
    };
    const newSchool = began.get(urn);
    /** The row's own URN, or its predecessor's when the inspection is older than the URN. */
    const whose = (date: IsoDate) => {
      const before =
        predecessorUrn ??
        (newSchool && date < newSchool.since ? newSchool.predecessorUrn : undefined);
      return {
        urn: urn as number,
        file,
        ...(before !== undefined ? { predecessorUrn: before } : {}),
      };
    };

    const date = readDate(col.date);
    if (date) {
      const areas: Record<string, string> = {};
      const areaDates: Record<string, IsoDate> = {};
      for (const area of areaColumns) {
        const outcome = readOutcome(area.index, true);
        if (outcome) areas[area.area] = outcome;
        const areaDate = area.dateIndex >= 0 ? readDate(area.dateIndex) : undefined;
        if (areaDate) areaDates[area.area] = areaDate;
      }
      const overall = readOutcome(col.overall);
      const publication = readDate(col.publication);
      const number = text(col.number);
      const safeguarding = text(col.safeguarding);
      const concern = text(col.concern);
      inspections.push({
        ...whose(date),
        date,
        type: reportCardForm ? "report card" : "graded",
        ...(number ? { number } : {}),
        ...(publication ? { publication } : {}),
        ...(overall ? { overall } : {}),
        areas,
        areaDates,
        ...(safeguarding ? { safeguarding } : {}),
        ...(concern ? { concern } : {}),
      });
    }
    // The latest ungraded outcome and the "Latest OEIF" block: each one inspection, no areas.
    const single = (
      date: string | undefined,
      type: InspectionKind,
      overall: string | undefined,
      n: number
    ) => {
      if (!date || !overall) return;
      const number = text(n);
      inspections.push({
        ...whose(date),
        date,
        type,
        overall,
        areas: {},
        areaDates: {},
        ...(number ? { number } : {}),
      });
    };
    single(
      readDate(col.ungradedDate),
      "ungraded",
      col.ungradedOutcome >= 0 ? text(col.ungradedOutcome) : undefined,
      col.ungradedNumber
    );
    single(
      readDate(col.oeifDate),
      "graded",
      col.oeifOverall >= 0 ? readOutcome(col.oeifOverall) : undefined,
      col.oeifNumber
    );
  });
  report.schoolsMissing = [...trust].filter((urn) => !seen.has(urn)).sort((a, b) => a - b);
  return { inspections, report };
}
