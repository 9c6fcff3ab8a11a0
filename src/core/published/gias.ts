import { readCanonicalTable } from "../import/read-table";
import { schoolsTable, type SchoolRow } from "../import/tables/schools";
import type { ImportProblem } from "../import/location";
import type { CellGrid } from "../values/cell";
import { normaliseText } from "../values/text";
import type { IsoDate } from "../dates/iso";
import { parseDate } from "../values/date";
import { cleanHeader } from "./headers";

const LA_CODE_HEADERS = new Set(["la (code)", "la code", "lea"]);

/**
 * The trust's schools from any list with a URN column and the Schools table's headers or
 * GIAS's (EstablishmentName, PhaseOfEducation (name), Joined date, LA (name)). A GIAS group-links
 * extract lists a school once per group (sponsor, trust): each URN is kept once, and its joined
 * date is the trust's link's ("Multi-academy trust" or "Single-academy trust" in Group Type),
 * not the sponsor's, which records when the sponsor took the school on. Each school's LA code
 * ("LA (code)", "LA code" or "LEA"), where the list gives one, is returned beside it.
 */
export function readSchoolList(
  grid: CellGrid,
  sheet: string
): { schools: SchoolRow[]; laCodes: Map<number, string>; problems: ImportProblem[] } {
  const cleaned = [(grid[0] ?? []).map((cell) => cleanHeader(cell)), ...grid.slice(1)];
  const read = readCanonicalTable(schoolsTable, cleaned, { sheet });
  const byUrn = new Map<number, { school: SchoolRow; trustLink: boolean }>();
  // GIAS's "LA (code)" (830): the number DfE's performance tables give the LA's rows (LEA).
  const laCodes = new Map<number, string>();
  for (const { value, extras } of read.rows) {
    const laCode = Object.entries(extras).find(([h]) => LA_CODE_HEADERS.has(normaliseText(h)));
    const code = String(laCode?.[1] ?? "").trim();
    if (/^\d{3}$/.test(code) && !laCodes.has(value.urn)) laCodes.set(value.urn, code);
    const groupType = Object.entries(extras).find(([h]) => normaliseText(h) === "group type");
    const trustLink = /trust/i.test(String(groupType?.[1] ?? ""));
    const earlier = byUrn.get(value.urn);
    if (!earlier) {
      byUrn.set(value.urn, { school: value, trustLink });
      continue;
    }
    const joinedFromThis = (trustLink && !earlier.trustLink) || !earlier.school.joined;
    const joined = joinedFromThis ? (value.joined ?? earlier.school.joined) : earlier.school.joined;
    byUrn.set(value.urn, {
      school: { ...value, ...earlier.school, ...(joined ? { joined } : {}) },
      trustLink: earlier.trustLink || trustLink,
    });
  }
  return {
    schools: [...byUrn.values()].map((entry) => entry.school),
    laCodes,
    problems: read.problems,
  };
}

/**
 * Predecessor URN -> successor URN from a GIAS links extract (URN, LinkURN, LinkType): a
 * "Predecessor" link on a school names its predecessor; a "Successor" link names the successor.
 */
export function readPredecessorLinks(grid: CellGrid): Map<number, number> {
  const headers = (grid[0] ?? []).map((cell) => normaliseText(cleanHeader(cell)));
  const urnAt = headers.indexOf("urn");
  const linkAt = headers.indexOf("linkurn");
  const typeAt = headers.indexOf("linktype");
  const links = new Map<number, number>();
  for (const row of grid.slice(1)) {
    const urn = Number(cleanHeader(row[urnAt]));
    const link = Number(cleanHeader(row[linkAt]));
    const type = normaliseText(cleanHeader(row[typeAt]));
    if (!Number.isInteger(urn) || !Number.isInteger(link) || urn <= 0 || link <= 0) continue;
    if (type.startsWith("predecessor")) links.set(link, urn);
    else if (type.startsWith("successor")) links.set(urn, link);
  }
  return links;
}

/**
 * Successor URN -> the date its link with its predecessor was established (GIAS links'
 * LinkEstablishedDate, the later of the two links): the day the school began under its URN.
 */
export function readSuccessionDates(grid: CellGrid): Map<number, IsoDate> {
  const headers = (grid[0] ?? []).map((cell) => normaliseText(cleanHeader(cell)));
  const urnAt = headers.indexOf("urn");
  const linkAt = headers.indexOf("linkurn");
  const typeAt = headers.indexOf("linktype");
  const dateAt = headers.indexOf("linkestablisheddate");
  const dates = new Map<number, IsoDate>();
  if (dateAt < 0) return dates;
  for (const row of grid.slice(1)) {
    const type = normaliseText(cleanHeader(row[typeAt]));
    const successor = Number(cleanHeader(row[type.startsWith("predecessor") ? urnAt : linkAt]));
    const date = parseDate(row[dateAt] ?? null);
    if (!Number.isInteger(successor) || successor <= 0 || !date.ok) continue;
    if (!type.startsWith("predecessor") && !type.startsWith("successor")) continue;
    // The predecessor's Successor link can be dated the day it closed, the day before the
    // successor's Predecessor link: the later is the day the new URN began.
    const other = dates.get(successor);
    if (!other || date.value > other) dates.set(successor, date.value);
  }
  return dates;
}
