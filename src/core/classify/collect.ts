import { daysBetween, type IsoDate } from "../dates/iso";
import { inspectionAreaOf } from "../inspections/areas";
import { byLatestFirst } from "../inspections/history";
import { outcomeDisplay } from "../inspections/outcomes";
import type { InspectionRecord } from "../inspections/types";
import type { CellValue } from "../values/cell";
import { suppressionOf } from "../values/suppression";
import { bestFitRank } from "./best-fit";
import type { CompiledCriterion, CompiledFramework, CompiledRow } from "./compile";
import {
  BLANK,
  INVALID,
  invalidValueMessage,
  NOT_APPLICABLE,
  ownWordsRead,
  resolveValue,
  UNAVAILABLE,
} from "./resolve";
import type { Evidence, EvidenceItem, EvidencePiece, EvidenceProblem, Security } from "./types";

export interface Collected {
  pieces: EvidencePiece[];
  missing: string[];
  notApplicable: string[];
  unavailable: Array<{ criterion: string; label: string; code: string }>;
  problems: EvidenceProblem[];
  /** Rows read, with the item they produced, for value floors. */
  readRows: Array<{ row: CompiledRow; item: EvidenceItem }>;
  stale: EvidenceItem[];
  /** Values read by the own-words rule (TrustTier proposal), each as a sentence. */
  ownWords: string[];
}

interface Source {
  value: CellValue;
  display: string;
  date?: IsoDate;
  fromInspection: boolean;
  predecessor: boolean;
}

function areaOf(entry: CompiledCriterion): string | undefined {
  for (const label of [entry.criterion.label, ...entry.criterion.aliases]) {
    const area = inspectionAreaOf(label);
    if (area) return area;
  }
  return undefined;
}

function fromInspection(inspection: InspectionRecord, value: string): Source {
  return {
    value,
    display: `${outcomeDisplay(value as never)} (inspection${inspection.date ? ` ${inspection.date}` : ""}${inspection.predecessor ? ", predecessor school" : ""})`,
    ...(inspection.date ? { date: inspection.date } : {}),
    fromInspection: true,
    predecessor: inspection.predecessor,
  };
}

/** Where each criterion's value comes from: the row, else the latest inspection. */
function sourcesFor(compiled: CompiledFramework, evidence: Evidence): Array<Source | undefined> {
  const latest =
    evidence.inspections && evidence.inspections.length > 0
      ? byLatestFirst(evidence.inspections)[0]
      : undefined;
  return compiled.criteria.map((entry) => {
    const raw = evidence.values[entry.criterion.id];
    const isBlankCell =
      raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
    if (!isBlankCell) {
      const date = evidence.dates?.[entry.criterion.id];
      return {
        value: raw,
        display: String(raw).trim(),
        ...(date ? { date } : {}),
        fromInspection: false,
        predecessor: false,
      };
    }
    if (!latest || entry.criterion.kind !== "inspection") return undefined;
    const isPrimary = compiled.pieces[entry.piece].members[0] === entry.index;
    if (isPrimary) {
      const overall = latest.concern ?? latest.overall;
      return overall ? fromInspection(latest, overall) : undefined;
    }
    const area = areaOf(entry);
    const grade = area ? latest.areas[area] : undefined;
    return grade ? fromInspection(latest, grade) : undefined;
  });
}

/**
 * An inspection with no overall grade whose areas no member criterion names (a report card read
 * by a framework with one Ofsted criterion): its areas' best fit, as one piece of evidence.
 */
function areasBestFit(
  compiled: CompiledFramework,
  entry: CompiledCriterion,
  inspection: InspectionRecord
): EvidenceItem | undefined {
  const froms: number[] = [];
  const tos: number[] = [];
  for (const outcome of Object.values(inspection.areas)) {
    const resolved = resolveValue(entry, outcome);
    if (resolved < 0 || entry.rows[resolved].notApplicable) continue;
    froms.push(entry.rows[resolved].from);
    tos.push(entry.rows[resolved].to);
  }
  if (froms.length === 0) return undefined;
  const rank = bestFitRank(froms, tos, froms.length, compiled.levelCount);
  const areas = Object.entries(inspection.areas).map(
    ([area, outcome]) => `${area} ${outcomeDisplay(outcome)}`
  );
  return {
    criterion: entry.criterion.id,
    label: entry.criterion.label,
    display: `graded areas (${areas.join(", ")}) best fit ${compiled.levels[rank].name}`,
    value: "graded areas",
    from: rank,
    to: rank,
    ...(inspection.date ? { date: inspection.date } : {}),
    stale: false,
    fromInspection: true,
    predecessor: inspection.predecessor,
  };
}

