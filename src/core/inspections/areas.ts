import { normaliseText } from "../values/text";

/**
 * Graded areas. EIF key judgements (School inspection handbook, 2019-2024) and the report
 * card evaluation areas (Ofsted, School inspection toolkit, November 2025).
 */
const AREAS: Record<string, string[]> = {
  "quality of education": ["qoe", "quality of ed", "education quality"],
  "behaviour and attitudes": ["b and a", "behaviour attitudes", "behaviour"],
  "personal development": ["pd"],
  "leadership and management": [
    "l and m",
    "lm",
    "leadership",
    "effectiveness of leadership and management",
  ],
  "early years provision": ["eyfs", "ey", "early years"],
  "sixth form provision": ["sixth form", "16 to 19", "16 19 study programmes"],
  inclusion: [],
  "curriculum and teaching": ["curriculum teaching"],
  achievement: [],
  "attendance and behaviour": ["attendance behaviour"],
  "personal development and well being": ["personal development and wellbeing", "pd and wellbeing"],
  "leadership and governance": ["leadership governance"],
  "post 16": ["post 16 provision", "16 to 19 provision"],
};

const byKey = new Map<string, string>();
for (const [name, aliases] of Object.entries(AREAS)) {
  byKey.set(normaliseText(name), name);
  for (const alias of aliases) byKey.set(normaliseText(alias), name);
}

/** Canonical names of every graded area. */
export const inspectionAreaNames: readonly string[] = Object.keys(AREAS);

/** The canonical area a header or key names, or undefined. */
export function inspectionAreaOf(label: string): string | undefined {
  return byKey.get(normaliseText(label));
}
