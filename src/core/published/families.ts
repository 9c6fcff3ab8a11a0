/**
 * The published file families TrustTier reads, each recognised by its own headers. Sources:
 * DfE school performance tables metadata (ks2_meta.csv, ks4_meta.csv, abs_meta.csv,
 * census_meta.csv, 2018/19 onwards); Ofsted "State-funded schools inspections and outcomes"
 * management information (EIF, 2024/25 and report-card forms); GIAS extracts.
 */
export type FamilyId =
  | "ks2"
  | "ks4"
  | "absence"
  | "census"
  | "ofsted-mi"
  | "gias-establishments"
  | "gias-links"
  | "meta";

import type { BandColumns } from "./progress-band";

/** A published column and the catalogue measure it holds. */
export interface MeasureColumn {
  header: string;
  measure: string;
  /** False for counts (the roll): a national total is no benchmark for one school. */
  national?: false;
  /**
   * The column counting the pupils this figure is about, where it is not the family's cohort
   * (disadvantaged pupils: TFSM6CLA1A, not TELIG).
   */
  cohort?: string;
  /** A progress measure's DfE band columns (ks2_meta.csv, ks4_meta.csv, 2018/19). */
  band?: BandColumns;
}

const progressBand = (code: string): BandColumns => ({
  descriptor: [`${code}_DESCR`, `${code}_BANDING`],
  lower: `${code}_LOWER`,
  upper: `${code}_UPPER`,
});

/** A figure computed from published columns: stored labelled as derived. */
export interface DerivedColumn {
  measure: string;
  /** Alternatives for each term: the first header present is used ("PSENELSE" or "PSENELE"). */
  terms: ReadonlyArray<readonly string[]>;
  compute: (values: readonly number[]) => number;
  note: string;
  /** Also derived for the national row (not for counts such as the roll). */
  national: boolean;
}

export interface FigureFamily {
  id: "ks2" | "ks4" | "absence" | "census";
  label: string;
  /** Headers that together say "this is the family" (after a year suffix is removed). */
  signature: ReadonlyArray<readonly string[]>;
  measures: readonly MeasureColumn[];
  derived: readonly DerivedColumn[];
  /** Published columns recognised but not stored (no catalogue measure), named in the report. */
  recognised: readonly string[];
  /**
   * Column giving the pupils a figure is about (cohort), where the family has one; listed in
   * `recognised` too, so its year-suffixed form (TELIG_22) is read with its figures' year.
   */
  cohort?: string;
  /** Phase of the family's national figures when rows do not say it. */
  phase?: "primary" | "secondary";
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

export const figureFamilies: readonly FigureFamily[] = [
  {
    id: "ks2",
    label: "DfE performance tables: key stage 2",
    signature: [["PTRWM_EXP", "READPROG", "WRITPROG", "MATPROG"]],
    measures: [
      { header: "PTRWM_EXP", measure: "ks2-rwm-expected" },
      { header: "PTRWM_HIGH", measure: "ks2-rwm-higher" },
      { header: "PTREAD_EXP", measure: "ks2-reading-expected" },
      { header: "PTWRITTA_EXP", measure: "ks2-writing-expected" },
      { header: "PTMAT_EXP", measure: "ks2-maths-expected" },
      {
        header: "PTRWM_EXP_FSM6CLA1A",
        measure: "ks2-rwm-expected-disadvantaged",
        cohort: "TFSM6CLA1A",
      },
      { header: "READPROG", measure: "ks2-reading-progress", band: progressBand("READPROG") },
      { header: "WRITPROG", measure: "ks2-writing-progress", band: progressBand("WRITPROG") },
      { header: "MATPROG", measure: "ks2-maths-progress", band: progressBand("MATPROG") },
    ],
    derived: [],
    recognised: [
      "TELIG",
      "TFSM6CLA1A",
      "PTRWM_EXP_NOTFSM6CLA1A",
      "PTRWM_HIGH_FSM6CLA1A",
      "TEALGRP2",
      "READPROG_DESCR",
      "WRITPROG_DESCR",
      "MATPROG_DESCR",
      "READPROG_BANDING",
      "WRITPROG_BANDING",
      "MATPROG_BANDING",
      "READPROG_LOWER",
      "READPROG_UPPER",
      "WRITPROG_LOWER",
      "WRITPROG_UPPER",
      "MATPROG_LOWER",
      "MATPROG_UPPER",
    ],
    cohort: "TELIG",
    phase: "primary",
  },
  {
    id: "ks4",
    label: "DfE performance tables: key stage 4",
    signature: [["ATT8SCR", "P8MEA", "PTL2BASICS_95", "PTL2BASICS_94", "EBACCAPS"]],
    measures: [
      { header: "ATT8SCR", measure: "ks4-attainment8" },
      {
        header: "P8MEA",
        measure: "ks4-progress8",
        band: { descriptor: ["P8_BANDING"], lower: "P8CILOW", upper: "P8CIUPP" },
      },
      { header: "PTL2BASICS_95", measure: "ks4-em-grade5" },
      { header: "PTL2BASICS_94", measure: "ks4-em-grade4" },
      { header: "EBACCAPS", measure: "ks4-ebacc-aps" },
    ],
    derived: [],
    recognised: ["P8_BANDING", "P8CILOW", "P8CIUPP", "TPUP", "P8PUP"],
    cohort: "TPUP",
    phase: "secondary",
  },
  {
    id: "absence",
    label: "DfE performance tables: absence",
    signature: [["PERCTOT"], ["PPERSABS10"]],
    measures: [
      { header: "PERCTOT", measure: "overall-absence" },
      { header: "PPERSABS10", measure: "persistent-absence" },
    ],
    derived: [
      {
        measure: "attendance",
        terms: [["PERCTOT"]],
        compute: ([absence]) => round1(100 - absence),
        note: "derived: 100 - PERCTOT (overall absence)",
        national: true,
      },
    ],
    recognised: [],
  },
  {
    id: "census",
    label: "DfE performance tables: school census",
    signature: [["NOR"], ["PNUMEAL", "PNUMFSMEVER", "PSENELK", "PSENELEK"]],
    measures: [
      { header: "NOR", measure: "roll", national: false },
      { header: "PNUMEAL", measure: "eal" },
    ],
    derived: [
      {
        measure: "sen",
        terms: [
          ["PSENELSE", "PSENELE"],
          ["PSENELK", "PSENELEK"],
        ],
        compute: ([ehcp, support]) => round1(ehcp + support),
        note: "derived: PSENELSE + PSENELK (EHC plan or statement + SEN support)",
        national: true,
      },
      {
        measure: "pupil-premium",
        terms: [["PNUMFSMEVER"]],
        compute: ([fsm6]) => fsm6,
        note: "derived: FSM6 proxy (PNUMFSMEVER, pupils eligible for free school meals in the last six years)",
        national: true,
      },
    ],
    recognised: [
      "PSENELSE",
      "PSENELK",
      "PSENELE",
      "PSENELEK",
      "PNUMFSMEVER",
      "NUMFSM",
      "NUMFSMEVER",
    ],
  },
];

/** The measures DfE publishes a progress band for (the Band column of Measures). */
export const BANDED_MEASURES: ReadonlySet<string> = new Set(
  figureFamilies.flatMap((family) => family.measures.flatMap((m) => (m.band ? [m.measure] : [])))
);

export function figureFamily(id: FigureFamily["id"]): FigureFamily {
  const family = figureFamilies.find((candidate) => candidate.id === id);
  if (!family) throw new Error(`no figure family ${id}`);
  return family;
}
