import { concernOf } from "../inspections/concern";
import { byLatestFirst, stuckStatus, STUCK_SOURCE } from "../inspections/history";
import { outcomeDisplay } from "../inspections/outcomes";
import type { InspectionRecord } from "../inspections/types";
import type { BaselineInspection } from "./assess";
import type { BodyChange } from "./responsible-body";

export interface StatusLine {
  label: string;
  text: string;
  source: string;
}

export interface DfeStatus {
  /** `category` is set when the latest inspection placed the school in a category of concern. */
  concern: StatusLine & { category?: string };
  stuck: StatusLine & { stuck: boolean };
  rise: StatusLine;
  responsibleBody: StatusLine;
}

/**
 * TrustTier reading of RISE's scope: DfE's Regional Improvement for Standards and Excellence
 * teams give a universal service to all schools and targeted intervention to schools Ofsted
 * found needing to improve, chiefly DfE's "stuck" schools; FFT Education Datalab found the first
 * 215 RISE schools were mostly stuck, plus some inadequate schools after structural intervention.
 */
export const RISE_SOURCE =
  "TrustTier reading: FFT Education Datalab ('How can we evaluate the impact of RISE teams', " +
  'June 2025) describes DfE\'s RISE teams as "a universal service" to help schools improve and "a ' +
  'targeted service for schools identified by Ofsted as needing to improve", and finds most of ' +
  'the first 215 schools selected for targeted intervention "stuck"';

const CONCERN_SOURCE =
  "Ofsted management information: the published category of concern, or what the grades imply under the inspection's regime";

function describe(record: InspectionRecord): string {
  const outcome = record.overall
    ? outcomeDisplay(record.overall)
    : record.regime === "report card"
      ? "report card"
      : "no overall grade";
  return `${record.date ?? "undated"}, ${outcome}`;
}

/**
 * DfE status from the school's inspection history and GIAS: the category of concern at the
 * latest inspection (concernOf), DfE's "stuck" flag (stuckStatus, in DfE's words), RISE's scope
 * (TrustTier reading) and the changes of responsible body GIAS records.
 */
export function dfeStatus(
  inspections: readonly BaselineInspection[],
  bodyChanges: readonly BodyChange[]
): DfeStatus {
  const records = inspections.map((i) => i.record);
  const latest = byLatestFirst(records)[0];
  const ofPredecessor = inspections.find((i) => i.record === latest)?.predecessorUrn;
  const whose = ofPredecessor ? ` (of the predecessor school, URN ${ofPredecessor})` : "";
  const concern = latest ? concernOf(latest) : undefined;
  const concernText = !latest
    ? "No inspection in the files given"
    : concern
      ? `${concern.category}${concern.recorded ? " (published)" : " (implied by the grades)"} at the latest inspection, ${describe(latest)}${whose}`
      : `None at the latest inspection, ${describe(latest)}${whose}`;
  const stuck = latest
    ? stuckStatus(records)
    : { stuck: false, reason: "no inspection in the files given", source: STUCK_SOURCE };
  const riseText = stuck.stuck
    ? "Within RISE targeted intervention: a stuck school"
    : concern
      ? "A category of concern: DfE's intervention for schools causing concern applies; RISE targeted intervention may follow"
      : "Outside RISE targeted intervention; RISE's universal service is open to every school";
  const predecessors = [
    ...new Set(inspections.flatMap((i) => (i.predecessorUrn ? [i.predecessorUrn] : []))),
  ];
  const bodyLines = [
    ...bodyChanges.map((c) => `${c.date ? `${c.date}: ` : ""}${c.text}`),
    ...predecessors.map((urn) => `inspection history includes predecessor school URN ${urn}`),
  ];
  return {
    concern: {
      label: "Category of concern",
      text: concernText,
      source: concern?.source ?? CONCERN_SOURCE,
      ...(concern ? { category: concern.category } : {}),
    },
    stuck: {
      label: "Stuck (DfE)",
      stuck: stuck.stuck,
      text: `${stuck.stuck ? "Yes" : "No"}: ${stuck.reason}`,
      source:
        "reading" in stuck && stuck.reading ? `${stuck.source}. ${stuck.reading}` : stuck.source,
    },
    rise: { label: "RISE scope", text: riseText, source: RISE_SOURCE },
    responsibleBody: {
      label: "Change of responsible body",
      text:
        bodyLines.length > 0
          ? bodyLines.join("; ")
          : "None recorded in the files given (GIAS links and group-links extracts record conversions and changes of trust)",
      source:
        "Get Information about Schools: links (predecessor / successor) and group links (joined date)",
    },
  };
}
