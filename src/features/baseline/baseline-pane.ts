import { mergeCountParts } from "../../core/published/merge";
import { outcomeDisplay } from "../../core/inspections/outcomes";
import { BASELINE_TABLES, CAPACITY_LABEL, DUE_DILIGENCE_PROPOSAL } from "../../core/baseline";
import { PLAN_TEMPLATES } from "../../core/plans";
import { failed, succeeded, type Outcome } from "../../core/problems";
import type { BaselinePreview, BaselineWritten } from "./baseline-school";
import type { BaselineSetting } from "./baseline-setting";
import { baselineSheetLine, type JoinPreview, type JoinResult } from "./join-school";

/** What the New school flow reads from a URN field: GIAS's six-digit unique reference number. */
export type UrnInput = Outcome<number>;

/** A URN as typed: six digits (GIAS's unique reference number), spaces around it ignored. */
export function readUrnInput(text: string): UrnInput {
  const trimmed = text.trim();
  if (/^\d{6}$/.test(trimmed)) return succeeded(Number(trimmed));
  return failed([
    trimmed === ""
      ? {
          code: "missing",
          field: "urn",
          message: "Type the school's URN: six digits, as GIAS gives it (138776).",
        }
      : {
          code: "invalid",
          field: "urn",
          value: trimmed,
          message: `'${trimmed}' is not a URN: a URN is six digits, as GIAS gives it (138776).`,
        },
  ]);
}

/** The one line the URN field shows under it when it cannot be read. */
export const urnInputMessage = (input: UrnInput): string | undefined =>
  input.ok ? undefined : input.problems.map((problem) => problem.message).join(" ");

/** One part of the Baseline sheet as the pane shows it before writing. */
export interface BaselineSection {
  title: string;
  lines: string[];
}

const number = (value: number) => String(Number(value.toFixed(2)));

/**
 * What the Baseline sheet will show, section by section, in the sheet's own order: the school,
 * the due-diligence proposal (or what to gather), published figures beside national and the
 * trust's targets, inspection history, DfE status, derived evidence and Capacity. Pure.
 */
export function baselineSections(preview: BaselinePreview): BaselineSection[] {
  const { assessment, proposal, sheet } = preview;
  if (!assessment || !proposal || !sheet) return [];
  const { school } = assessment;
  const figures = assessment.figures.map((f) => {
    const own = f.value !== undefined ? number(f.value) : `${f.code ?? "blank"} (DfE code)`;
    const parts = [
      `${f.label}, ${f.year}: ${own}`,
      f.cohort !== undefined ? `cohort ${f.cohort}` : "",
      f.national
        ? `national ${number(f.national.value)} (${f.national.phase})`
        : "no same-year national figure",
      f.target !== undefined ? `trust target ${number(f.target)}` : "",
      f.lowerIsBetter ? "lower is better" : "",
    ];
    return parts.filter((p) => p !== "").join("; ");
  });
  const inspections = assessment.inspections.map((i) => {
    const { record } = i;
    const whose = i.predecessorUrn
      ? `, predecessor school URN ${i.predecessorUrn}`
      : record.predecessor
        ? ", predecessor school"
        : "";
    const overall = record.overall ? outcomeDisplay(record.overall) : "no overall grade";
    return `${record.date ?? "undated"}, ${record.regime}: ${overall}${record.concern ? `; ${record.concern}` : ""}${whose}`;
  });
  const status = [
    assessment.status.concern,
    assessment.status.stuck,
    assessment.status.rise,
    assessment.status.responsibleBody,
  ].map((s) => `${s.label}: ${s.text}`);
  const derived = assessment.derived.map(
    (d) => `${d.header}: ${d.value ?? "not derived (fewer than two years with national)"}`
  );
  const proposalLines =
    proposal.kind === "level"
      ? [proposal.text, ...proposal.detail.slice(0, 6)]
      : proposal.kind === "missing"
        ? [proposal.text, ...proposal.gather.map((item) => `To gather: ${item}`)]
        : [proposal.text];
  return [
    {
      title: `${school.name} (URN ${school.urn})`,
      lines: [
        `${school.phase}${school.localAuthority ? `, ${school.localAuthority}` : ""}; framework ${assessment.framework.name}; as of ${assessment.asOf}`,
        `Written to a new sheet: ${sheet.layout.name}`,
      ],
    },
    { title: DUE_DILIGENCE_PROPOSAL, lines: proposalLines },
    {
      title: `Published figures (${figures.length})`,
      lines: figures.length > 0 ? figures : ["The files hold no figures for this school."],
    },
    {
      title: `Inspection history (${inspections.length})`,
      lines:
        inspections.length > 0 ? inspections : ["The files hold no inspection of this school."],
    },
    { title: "DfE status", lines: status },
    { title: "Evidence derived from published data", lines: derived },
    {
      title: "Capacity",
      lines: [
        `${CAPACITY_LABEL}: left blank on the sheet for the trust to judge; TrustTier never computes it.`,
      ],
    },
  ];
}

