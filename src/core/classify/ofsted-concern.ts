import type { Classification } from "./types";

/** The floors every framework carries for an Ofsted category of concern (`concernFloors`). */
const CONCERN_FLOOR_IDS = new Set(["concern", "concern-value"]);

/**
 * The Ofsted category of concern a classification rests on, in the words of its floor
 * ("Ofsted category of concern: requires significant improvement", or "…: type not recorded"
 * where the grades imply one the data does not name); undefined where there is none.
 */
export function ofstedConcern(result: Classification | undefined): string | undefined {
  if (result?.status !== "classified") return undefined;
  const floors = result.floors.filter((floor) => CONCERN_FLOOR_IDS.has(floor.id));
  // The history's floor carries the type ("…: serious weaknesses"); prefer it to the plain one.
  return (floors.find((floor) => floor.label.includes(":")) ?? floors[0])?.label;
}
