import { sccNextLevel, type SccLevel, type SccOnGoodProgress } from "../classify/scc";
import { isoToExcelSerial } from "../dates/excel-serial";
import { annotateRenamedBodies } from "../frameworks/builtin/renamed-bodies";
import type { IsoDate } from "../dates/iso";
import type { LayoutCell, SheetLayout } from "../layout/types";
import { failed, succeeded, type Outcome, type Problem } from "../problems";
import { PLAN_DATE_FORMAT } from "./plan-layout";

/** 002 section 6 / 004 4.5: a school enters SCC for one of these, never for its level alone. */
export const SCC_ENTRY_REASONS = [
  "Ofsted category of concern",
  "Concern raised by the Trust",
] as const;
export type SccEntryReason = (typeof SCC_ENTRY_REASONS)[number];

export const SCC_VERDICTS = ["Responding well", "Insufficient progress"] as const;

/** What happens at each level when monitoring finds insufficient progress (002 section 6). */
export const SCC_LEVEL_TEXT: Readonly<Record<SccLevel, string>> = {
  1: "There are concerns about the implementation of the plan and monitoring identifies insufficient progress. The causes of this are identified and discussed with the head teacher and the urgent need for these to be addressed. The Individual School Action Plan is amended to reflect any additional support required. Move to level 2",
  2: "The concerns identified earlier remain and this is discussed with the head teacher. Concerns shared with the Chair of Governors/ Governing Body. The Individual School Action Plan) is amended to reflect that additional support required. Move to level 3",
  3: "The concerns remain. The Trust clearly communicates with the LGB the issues, identifying the actions that will be taken should the required improvements not be made. The Individual School Action Plan is amended to reflect any additional support required, including any action at head or Governor level. Implications may be possible in HT Performance Management. Move to level 4",
  4: "The concerns remain. Relevant action is taken which may include changes in leadership or at Governor level and possible involvement of the RSC.",
};

export const SCC_RESPONDING_WELL =
  "Head teacher/Governors/ School Leaders respond well to the plan and monitoring identifies improvements in line with expectations";

export interface SccEntry {
  reason: SccEntryReason;
  date: IsoDate;
  detail?: string;
}

export interface SccReview {
  date: IsoDate;
  verdict: (typeof SCC_VERDICTS)[number];
}

export interface SccStep extends SccReview {
  before: SccLevel;
  after: SccLevel | 0;
  change: string;
}

/**
 * Enters a school at level 1, only for an Ofsted category of concern or a trust concern; any
 * other reason is a Problem (field `reason`), never a throw: the reason is a person's input.
 */
export function sccEntry(reason: string, date: IsoDate, detail?: string): Outcome<SccEntry> {
  const known = SCC_ENTRY_REASONS.find((r) => r === reason);
  if (!known) {
    return failed([
      {
        code: "not-allowed",
        field: "reason",
        value: reason,
        expected: SCC_ENTRY_REASONS.join(" or "),
        message: `A school enters Schools Causing Concern for ${SCC_ENTRY_REASONS.join(" or ")}, not for "${reason}" (its classification level alone is not a reason)`,
      },
    ]);
  }
  return succeeded({ reason: known, date, ...(detail !== undefined ? { detail } : {}) });
}

/**
 * Each review's resulting level, from level 1, with the trust's own step-down setting. A
 * verdict that cannot be read is a Problem naming the review's row (1 for the first review).
 */
export function sccTrail(
  reviews: readonly SccReview[],
  onGoodProgress: SccOnGoodProgress = "stay"
): Outcome<SccStep[]> {
  const steps: SccStep[] = [];
  const problems: Problem[] = [];
  let level: SccLevel | 0 = 1;
  reviews.forEach((review, index) => {
    if (level === 0 || problems.length > 0) return;
    const next = sccNextLevel(level, review.verdict, onGoodProgress);
    if (!next.ok) {
      problems.push(
        ...next.problems.map((p) => ({ ...p, message: `review ${index + 1}: ${p.message}` }))
      );
      return;
    }
    steps.push({ ...review, before: level, after: next.level, change: next.change });
    level = next.level;
  });
  return problems.length > 0 ? failed(problems) : succeeded(steps);
}

export interface SccTrackerInput {
  sheetName: string;
  school: { urn: number; name: string };
  entry: SccEntry;
  reviews?: readonly SccReview[];
  onGoodProgress?: SccOnGoodProgress;
  /** Empty review rows to leave for future meetings. */
  blankReviews?: number;
  /**
   * "live" (the default, for Excel with TrustTier loaded): each resulting level is a
   * TRUST.SCCLEVEL formula. "values", for files the command line writes (a file shows an add-in
   * formula as #NAME? until Excel re-enters it): levels are computed here and the formula is
   * written beside them as text.
   */
  formulas?: "live" | "values";
}

/** Reviews reach the layout typed (SCC_VERDICTS), so a verdict it cannot read is a bug. */
function valuesTrail(
  reviews: readonly SccReview[],
  onGoodProgress: SccOnGoodProgress | undefined
): SccStep[] {
  const trail = sccTrail(reviews, onGoodProgress);
  if (!trail.ok) throw new Error(trail.problems.map((p) => p.message).join("; "));
  return trail.value;
}

