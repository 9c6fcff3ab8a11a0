/** Which way a measure should move: attendance up is good, persistent absence down is good. */
export type DirectionOfGood = "up" | "down" | "neutral";

/** Phases a measure applies to: KS2 to primary, KS4 to secondary, attendance to all. */
export type MeasurePhase = "primary" | "secondary" | "all";

export type MeasureUnit = "%" | "pupils" | "index" | "points" | "score" | "per 100 pupils";

/** The academy card's section a measure is shown in (seed 001, Appendix 1; KS4 from issue 5). */
export type MeasureSection =
  "Context" | "Phonics" | "EYFS" | "Attendance" | "Behaviour" | "KS2" | "KS4";

export interface Measure {
  /** Stable key used in the Measures, Targets and National tables ("ks2-rwm-expected"). */
  code: string;
  /** As the seeds write it ("% Meeting Expected in RWM"). */
  label: string;
  section: MeasureSection;
  unit: MeasureUnit;
  /** Smallest and largest value that can be true; outside them a figure is flagged. */
  min: number;
  max: number;
  /**
   * Where real figures fall; a value inside min..max but outside this is flagged as unlikely
   * (the seed's card prints a national persistent absence of 94.5%, an attendance figure).
   */
  likely?: { min: number; max: number };
  good: DirectionOfGood;
  phase: MeasurePhase;
  /** Other headers trusts and DfE files use for it (matched after normaliseText). */
  aliases: string[];
  /** The measure's name in shared national-benchmarks data, where that file lists it. */
  nationalNames: string[];
  /** Where the label and definition come from. */
  source: string;
  /** The publisher's own definition of the figure, where it is a published column (DfE *_meta.csv). */
  definition?: string;
  /**
   * For measures DfE publishes only in some years (the progress measures): the first year and
   * the years since with none, with the source. Other measures leave it out.
   */
  published?: PublishedYears;
}

/** The years a measure exists in: from `from`, except the years listed in `none`. */
export interface PublishedYears {
  from: string;
  none: readonly string[];
  source: string;
}
