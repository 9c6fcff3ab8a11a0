import type { IsoDate } from "../dates/iso";
import type { InspectionFact } from "../inspections/types";

/** How often a school at a level is reviewed. Written in tables as the text in the comments. */
export type Cadence =
  | { kind: "weeks"; weeks: number } // "every 4 weeks"
  | { kind: "half-termly" } // "half-termly"
  | { kind: "termly" } // "termly"
  | { kind: "twice a year" } // "twice a year"
  | { kind: "annually" }; // "annually"

/** One level of a framework, least concern first. */
export interface FrameworkLevel {
  /** Stable key used by mapping and floor rows ("cat3"). */
  id: string;
  /** As the seed names it ("Category 3", "Tier 4 Stabilise"). */
  name: string;
  /** Short code for narrow cells ("3", "T4", "D"). */
  code: string;
  /** Fill colour as #RRGGBB. */
  colour: string;
  /** The seed's descriptor text. */
  descriptor: string;
  /** The support offer (or delegation consequence) at this level, quoted from the seed. */
  support: string;
  cadence: Cadence;
  source: string;
}

/**
 * `inspection`: the value is an Ofsted outcome in any regime, read by the inspection
 * normaliser and looked up by its canonical name; `choice`: the value is one of the
 * mapping rows' values or aliases.
 */
export type CriterionKind = "inspection" | "choice";

export interface Criterion {
  id: string;
  /** As the seed words it; also used in explanations. */
  label: string;
  /** Header texts that mean this criterion (matched after normaliseText). */
  aliases: string[];
  kind: CriterionKind;
  /**
   * Criteria sharing a group are one piece of evidence (an inspection's overall grade and its
   * key judgements). The group counts once; its interval is the first supplied member's
   * (members are listed overall first) when that member has a grade, else the best fit of
   * the members supplied.
   */
  group?: string;
  /** Overrides the framework's staleness limit for this criterion (days). */
  staleAfterDays?: number;
  source: string;
}

/** Value -> interval of levels it fits (inclusive, by level id), or "not applicable". */
export type MappingRow = {
  criterion: string;
  /** Canonical value: for inspection criteria, the outcome's canonical name. */
  value: string;
  aliases: string[];
  source: string;
} & ({ notApplicable: false; from: string; to: string } | { notApplicable: true });

/**
 * A trust's own word for one level of a criterion, said once by a person in Connect: an
 * 'alias' row of the workbook's framework table. The value fits that level alone.
 */
export interface OwnWordAlias {
  criterion: string;
  /** The text as the trust writes it. */
  value: string;
  /** The level id it means. */
  level: string;
  /** Who said so and when (the pane writes "named in Connect on <date>"). */
  source: string;
}

export type FloorTrigger =
  { kind: "value"; criterion: string; values: string[] } | { kind: "fact"; fact: InspectionFact };

/** A rule that lifts the result to at least `level`, whatever the best fit says. */
export interface Floor {
  id: string;
  label: string;
  trigger: FloorTrigger;
  level: string;
  source: string;
  /** What the seed says follows when the floor applies (written in the table's Text column). */
  consequence?: string;
  /** Switched off in the framework table (Applies: No): kept in the table, never applied. */
  off?: boolean;
}

export interface Framework {
  id: string;
  name: string;
  /** What one level is called in column headers ("Tier" gives "Tier (proposed)"). */
  levelNoun: string;
  description: string;
  source: string;
  /** Least concern first. */
  levels: FrameworkLevel[];
  criteria: Criterion[];
  mapping: MappingRow[];
  /** A trust's own words for levels (alias rows); none in the built-in frameworks. */
  ownWords?: OwnWordAlias[];
  floors: Floor[];
  /** Fewest pieces of evidence (groups count once) for a best fit. */
  minEvidence: number;
  /** Agreement at or above this share is Secure. */
  secureAt: number;
  /** Agreement at or above this share (and below secureAt) is Borderline; lower is Insecure. */
  borderlineAt: number;
  /** Evidence older than this many days is flagged as stale. */
  staleAfterDays: number;
}

/** A leader's own classification and how secure they rate it (003's Academy Evaluation Statement). */
export interface StatedClassification {
  level: string;
  security?: string;
}

export type { IsoDate };