const date = (iso: IsoDate) => ({ value: isoToExcelSerial(iso), numberFormat: PLAN_DATE_FORMAT });

/** The per-school escalation tracker: entry, levels 1–4, reviews computed with TRUST.SCCLEVEL. */
export function sccTrackerLayout(input: SccTrackerInput): {
  layout: SheetLayout;
  reviewRow: number;
  settingCell: string;
} {
  const cells: LayoutCell[] = [];
  const put = (row: number, col: number, value: string, bold = false) =>
    cells.push({ row, col, value, ...(bold ? { style: { bold: true } } : {}) });
  put(
    0,
    0,
    `Schools Causing Concern escalation tracker: ${input.school.name} (URN ${input.school.urn})`,
    true
  );
  put(1, 0, "Entered because", true);
  put(1, 1, input.entry.reason);
  put(
    1,
    2,
    "Not automatic: a school enters for an Ofsted category of concern or a concern the Trust raises (002 section 6, 004 4.5), not because of its level."
  );
  put(2, 0, "Entered on", true);
  cells.push({ row: 2, col: 1, ...date(input.entry.date) });
  put(3, 0, "Detail", true);
  if (input.entry.detail) put(3, 1, input.entry.detail);
  put(4, 0, "Trust setting: on good progress", true);
  put(4, 1, input.onGoodProgress ?? "stay");
  put(
    4,
    2,
    'The trust\'s own setting: the seeds give no rule for stepping down or leaving SCC. "stay" keeps the level; "step down" moves down a level, and out of SCC from level 1.'
  );
  put(6, 0, "Level", true);
  put(6, 1, "Responding well", true);
  put(6, 2, "Insufficient progress: what happens (002 section 6 / 004 Table 3)", true);
  ([1, 2, 3, 4] as const).forEach((level, i) => {
    cells.push({ row: 7 + i, col: 0, value: level });
    put(7 + i, 1, SCC_RESPONDING_WELL);
    put(7 + i, 2, annotateRenamedBodies(SCC_LEVEL_TEXT[level]));
  });
  const header = 12;
  ["Review date", "Level before", "Progress verdict", "Resulting level", "Notes"].forEach((h, c) =>
    put(header, c, h, true)
  );
  const reviews = input.reviews ?? [];
  const live = (input.formulas ?? "live") === "live";
  if (!live) put(header, 5, "Formula in Excel (TrustTier loaded)", true);
  const trail = live ? [] : valuesTrail(reviews, input.onGoodProgress);
  const count = reviews.length + (input.blankReviews ?? 4);
  for (let i = 0; i < count; i++) {
    const row = header + 1 + i;
    const review = reviews[i];
    cells.push({
      row,
      col: 0,
      numberFormat: PLAN_DATE_FORMAT,
      ...(review ? { value: isoToExcelSerial(review.date) } : {}),
    });
    const resulting = `=IF(C${row + 1}="","",TRUST.SCCLEVEL(B${row + 1},C${row + 1},$B$5))`;
    if (review) put(row, 2, review.verdict);
    if (live) {
      if (i === 0) cells.push({ row, col: 1, value: 1 });
      else cells.push({ row, col: 1, formula: `=IF(D${row}="","",D${row})` });
      cells.push({ row, col: 3, formula: resulting });
    } else if (trail[i]) {
      cells.push({ row, col: 1, value: trail[i].before });
      cells.push({ row, col: 3, value: trail[i].after });
      put(row, 5, resulting);
    }
  }
  const notes = header + count + 2;
  put(
    notes,
    0,
    "CONFIDENTIAL: notes bearing on the head teacher's performance management. Keep out of projected views and shared copies.",
    true
  );
  cells[cells.length - 1] = {
    ...cells[cells.length - 1],
    style: { bold: true, fontColor: "#9C0006", fillColor: "#FFC7CE" },
  };
  const layout: SheetLayout = {
    name: input.sheetName,
    cells,
    columnWidths: [
      { col: 0, width: 22 },
      { col: 1, width: 40 },
      { col: 2, width: 80 },
      { col: 3, width: 16 },
      { col: 4, width: 40 },
    ],
    formats: [
      { range: { row: 7, col: 1, rows: 4, cols: 2 }, style: { wrapText: true, vertical: "top" } },
    ],
    validations: [
      { range: { row: 1, col: 1 }, source: { items: [...SCC_ENTRY_REASONS] } },
      { range: { row: 4, col: 1 }, source: { items: ["stay", "step down"] } },
      { range: { row: header + 1, col: 2, rows: count }, source: { items: [...SCC_VERDICTS] } },
    ],
    merges: [{ row: notes + 1, col: 0, rows: 4, cols: 5 }],
    frozen: { rows: 1, cols: 0 },
    // The printed (and shared-as-PDF) tracker stops above the confidential block.
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitTo: { wide: 1, tall: 1 },
      area: { row: 0, col: 0, rows: notes - 1, cols: live ? 5 : 6 },
    },
  };
  return { layout, reviewRow: header + 1, settingCell: "B5" };
}
