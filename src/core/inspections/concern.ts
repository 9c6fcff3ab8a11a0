import type { ConcernCategory, InspectionRecord } from "./types";

/** Shown where the grades imply a category of concern and the data records no type. */
export const TYPE_NOT_RECORDED = "category of concern (type not recorded)";
export type ConcernLabel = ConcernCategory | typeof TYPE_NOT_RECORDED;

export const KEY_JUDGEMENTS_CONCERN_SOURCE =
  "Ofsted, School inspection handbook, September 2024, paragraphs 190-191 (as quoted by The Key " +
  "and Honeyguide): a school is placed in a category of concern if quality of education, " +
  "behaviour and attitudes, personal development, or leadership and management is inadequate, " +
  "and/or safeguarding is ineffective; early years or sixth-form provision inadequate on its own " +
  "does not; special measures or serious weaknesses depends on leaders' capacity";

export const SAFEGUARDING_ALONE_NOTE =
  "safeguarding is ineffective and every key judgement is good or better: inspectors may suspend " +
  "the inspection and return within three months (Ofsted, School inspection handbook, September " +
  "2024); the outcome may change";

export const REPORT_CARD_CONCERN_SOURCE =
  "NEU's summary of Ofsted's school inspection operating guide (November 2025; not confirmed " +
  "against the operating guide itself): any 'urgent improvement' or safeguarding 'not met' is a " +
  "category of concern; special measures where leadership and governance and at least one other " +
  "area are 'urgent improvement', or safeguarding is not met; requires significant improvement " +
  "for any other 'urgent improvement', safeguarding not met, or leadership and governance as the " +
  "only 'urgent improvement'";

const KEY_JUDGEMENTS = [
  "quality of education",
  "behaviour and attitudes",
  "personal development",
  "leadership and management",
] as const;

export interface ConcernStatus {
  /** The published category where the data has one, else what the grades imply. */
  category: ConcernLabel;
  /** True when the Category of concern column (or the overall cell) recorded it. */
  recorded: boolean;
  /** What the grades alone imply, if anything. */
  derived?: ConcernLabel;
  source: string;
  /** Warnings for the board: type not recorded, derived differs, safeguarding alone. */
  notes: string[];
}

interface Derived {
  label: ConcernLabel;
  source: string;
  notes: string[];
}

function fromKeyJudgements(record: InspectionRecord): Derived | undefined {
  const inadequate = KEY_JUDGEMENTS.filter((area) => record.areas[area] === "inadequate");
  const safeguarding = record.safeguarding === "not met";
  if (inadequate.length === 0 && !safeguarding) return undefined;
  const allGood = KEY_JUDGEMENTS.every((area) => {
    const grade = record.areas[area];
    return grade === undefined || grade === "good" || grade === "outstanding";
  });
  return {
    label: TYPE_NOT_RECORDED,
    source: KEY_JUDGEMENTS_CONCERN_SOURCE,
    notes: safeguarding && allGood ? [SAFEGUARDING_ALONE_NOTE] : [],
  };
}

function fromReportCard(record: InspectionRecord): Derived | undefined {
  const urgent = Object.entries(record.areas)
    .filter(([, grade]) => grade === "urgent improvement")
    .map(([area]) => area);
  const safeguarding = record.safeguarding === "not met";
  if (urgent.length === 0 && !safeguarding) return undefined;
  const leadership = urgent.includes("leadership and governance");
  const label: ConcernLabel =
    leadership && urgent.length >= 2
      ? "special measures"
      : urgent.length > 0 && !safeguarding
        ? "requires significant improvement"
        : // Safeguarding not met fits both types in the summary: the grades cannot say which.
          TYPE_NOT_RECORDED;
  return { label, source: REPORT_CARD_CONCERN_SOURCE, notes: [] };
}

function derive(record: InspectionRecord): Derived | undefined {
  if (record.regime === "key judgements") return fromKeyJudgements(record);
  if (record.regime === "report card") return fromReportCard(record);
  if (record.regime === "eif" && record.overall === "inadequate") {
    return {
      label: TYPE_NOT_RECORDED,
      source:
        "Ofsted, School inspection handbook 2019-2024, 'Schools causing concern': an inadequate school is placed in special measures or serious weaknesses",
      notes: [],
    };
  }
  return undefined;
}

/**
 * The inspection's category of concern: the published one where the data records it (the
 * Category of concern column, or a category written where the overall grade goes), otherwise
 * what the grades imply under the inspection's regime. Undefined when neither gives one.
 */
export function concernOf(record: InspectionRecord): ConcernStatus | undefined {
  const derived = derive(record);
  if (record.concern) {
    const notes: string[] = [];
    if (derived && derived.label !== TYPE_NOT_RECORDED && derived.label !== record.concern) {
      notes.push(
        `the published category is ${record.concern}; the grades imply ${derived.label} (${derived.source}); the published category is used`
      );
    }
    return {
      category: record.concern,
      recorded: true,
      ...(derived ? { derived: derived.label } : {}),
      source: derived?.source ?? "Ofsted: published category of concern",
      notes: [...notes, ...(derived?.notes ?? [])],
    };
  }
  if (!derived) return undefined;
  const notes =
    derived.label === TYPE_NOT_RECORDED
      ? [
          `the grades place the school in a category of concern but the data records no type: ${TYPE_NOT_RECORDED}; add the published category (special measures, serious weaknesses or requires significant improvement) to the Category of concern column`,
        ]
      : [
          `the data records no category; the grades imply ${derived.label} (${derived.source}); add the published category to the Category of concern column`,
        ];
  return {
    category: derived.label,
    recorded: false,
    derived: derived.label,
    source: derived.source,
    notes: [...notes, ...derived.notes],
  };
}
