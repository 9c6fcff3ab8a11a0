import { addDays, type IsoDate } from "../../core/dates/iso";
import type { HalfTerm } from "../../core/dates/half-terms";
import type { Framework, FrameworkLevel } from "../../core/frameworks/types";
import type { SheetLayout } from "../../core/layout/types";
import {
  actionRowCells,
  actionsGrid,
  buildRegister,
  historyGrid,
  levelCounts,
  recordMeeting,
  reviewAction,
  setAction,
  type ActionRow,
  type Decision,
  type RegisterSchool,
} from "../../core/meeting";
import type { WorkbookPort } from "../../port/WorkbookPort";
import type { SchoolResult } from "../classify/classify-grid";
import { tableSheetLayout } from "../../core/layout/table-sheet";
import type { DemoPlan } from "./plan-demo";
import { InputProblemsError } from "../input-problems";
import { readMeetingTables, recordMeetingInWorkbook } from "../meeting/record-meeting";
import {
  meetingChartsLayout,
  projectedRegisterLayout,
  registerSheetLayout,
} from "../../core/meeting/register-sheets";
import { writeMeetingSheets } from "../meeting/write-sheets";

/** The framework the demo's risk meeting uses (Symphony's categories, 002). */
export const DEMO_MEETING_FRAMEWORK = "category";
export const DEMO_MEETING_BODY = "Executive Group";

export interface DemoMeeting {
  date: IsoDate;
  /** Decisions that differ from the computed level, each with its reason. */
  decisions: Array<Decision & { urn: number }>;
}

/** Two days into the second half of each term of 2025/26, from the TermDates table. */
function meetingDates(termDates: readonly HalfTerm[]): IsoDate[] {
  return ["Autumn 2", "Spring 2", "Summer 2"].map((name) => {
    const half = termDates.find((t) => t.academicYear === "2025/26" && t.name === name);
    if (!half) throw new Error(`the demo's TermDates table has no 2025/26 ${name}`);
    return addDays(half.start, 2);
  });
}

type Classified = SchoolResult & {
  classification: { status: "classified"; level: FrameworkLevel };
};

function demoSchools(plan: DemoPlan): { framework: Framework; schools: RegisterSchool[] } {
  const block = plan.blocks.find((b) => b.framework.id === DEMO_MEETING_FRAMEWORK);
  if (!block) throw new Error(`the demo does not classify with '${DEMO_MEETING_FRAMEWORK}'`);
  return {
    framework: block.framework,
    schools: block.results.map((result) => ({
      urn: result.urn,
      name: result.name,
      classification: result.classification,
    })),
  };
}

/** The demo's three meetings: one override held for a term, one raised at the last meeting. */
export function planDemoMeetings(plan: DemoPlan): {
  framework: Framework;
  schools: RegisterSchool[];
  meetings: DemoMeeting[];
  held: Classified;
  raised: Classified;
} {
  const { framework, schools } = demoSchools(plan);
  const block = plan.blocks.find((b) => b.framework.id === DEMO_MEETING_FRAMEWORK)!;
  const classified = block.results.filter(
    (r): r is Classified => r.classification.status === "classified"
  );
  const top = framework.levels.length - 1;
  const below = classified.filter((r) => framework.levels.indexOf(r.classification.level) < top);
  const [held, raised] = [below[0], below.at(-1)];
  if (!held || !raised || held === raised)
    throw new Error("the demo needs two schools below the most serious category");
  const oneUp = (school: Classified) =>
    framework.levels[framework.levels.indexOf(school.classification.level) + 1].name;
  const [autumn, spring, summer] = meetingDates(plan.data.termDates);
  return {
    framework,
    schools,
    held,
    raised,
    meetings: [
      {
        date: autumn,
        decisions: [
          {
            urn: held.urn,
            agreed: oneUp(held),
            agreedBy: "Harriet Oyelaran",
            reason:
              "Safeguarding review found gaps in the single central record; held one category higher until the follow-up visit",
          },
        ],
      },
      { date: spring, decisions: [] },
      {
        date: summer,
        decisions: [
          {
            urn: raised.urn,
            agreed: oneUp(raised),
            agreedBy: "Harriet Oyelaran",
            reason: "Headteacher resigned at Easter and the interim leadership is not yet in place",
          },
        ],
      },
    ],
  };
}

/**
 * Writes the demo's risk meetings: MeetingHistory and Actions tables holding the first
 * meeting, the next two recorded by the real "Record meeting" feature (appended through the
 * port), an action set at the first meeting and reviewed and carried forward at the second,
 * then the register, the projected register and the meeting charts at the last meeting.
 */