export function collectEvidence(
  compiled: CompiledFramework,
  evidence: Evidence,
  asOf: IsoDate
): Collected {
  const { framework } = compiled;
  const sources = sourcesFor(compiled, evidence);
  const collected: Collected = {
    pieces: [],
    missing: [],
    notApplicable: [],
    unavailable: [],
    problems: [],
    readRows: [],
    stale: [],
    ownWords: [],
  };
  const latest =
    evidence.inspections && evidence.inspections.length > 0
      ? byLatestFirst(evidence.inspections)[0]
      : undefined;

  for (const piece of compiled.pieces) {
    const items: EvidenceItem[] = [];
    let notApplicableCount = 0;
    for (const index of piece.members) {
      const entry = compiled.criteria[index];
      const source = sources[index];
      if (!source) continue;
      const resolved = resolveValue(entry, source.value);
      const { id, label } = entry.criterion;
      if (resolved === BLANK) continue;
      if (resolved === INVALID) {
        collected.problems.push({
          criterion: id,
          label,
          value: source.value,
          message: invalidValueMessage(entry, source.value),
        });
        continue;
      }
      if (resolved === UNAVAILABLE) {
        collected.unavailable.push({
          criterion: id,
          label,
          code: suppressionOf(source.value)?.code ?? String(source.value),
        });
        continue;
      }
      if (resolved === NOT_APPLICABLE || entry.rows[resolved].notApplicable) {
        notApplicableCount++;
        continue;
      }
      const row = entry.rows[resolved];
      const limit = entry.criterion.staleAfterDays ?? framework.staleAfterDays;
      const stale = source.date !== undefined && daysBetween(source.date, asOf) > limit;
      const ownWords = source.fromInspection ? undefined : ownWordsRead(entry, source.value);
      if (ownWords?.kind === "match")
        collected.ownWords.push(
          `${label}: '${source.display}' read as '${row.value}' (TrustTier proposal: a trust's own words, matched on ${ownWords.shared.map((word) => word.replace(/^-/, "not ")).join(", ")}; say in Connect which level it means to confirm it)`
        );
      const item: EvidenceItem = {
        criterion: id,
        label,
        display:
          ownWords?.kind === "match" ? `${source.display} (read as ${row.value})` : source.display,
        value: row.value,
        from: row.from,
        to: row.to,
        ...(source.date ? { date: source.date } : {}),
        stale,
        fromInspection: source.fromInspection,
        predecessor: source.predecessor,
      };
      items.push(item);
      collected.readRows.push({ row, item });
      if (stale) collected.stale.push(item);
    }
    const primary = compiled.criteria[piece.members[0]];
    if (
      items.length === 0 &&
      latest &&
      primary.criterion.kind === "inspection" &&
      !sources[piece.members[0]]
    ) {
      const synthesised = areasBestFit(compiled, primary, latest);
      if (synthesised) {
        const limit = primary.criterion.staleAfterDays ?? framework.staleAfterDays;
        synthesised.stale =
          synthesised.date !== undefined && daysBetween(synthesised.date, asOf) > limit;
        items.push(synthesised);
        if (synthesised.stale) collected.stale.push(synthesised);
      }
    }
    if (items.length === 0) {
      // Not applicable only when every member is (no early years does not make an inspection not applicable).
      if (notApplicableCount === piece.members.length) collected.notApplicable.push(piece.label);
      else if (
        !piece.members.some((index) =>
          collected.unavailable.some((u) => u.criterion === compiled.criteria[index].criterion.id)
        )
      ) {
        if (
          !piece.members.some((index) =>
            collected.problems.some((p) => p.criterion === compiled.criteria[index].criterion.id)
          )
        ) {
          collected.missing.push(piece.label);
        }
      }
      continue;
    }
    collected.pieces.push(pieceOf(compiled, piece.id, piece.label, items, primary.criterion.id));
  }
  return collected;
}

function pieceOf(
  compiled: CompiledFramework,
  id: string,
  label: string,
  items: EvidenceItem[],
  primaryId: string
): EvidencePiece {
  const primary = items.find((item) => item.criterion === primaryId);
  if (primary) return { id, label, items, from: primary.from, to: primary.to };
  if (items.length === 1) return { id, label, items, from: items[0].from, to: items[0].to };
  const rank = bestFitRank(
    items.map((item) => item.from),
    items.map((item) => item.to),
    items.length,
    compiled.levelCount
  );
  return { id, label, items, from: rank, to: rank };
}

export function securityOf(agreement: number, secureAt: number, borderlineAt: number): Security {
  return agreement >= secureAt ? "Secure" : agreement >= borderlineAt ? "Borderline" : "Insecure";
}
