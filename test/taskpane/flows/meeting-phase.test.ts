import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import type { ActionReviewRequest, PaneDecision } from "../../../src/features/meeting";
import {
  CLOSED,
  decisionsKept,
  meetingReducer,
  registerFor,
  type MeetingEvent,
  type MeetingPhase,
  type OpenedMeeting,
  type RecordedMeeting,
  type RefusedRecord,
} from "../../../src/taskpane/flows/meeting-phase";

const category = getBuiltinFramework("category")!;
const tiers = getBuiltinFramework("tiers")!;

/** Only the fields the phases read; the rest of an opened register is the feature's business. */
const register = (meetingDate: string, framework = category) =>
  ({ framework, meetingDate, written: [], kept: [] }) as unknown as OpenedMeeting;
const decision = (urn: number, agreed: string) => ({ urn, agreed }) as unknown as PaneDecision;
const refused = { ok: false, messages: ["Reason: blank"] } as unknown as RefusedRecord;
const recorded = { ok: true, appended: [] } as unknown as RecordedMeeting;

const run = (...events: MeetingEvent[]) => events.reduce(meetingReducer, CLOSED);
const opened = (date = "2026-11-04", framework = category): MeetingEvent => ({
  type: "opened",
  register: register(date, framework),
});

describe("the Risk meeting's phases", () => {
  it("is closed until a register is opened, and ignores decisions made before", () => {
    expect(run({ type: "decided", decision: decision(1, "cat4") })).toBe(CLOSED);
    const phase = run(opened());
    expect(phase).toMatchObject({ kind: "deciding", decisions: [], reviews: [] });
    expect(registerFor(phase, "2026-11-04")?.meetingDate).toBe("2026-11-04");
  });

  it("keeps one decision per school, the latest", () => {
    const phase = run(
      opened(),
      { type: "decided", decision: decision(1, "cat4") },
      { type: "decided", decision: decision(2, "cat1") },
      { type: "decided", decision: decision(1, "cat3") }
    );
    expect(phase.kind !== "closed" && phase.decisions).toEqual([
      decision(2, "cat1"),
      decision(1, "cat3"),
    ]);
  });

  it("keeps decisions when the same register is opened again, not for another date or framework", () => {
    const decided = run(opened(), { type: "decided", decision: decision(1, "cat4") });
    expect(decisionsKept(decided, "category", "2026-11-04")).toEqual([decision(1, "cat4")]);
    expect(decisionsKept(decided, "category", "2026-12-02")).toBeUndefined();
    expect(decisionsKept(decided, "tiers", "2026-11-04")).toBeUndefined();
    expect(meetingReducer(decided, opened())).toMatchObject({ decisions: [decision(1, "cat4")] });
    expect(meetingReducer(decided, opened("2026-12-02"))).toMatchObject({ decisions: [] });
    expect(meetingReducer(decided, opened("2026-11-04", tiers))).toMatchObject({ decisions: [] });
  });

  it("shows the register only for its own date, and closes for another framework", () => {
    const phase = run(opened(), { type: "dateChanged" });
    expect(registerFor(phase, "2026-12-02")).toBeUndefined();
    expect(registerFor(phase, "2026-11-04")).toBeDefined();
    expect(meetingReducer(phase, { type: "closed" })).toBe(CLOSED);
  });

  it("a refused record keeps the decisions to correct; starting again clears the note", () => {
    const phase = run(
      opened(),
      { type: "decided", decision: decision(1, "cat4") },
      { type: "refused", refused }
    );
    expect(phase).toMatchObject({ kind: "refused", refused, decisions: [decision(1, "cat4")] });
    expect(meetingReducer(phase, { type: "started" })).toMatchObject({
      kind: "deciding",
      decisions: [decision(1, "cat4")],
    });
  });

  it("reopening after the evidence changed keeps the decisions and reviews made", () => {
    const review = { actionRow: 3 } as unknown as ActionReviewRequest;
    const changed = { ...refused, reopen: true } as RefusedRecord;
    const phase = run(
      opened(),
      { type: "decided", decision: decision(1, "cat4") },
      { type: "reviewed", reviews: [review] },
      { type: "refused", refused: changed },
      { type: "started" },
      opened()
    );
    expect(phase).toMatchObject({
      kind: "deciding",
      decisions: [decision(1, "cat4")],
      reviews: [review],
    });
  });

  it("a recorded meeting starts the next round empty; the note stays until the date changes", () => {
    const phase: MeetingPhase = run(
      opened(),
      { type: "decided", decision: decision(1, "cat4") },
      { type: "reviewed", reviews: [] },
      { type: "recorded", recorded }
    );
    expect(phase).toMatchObject({ kind: "recorded", recorded, decisions: [], reviews: [] });
    expect(meetingReducer(phase, { type: "decided", decision: decision(2, "cat2") })).toMatchObject(
      { kind: "recorded", decisions: [decision(2, "cat2")] }
    );
    expect(meetingReducer(phase, { type: "dateChanged" })).toMatchObject({ kind: "deciding" });
  });
});
