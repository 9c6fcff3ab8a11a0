import type { IsoDate } from "../dates/iso";

/**
 * A new row id from a readable base ("M2025-10-15-138776"): the base itself when unused,
 * otherwise the base with the next number after the highest already used ("...-2", "...-3").
 * Ids therefore never repeat and never depend on a row's position in the table.
 */
export function nextId(base: string, taken: ReadonlySet<string>, alwaysNumber = false): string {
  if (!alwaysNumber && !taken.has(base)) return base;
  const suffix = new RegExp(`^${escape(base)}-(\\d+)$`);
  let highest = taken.has(base) ? 1 : 0;
  for (const id of taken) {
    const match = suffix.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${base}-${highest + 1}`;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const historyIdBase = (meetingDate: IsoDate, urn: number): string =>
  `M${meetingDate}-${urn}`;

export const actionIdBase = (meetingDate: IsoDate, urn: number): string => `A${meetingDate}-${urn}`;

export const reviewIdBase = (meetingDate: IsoDate, actionId: string): string =>
  `R${meetingDate}-${actionId}`;