export async function writeDemoMeetings(
  port: WorkbookPort,
  plan: DemoPlan
): Promise<{ sheets: string[]; meetings: IsoDate[] }> {
  const demo = planDemoMeetings(plan);
  const { framework, schools, meetings } = demo;
  const termDates = plan.data.termDates;
  const [first, second, third] = meetings;

  const firstRecord = recordMeeting(
    [],
    {
      framework,
      rows: buildRegister({
        framework,
        meetingDate: first.date,
        schools,
        history: [],
        decisions: first.decisions,
        termDates,
        agreedBy: DEMO_MEETING_BODY,
      }).rows,
    },
    first.date,
    { agreedBy: DEMO_MEETING_BODY }
  );
  if (!firstRecord.ok) throw new Error(firstRecord.problems.map((p) => p.message).join("\n"));
  const setFirst = setAction([], {
    meetingDate: first.date,
    urn: demo.held.urn,
    action: "Follow-up safeguarding visit: audit the single central record and referral log",
    owner: "Tomasz Wielgosz",
    due: addDays(first.date, 70),
  });
  if (!setFirst.ok) throw new Error(setFirst.problems.map((p) => p.message).join("\n"));
  const history = historyGrid(firstRecord.rows);
  const actions = actionsGrid(setFirst.value);
  await port.writeLayout(
    tableSheetLayout({ name: "MeetingHistory", grid: history, dateColumns: [1], wideColumns: [6] }),
    { mode: "replace" }
  );
  await port.writeLayout(
    tableSheetLayout({
      name: "Actions",
      grid: actions,
      dateColumns: [1, 5, 7],
      wideColumns: [3, 6],
    }),
    { mode: "replace" }
  );

  for (const meeting of [second, third]) {
    const recorded = await recordMeetingInWorkbook(port, {
      framework,
      meetingDate: meeting.date,
      schools,
      decisions: meeting.decisions,
      agreedBy: DEMO_MEETING_BODY,
      termDates,
    });
    if (!recorded.ok)
      throw new InputProblemsError("A demo meeting could not be recorded.", recorded.problems);
  }
  const reviewed = reviewAction(setFirst.value as ActionRow[], setFirst.value[0].rowId, {
    meetingDate: second.date,
    progress:
      "Single central record corrected; referral log still incomplete for two cases. Continue to the summer term",
    carryForward: { due: addDays(second.date, 70) },
  });
  if (!reviewed.ok) throw new Error(reviewed.problems.map((p) => p.message).join("\n"));
  const raisedAction = setAction([...setFirst.value, ...reviewed.value], {
    meetingDate: third.date,
    urn: demo.raised.urn,
    action: "Appoint an executive headteacher from the trust's leadership pool",
    owner: "Priya Natarajan",
    due: addDays(third.date, 28),
  });
  if (!raisedAction.ok) throw new Error(raisedAction.problems.map((p) => p.message).join("\n"));
  await port.appendRows(
    "Actions",
    [...reviewed.value, ...raisedAction.value].map((row) => actionRowCells(row))
  );

  const layouts = demoMeetingLayouts(await readMeetingTables(port), demo, third.date, termDates);
  const written = await writeMeetingSheets(port, layouts);
  return {
    sheets: ["MeetingHistory", "Actions", ...written.written],
    meetings: meetings.map((m) => m.date),
  };
}

/** The register, projected register and charts over the tables as read. */
export function demoMeetingLayouts(
  tables: Awaited<ReturnType<typeof readMeetingTables>>,
  demo: ReturnType<typeof planDemoMeetings>,
  meetingDate: IsoDate,
  termDates: readonly HalfTerm[]
): SheetLayout[] {
  const schools = demo.schools.map((school) =>
    school.urn === demo.held.urn
      ? {
          ...school,
          notes: {
            safeguardingHr:
              "LADO referral (member of staff) closed March 2026; DSL file ref. 26-014",
          },
        }
      : school.urn === demo.raised.urn
        ? {
            ...school,
            notes: {
              performanceManagement: "Headteacher's appraisal objectives not met (2024/25)",
            },
          }
        : school
  );
  const register = buildRegister({
    framework: demo.framework,
    meetingDate,
    schools,
    history: tables.history,
    actions: tables.actions,
    termDates,
  });
  return [
    registerSheetLayout(register),
    projectedRegisterLayout(register),
    meetingChartsLayout(levelCounts(tables.history, demo.framework)),
  ];
}
