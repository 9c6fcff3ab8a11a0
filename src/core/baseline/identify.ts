import type { SchoolPhase } from "../import/school-cells";
import { readPhase } from "../import/school-cells";
import type { ImportProblem } from "../import/location";
import type { CellValue } from "../values/cell";
import { normaliseText } from "../values/text";
import { cleanHeader } from "../published/headers";
import type { PublishedFile } from "../published/import-plan";
import { recogniseFile } from "../published/recognise";

/** The school being baselined, as the public files name it. */
export interface BaselineSchool {
  urn: number;
  name: string;
  phase: SchoolPhase;
  localAuthority?: string;
  /** The file each fact came from, for the sheet's sources line. */
  foundIn: string[];
}

/** Header names, by what they hold, in each family that names a school. */
const NAME_HEADERS = ["EstablishmentName", "School name", "SCHNAME"];
const PHASE_HEADERS = ["PhaseOfEducation (name)", "Ofsted phase", "Phase", "SCHOOLTYPE", "PHASE"];
const LA_HEADERS = ["LA (name)", "Local authority"];

/** Phases of the figure families: a school in the KS2 file is primary (DfE's KS2 tables). */
const FAMILY_PHASE: Record<string, SchoolPhase> = { ks2: "primary", ks4: "secondary" };

function column(headers: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const at = headers.findIndex((h) => normaliseText(h) === normaliseText(name));
    if (at >= 0) return at;
  }
  return -1;
}

/** "State-funded primary" (census SCHOOLTYPE) reads as primary; otherwise the phase's own words. */
function phaseOf(value: CellValue | undefined): SchoolPhase | undefined {
  const text = cleanHeader(value).toLowerCase();
  if (text === "") return undefined;
  const direct = readPhase(text);
  if (direct.ok) return direct.value;
  for (const word of ["primary", "secondary", "special", "nursery", "all-through"] as const) {
    const read = readPhase(word);
    if (text.includes(word) && read.ok) return read.value;
  }
  return undefined;
}

/**
 * Finds one school, by URN, in the public files the import recognises (GIAS, Ofsted management
 * information, DfE performance tables): its name, phase and local authority, from the first file
 * that gives each. A URN no file holds, or a school whose phase no file states, is a problem a
 * person must fix, naming the files read.
 */
export function identifySchool(
  urn: number,
  files: readonly PublishedFile[]
): { school?: BaselineSchool; problems: ImportProblem[] } {
  let name: string | undefined;
  let phase: SchoolPhase | undefined;
  let localAuthority: string | undefined;
  const foundIn: string[] = [];
  for (const file of files) {
    const recognition = recogniseFile(file.grid);
    if (recognition.family === undefined || recognition.family === "meta") continue;
    const headers = (file.grid[0] ?? []).map((cell) => cleanHeader(cell));
    const urnAt = column(headers, ["URN"]);
    if (urnAt < 0) continue;
    const row = file.grid.slice(1).find((cells) => Number(cleanHeader(cells[urnAt])) === urn);
    if (!row) continue;
    foundIn.push(file.name);
    const text = (names: readonly string[]) => {
      const at = column(headers, names);
      const value = at < 0 ? "" : cleanHeader(row[at]);
      return value === "" || value.toUpperCase() === "NULL" ? undefined : value;
    };
    name ??= text(NAME_HEADERS);
    phase ??= phaseOf(text(PHASE_HEADERS)) ?? FAMILY_PHASE[recognition.family];
    localAuthority ??= text(LA_HEADERS);
  }
  const sheet = "--urn";
  const read = files.map((file) => file.name).join(", ");
  if (foundIn.length === 0) {
    return {
      problems: [
        {
          sheet,
          message: `URN ${urn} is in none of the files given (${read}); check the URN on Get Information about Schools, or add a file that covers the school (its GIAS extract, Ofsted management information or a DfE performance-table file)`,
        },
      ],
    };
  }
  const problems: ImportProblem[] = [];
  if (phase === undefined) {
    problems.push({
      sheet,
      message: `the files name URN ${urn} (${foundIn.join(", ")}) but none states its phase; add its GIAS extract (PhaseOfEducation (name)) or Ofsted management information (Ofsted phase)`,
    });
  }
  if (problems.length > 0) return { problems };
  return {
    school: {
      urn,
      name: name ?? `URN ${urn}`,
      phase: phase as SchoolPhase,
      ...(localAuthority ? { localAuthority } : {}),
      foundIn,
    },
    problems,
  };
}
