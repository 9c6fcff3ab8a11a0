import type { Framework } from "../../core/frameworks/types";
import {
  withDecision,
  type ActionReviewRequest,
  type OpenedRegister,
  type PaneDecision,
  type WorkbookMeetingOutcome,
} from "../../features/meeting";

/** The register as opened, for one framework and meeting date. */
export type OpenedMeeting = OpenedRegister & { framework: Framework; meetingDate: string };
export type RefusedRecord = Extract<WorkbookMeetingOutcome, { ok: false }>;
export type RecordedMeeting = Extract<WorkbookMeetingOutcome, { ok: true }>;

interface Deciding {
  readonly register: OpenedMeeting;
  /** Decisions and reviews made in the pane, to record with the meeting. */
  readonly decisions: readonly PaneDecision[];
  readonly reviews: readonly ActionReviewRequest[];
}

/**
 * Where the Risk meeting stands. Closed until a register is opened; then deciding, and after
 * each attempt to record either refused (with what to correct, the decisions kept) or recorded
 * (the decisions sent, the next round starting empty). Opening or recording again, or another
 * framework, leaves the refused or recorded note behind.
 */
export type MeetingPhase =
  | { readonly kind: "closed" }
  | ({ readonly kind: "deciding" } & Deciding)
  | ({ readonly kind: "refused"; readonly refused: RefusedRecord } & Deciding)
  | ({ readonly kind: "recorded"; readonly recorded: RecordedMeeting } & Deciding);

export type MeetingEvent =
  /** Another framework: the register opened no longer applies. */
  | { readonly type: "closed" }
  /** The meeting date typed again: the register shows only for its own date. */
  | { readonly type: "dateChanged" }
  /** Opening or recording starts. */
  | { readonly type: "started" }
  /** Opened again for the same framework and date, the decisions and reviews made stay. */
  | { readonly type: "opened"; readonly register: OpenedMeeting }
  | { readonly type: "decided"; readonly decision: PaneDecision }
  | { readonly type: "reviewed"; readonly reviews: readonly ActionReviewRequest[] }
  | { readonly type: "refused"; readonly refused: RefusedRecord }
  | { readonly type: "recorded"; readonly recorded: RecordedMeeting };

export const CLOSED: MeetingPhase = { kind: "closed" };

const deciding = (phase: Deciding): MeetingPhase => ({
  kind: "deciding",
  register: phase.register,
  decisions: phase.decisions,
  reviews: phase.reviews,
});

/** The decisions to keep when the register is opened for this framework and date. */
export function decisionsKept(
  phase: MeetingPhase,
  frameworkId: string,
  meetingDate: string
): readonly PaneDecision[] | undefined {
  if (phase.kind === "closed") return undefined;
  const same =
    phase.register.framework.id === frameworkId && phase.register.meetingDate === meetingDate;
  return same ? phase.decisions : undefined;
}

/** The register open for this date, if any. */
export function registerFor(phase: MeetingPhase, meetingDate: string): OpenedMeeting | undefined {
  if (phase.kind === "closed") return undefined;
  return phase.register.meetingDate === meetingDate ? phase.register : undefined;
}

export function meetingReducer(phase: MeetingPhase, event: MeetingEvent): MeetingPhase {
  switch (event.type) {
    case "closed":
      return CLOSED;
    case "opened": {
      const { register } = event;
      const same = decisionsKept(phase, register.framework.id, register.meetingDate) !== undefined;
      return phase.kind !== "closed" && same
        ? deciding({ register, decisions: phase.decisions, reviews: phase.reviews })
        : deciding({ register, decisions: [], reviews: [] });
    }
    case "started":
      return phase.kind === "closed" ? phase : deciding(phase);
    case "dateChanged":
      return phase.kind === "recorded" ? deciding(phase) : phase;
    case "decided":
      return phase.kind === "closed"
        ? phase
        : { ...phase, decisions: withDecision(phase.decisions, event.decision) };
    case "reviewed":
      return phase.kind === "closed" ? phase : { ...phase, reviews: event.reviews };
    case "refused":
      return phase.kind === "closed"
        ? phase
        : {
            kind: "refused",
            register: phase.register,
            refused: event.refused,
            decisions: phase.decisions,
            reviews: phase.reviews,
          };
    case "recorded":
      return phase.kind === "closed"
        ? phase
        : {
            kind: "recorded",
            register: phase.register,
            recorded: event.recorded,
            decisions: [],
            reviews: [],
          };
  }
}
