/**
 * 000's five strategic areas ("Action plans will use the five strategic areas as framework for
 * identifying key actions and measurable success criteria"). Which area a classification
 * criterion falls under, and which measures track it, is TrustTier's own choice.
 */
export const STRATEGIC_AREAS = [
  "Vision, values, strategy and culture",
  "People, learning and capacity",
  "Assessment, curriculum and pedagogy",
  "Quality assurance and accountability",
  "Sustainable learning organisations",
] as const;

export type StrategicArea = (typeof STRATEGIC_AREAS)[number];

/** Criterion (or evidence group) id -> strategic area; unknown ids go to quality assurance. */
const AREA_OF: Record<string, StrategicArea> = {
  culture: "Vision, values, strategy and culture",
  attendance: "Vision, values, strategy and culture",
  exclusions: "Vision, values, strategy and culture",
  complaints: "Vision, values, strategy and culture",
  leadership: "People, learning and capacity",
  "performance-management": "People, learning and capacity",
  hip: "People, learning and capacity",
  governance: "People, learning and capacity",
  staffing: "People, learning and capacity",
  teaching: "Assessment, curriculum and pedagogy",
  "national-tests": "Assessment, curriculum and pedagogy",
  historic: "Assessment, curriculum and pedagogy",
  ofsted: "Quality assurance and accountability",
  inspection: "Quality assurance and accountability",
  rsc: "Quality assurance and accountability",
  qa: "Quality assurance and accountability",
  partnership: "Quality assurance and accountability",
  external: "Quality assurance and accountability",
  elevator: "Quality assurance and accountability",
  safeguarding: "Quality assurance and accountability",
  website: "Quality assurance and accountability",
  finance: "Sustainable learning organisations",
};

export function areaOfCriterion(id: string): StrategicArea {
  return AREA_OF[id] ?? "Quality assurance and accountability";
}

/** Measures (catalogue codes) that can show progress on a criterion, best first. */
const MEASURES_OF: Record<string, readonly string[]> = {
  attendance: ["attendance", "persistent-absence"],
  exclusions: ["suspension-rate", "permanent-exclusion-rate"],
  culture: ["suspension-rate"],
  "national-tests": ["ks2-rwm-expected", "ks4-progress8", "ks4-attainment8"],
  historic: ["ks2-rwm-expected", "ks4-progress8", "ks4-attainment8"],
  teaching: ["ks2-rwm-expected", "ks4-progress8"],
};

export function measuresForCriterion(id: string): readonly string[] {
  return MEASURES_OF[id] ?? [];
}
