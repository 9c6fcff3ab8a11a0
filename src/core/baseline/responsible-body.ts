import type { IsoDate } from "../dates/iso";
import type { CellGrid } from "../values/cell";
import { parseDate } from "../values/date";
import { normaliseText } from "../values/text";
import { cleanHeader } from "../published/headers";
import type { PublishedFile } from "../published/import-plan";
import { recogniseFile } from "../published/recognise";

/** One change of responsible body GIAS records for the school: a link, or a group it joined. */
export interface BodyChange {
  /** "converted or transferred from URN 112712", "joined Transform Trust (Multi-academy trust)". */
  text: string;
  date?: IsoDate;
  source: string;
}

const GIAS_PLACEHOLDER = /^(0?1[/-]0?1[/-]1900|1900-01-01)$/;

function dateOf(value: unknown): IsoDate | undefined {
  const text = cleanHeader(value as string);
  if (text === "" || GIAS_PLACEHOLDER.test(text)) return undefined;
  const read = parseDate(text);
  return read.ok ? read.value : undefined;
}

function at(grid: CellGrid, name: string): number {
  return (grid[0] ?? []).findIndex((h) => normaliseText(cleanHeader(h)) === normaliseText(name));
}

/**
 * Changes of responsible body GIAS records for a school: a predecessor link (the school opened
 * under this URN when it converted to an academy or moved to another trust: a new URN), a
 * successor link (it closed and reopened under another URN), and each group (trust, sponsor)
 * it joined with the date. Read from GIAS links and group-links extracts only; none given,
 * none found.
 */
export function responsibleBodyChanges(urn: number, files: readonly PublishedFile[]): BodyChange[] {
  const changes: BodyChange[] = [];
  for (const file of files) {
    const family = recogniseFile(file.grid).family;
    const { grid } = file;
    const urnAt = at(grid, "URN");
    if (family === "gias-links") {
      const linkAt = at(grid, "LinkURN");
      const typeAt = at(grid, "LinkType");
      const dateAt = at(grid, "LinkEstablishedDate");
      for (const row of grid.slice(1)) {
        if (Number(cleanHeader(row[urnAt])) !== urn) continue;
        const link = cleanHeader(row[linkAt]);
        const type = normaliseText(cleanHeader(row[typeAt]));
        const date = dateAt >= 0 ? dateOf(row[dateAt]) : undefined;
        const text = type.startsWith("predecessor")
          ? `opened as URN ${urn}: predecessor school URN ${link} (a conversion or a change of trust gives a new URN)`
          : type.startsWith("successor")
            ? `closed as URN ${urn}: successor school URN ${link}`
            : `GIAS link '${cleanHeader(row[typeAt])}' to URN ${link}`;
        changes.push({ text, ...(date ? { date } : {}), source: `GIAS links (${file.name})` });
      }
    } else if (family === "gias-establishments" && at(grid, "Group Name") >= 0) {
      const nameAt = at(grid, "Group Name");
      const typeAt = at(grid, "Group Type");
      const joinedAt = at(grid, "Joined date");
      for (const row of grid.slice(1)) {
        if (Number(cleanHeader(row[urnAt])) !== urn) continue;
        const type = typeAt >= 0 ? cleanHeader(row[typeAt]) : "";
        const date = joinedAt >= 0 ? dateOf(row[joinedAt]) : undefined;
        changes.push({
          text: `in group ${cleanHeader(row[nameAt])}${type ? ` (${type})` : ""}`,
          ...(date ? { date } : {}),
          source: `GIAS group links (${file.name})`,
        });
      }
    }
  }
  return changes.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
}