/** "Measures: 24 rows to add, 1 typed by a person kept" for each table the baseline changes. */
export function baselineTableChanges(
  preview: BaselinePreview,
  existingTables: readonly string[]
): string[] {
  return BASELINE_TABLES.flatMap((name) => {
    const merge = preview.plan.tables[name];
    if (!merge) return [];
    const isNew = !existingTables.some((t) => t.toLowerCase() === name.toLowerCase());
    if (isNew && merge.added === 0) return [];
    const parts = mergeCountParts(merge, "planned");
    return [`${name}${isNew ? " (new table)" : ""}: ${parts.join(", ")}`];
  });
}

/** What the baseline wrote, in lines for the pane's message. */
export function baselineWrittenLines(written: BaselineWritten): string[] {
  return [
    `Sheet ${written.sheet}: ${written.proposal.text}`,
    ...written.tables.map(
      (t) =>
        `${t.table}${t.created ? " (new)" : ""}: ${t.added} added, ${t.replaced} replaced, ${t.unchanged} unchanged`
    ),
  ];
}

/** What joining will do, before anything is written. */
export function joinPreviewLines(preview: JoinPreview, newUrn: number, joined: string): string[] {
  const { join } = preview;
  return [
    `${preview.schoolName} joins as URN ${newUrn} on ${joined}.`,
    `${join.rekeyed.Measures} Measures rows and ${join.rekeyed.Inspections} Inspections rows re-keyed to URN ${newUrn} (inspections kept as the predecessor's, linked).`,
    join.schoolsCreate
      ? "A Schools table is created with the school's row (joined date and predecessor URN)."
      : join.schoolsAppend
        ? "A row is added to Schools with the joined date and predecessor URN."
        : "",
    ...join.kept.map((line) => `Kept as a person typed it: ${line}`),
    preview.capacity ? `The trust's judgement of capacity: ${preview.capacity}` : "",
    preview.plan
      ? `First plan: ${PLAN_TEMPLATES[preview.plan.template].name} (${preview.plan.why}), prefilled from the baseline, as a new sheet.`
      : preview.planToChoose
        ? "First plan: the framework names none; choose its template below."
        : `No first plan yet: ${preview.proposal.text}. Type the trust's evidence on the Baseline sheet, then join again to write the plan.`,
  ].filter((line) => line !== "");
}

/** What joining wrote. */
export function joinResultLines(result: JoinResult): string[] {
  return [
    `${result.join.rekeyed.Measures} Measures rows and ${result.join.rekeyed.Inspections} Inspections rows re-keyed.`,
    result.plan
      ? `First plan written to sheet ${result.plan.sheet} (${result.plan.why}), ${result.plan.prefilled} rows prefilled from the baseline.`
      : (result.noPlan ?? ""),
    baselineSheetLine(result.baselineSheet),
  ].filter((line) => line !== "");
}

/**
 * The baselines a person can still join from the pane: not joined yet, or joined without a
 * first plan (the join runs again once the trust has typed its evidence).
 */
export function joinableBaselines(baselines: readonly BaselineSetting[]): BaselineSetting[] {
  return baselines.filter((b) => !b.joined || !b.joined.plan);
}

/** "Zaytouna Primary School (URN 138776), baselined 2026-11-30 on sheet Baseline 138776". */
export function baselineLabel(baseline: BaselineSetting): string {
  return `${baseline.name} (URN ${baseline.urn}), baselined ${baseline.asOf}${
    baseline.joined ? `, joined as URN ${baseline.joined.urn} without a plan yet` : ""
  }`;
}
