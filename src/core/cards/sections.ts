import { capacitySection } from "./capacity-section";
import { curriculumSection } from "./curriculum-section";
import { healthCheckSection } from "./health-check-section";
import { measureSection } from "./measure-sections";
import { ofstedSection } from "./ofsted-section";

/**
 * The card's sections below the header, in seed 001's order (Appendix 1). Each is left out
 * when the academy has nothing to show in it; KS2 shows for primary, KS4 for secondary.
 */
export const CARD_SECTIONS = [
  measureSection("Context"),
  measureSection("Phonics"),
  measureSection("EYFS"),
  measureSection("Attendance"),
  measureSection("Behaviour"),
  measureSection("KS2"),
  measureSection("KS4"),
  ofstedSection,
  healthCheckSection,
  curriculumSection,
  capacitySection,
] as const;

export type CardSectionName = "Header" | (typeof CARD_SECTIONS)[number]["name"];
