import type { HalfTerm } from "../dates/half-terms";
import type { IsoDate } from "../dates/iso";
import type { StatedClassification, FrameworkLevel } from "../frameworks/types";
import type { InspectionRecord } from "../inspections/types";
import type { StuckStatus } from "../inspections/history";
import type { CellValue } from "../values/cell";

/** What a trust knows about one school, as cells hold it. */
export interface Evidence {
  /** Raw cell values by criterion id (see matchHeadersToCriteria and evidenceFromRow). */
  values: Readonly<Record<string, CellValue | undefined>>;
  /** When each criterion's evidence was gathered, by criterion id, for the staleness check. */
  dates?: Readonly<Record<string, IsoDate | undefined>>;
  /**
   * The school's inspection history (any order). The latest inspection supplies inspection
   * criteria the values leave blank; the history gives floors (requires improvement twice,
   * category of concern, safeguarding) and DfE's "stuck" flag.
   */
  inspections?: readonly InspectionRecord[];
  /** A leader's own classification (003's Academy Evaluation Statement), shown beside the result. */
  stated?: StatedClassification;
}

export interface ClassifyOptions {
  /** The date the classification is made: staleness and the next review count from it. */
  asOf: IsoDate;
  /** The trust's TermDates rows; TrustTier's default half terms fill any gaps. */
  termDates?: readonly HalfTerm[];
}

/** One criterion's evidence as the classifier read it. */
export interface EvidenceItem {
  criterion: string;
  label: string;
  /** The value as written (or the inspection outcome it came from). */
  display: string;
  /** The mapping row's canonical value. */
  value: string;
  /** Levels it fits, as ranks (0 = least concern), inclusive. */
  from: number;
  to: number;
  date?: IsoDate;
  stale: boolean;
  /** Read from the Inspections history rather than the row. */
  fromInspection: boolean;
  /** The outcome belongs to a predecessor school. */
  predecessor: boolean;
}

/** One piece of evidence: a criterion, or a group (an inspection) counted once. */
export interface EvidencePiece {
  id: string;
  label: string;
  items: EvidenceItem[];
  from: number;
  to: number;
}

export interface AppliedFloor {
  id: string;
  label: string;
  level: FrameworkLevel;
  source: string;
  /** The seed's consequence of the floor (000: delegation removed for finance functions). */
  consequence?: string;
}

export interface EvidenceProblem {
  criterion: string;
  label: string;
  value: CellValue | undefined;
  message: string;
}

export type Security = "Secure" | "Borderline" | "Insecure";

interface ResultBase {
  framework: string;
  /** Every piece of evidence supplied (groups counted once). */
  pieces: EvidencePiece[];
  supplied: number;
  required: number;
  /** Pieces the framework could use: all of them minus those not applicable. */
  applicable: number;
  missing: string[];
  notApplicable: string[];
  /** Values DfE suppressed ("c", "SUPP"...): not available, shown with their code. */
  unavailable: Array<{ criterion: string; label: string; code: string }>;
  stale: EvidenceItem[];
  warnings: string[];
  stuck?: StuckStatus;
  stated?: { level: FrameworkLevel; security?: string };
}

export interface Classified extends ResultBase {
  status: "classified";
  /** The proposed level: a proposal, the board agrees the level. */
  level: FrameworkLevel;
  rank: number;
  /** The best fit before floors; undefined when a floor decided on too little evidence. */
  bestFit?: FrameworkLevel;
  agreement: number;
  security: Security;
  drivers: EvidencePiece[];
  floors: AppliedFloor[];
  nextReview: IsoDate;
}

export interface NotEnoughEvidence extends ResultBase {
  status: "not enough evidence";
  /** Missing pieces only the trust holds (visits, reviews, reports), named in the message. */
  trustHeldMissing: string[];
  message: string;
}

export interface InvalidEvidence extends ResultBase {
  status: "invalid";
  problems: EvidenceProblem[];
  message: string;
}

export type Classification = Classified | NotEnoughEvidence | InvalidEvidence;
