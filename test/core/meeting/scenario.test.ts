import {
  actionsGrid,
  buildRegister,
  historyGrid,
  levelCounts,
  openActions,
  parseActions,
  parseHistory,
  recordMeeting,
  reviewAction,
  setAction,
  type ActionRow,
  type Decision,
  type HistoryRow,
  type RegisterSchool,
} from "../../../src/core";
import { ALDER, BIRCH, CEDAR, category, proposal } from "./support";

/** The workbook between meetings: each table is written as cells and read back. */
class Workbook {
  private history = historyGrid([]);
  private actions = actionsGrid([]);

  readHistory(): HistoryRow[] {
    const parsed = parseHistory(this.history);
    expect(parsed.problems).toEqual([]);
    return parsed.rows;
  }
  readActions(): ActionRow[] {
    const parsed = parseActions(this.actions);
    expect(parsed.problems).toEqual([]);
    return parsed.rows;
  }
  append(history: HistoryRow[], actions: ActionRow[] = []): void {
    this.history = [...this.history, ...historyGrid(history).slice(1)];
    this.actions = [...this.actions, ...actionsGrid(actions).slice(1)];
  }
}

function meet(
  workbook: Workbook,
  meetingDate: string,
  levels: [number, number, number],
  decisions: Array<Decision & { urn: number }> = []
) {
  const schools: RegisterSchool[] = [ALDER, BIRCH, CEDAR].map((school, index) => ({
    ...school,
    classification: proposal(levels[index], meetingDate),
  }));
  const register = buildRegister({
    framework: category,
    meetingDate,
    schools,
    history: workbook.readHistory(),
    actions: workbook.readActions(),
    decisions,
    agreedBy: "Executive Group",
  });
  const recorded = recordMeeting(workbook.readHistory(), register, meetingDate);
  if (!recorded.ok) throw new Error(recorded.problems.map((p) => p.message).join("; "));
  return { register, rows: recorded.rows };
}

describe("three half-termly risk meetings (004)", () => {
  it("carries levels, movement, an override and actions from meeting to meeting", () => {
    const workbook = new Workbook();

    const autumn1 = meet(workbook, "2025-10-15", [1, 0, 2]);
    const plan = setAction(workbook.readActions(), {
      meetingDate: "2025-10-15",
      urn: CEDAR.urn,
      action: "Attendance recovery plan",
      owner: "R Khan",
      due: "2025-11-28",
    });
    if (!plan.ok) throw new Error(plan.problems[0].message);
    workbook.append(autumn1.rows, plan.value);

    const autumn2 = meet(
      workbook,
      "2025-12-03",
      [1, 0, 3],
      [
        {
          urn: ALDER.urn,
          agreed: "Category 3",
          reason: "Safeguarding review found gaps",
          agreedBy: "J Patel",
        },
      ]
    );
    expect(autumn2.register.rows.find((row) => row.urn === CEDAR.urn)?.openActions).toBe(1);
    const [open] = openActions(workbook.readActions(), "2025-12-03");
    const review = reviewAction(workbook.readActions(), open.action.rowId, {
      meetingDate: "2025-12-03",
      progress: "PA down from 24% to 19%",
      carryForward: { due: "2026-01-30" },
    });
    if (!review.ok) throw new Error(review.problems[0].message);
    workbook.append(autumn2.rows, review.value);

    const spring1 = meet(workbook, "2026-01-28", [1, 0, 2]);
    const summary = spring1.register.rows.map((row) => [
      row.name,
      row.previous?.level.name,
      row.agreed?.name,
      row.movement?.text,
      row.review.due,
      row.openActions,
    ]);
    expect(summary).toEqual([
      ["Cedar Academy", "Category 4", "Category 3", "Less concern", true, 1],
      ["Alder Primary", "Category 3", "Category 2", "Less concern", true, 0],
      ["Birch High", "Category 1", "Category 1", "No change", true, 0],
    ]);
    workbook.append(spring1.rows);

    const history = workbook.readHistory();
    expect(history.filter((row) => row.reason).map((row) => [row.rowId, row.reason])).toEqual([
      ["M2025-12-03-138776", "Safeguarding review found gaps"],
    ]);
    expect(levelCounts(history, category).meetings.map((meeting) => meeting.counts)).toEqual([
      [1, 1, 1, 0],
      [1, 0, 1, 1],
      [1, 1, 1, 0],
    ]);
    expect(openActions(workbook.readActions(), "2026-01-28")[0]).toMatchObject({
      carried: 1,
      firstSet: "2025-10-15",
    });
  });
});
