import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import {
  actionsTable,
  buildRegister,
  checkActions,
  historyRowCells,
  historyTable,
  parseActions,
  parseHistory,
  recordMeeting,
  type ActionRow,
  type Decision,
  type DecisionProblem,
  type HistoryRow,
  type RecordResult,
  type RegisterInput,
  type RegisterSchool,
} from "../../core/meeting";
import type { Problem } from "../../core/problems";
import type { CellValue } from "../../core/values/cell";
import { normaliseText } from "../../core/values/text";
import { isWorkbookError } from "../../port/errors";
import type { TableData, WorkbookPort } from "../../port/WorkbookPort";
import { InputProblemsError, throwIfProblems } from "../input-problems";
import { REGISTER_TABLE } from "../../core/meeting/register-sheets";

export interface MeetingTables {
  history: HistoryRow[];
  actions: ActionRow[];
  /** MeetingHistory's headers as they stand (rows are appended in this order). */
  historyHeaders: string[];
  /** Actions' headers as they stand; none when the workbook has no Actions table. */
  actionsHeaders: string[];
}

async function readOptionalTable(port: WorkbookPort, name: string): Promise<TableData | undefined> {
  try {
    return await port.readTable(name);
  } catch (error) {
    if (isWorkbookError(error, "TableNotFound")) return undefined;
    throw error;
  }
}

/** Why opening the register and recording a meeting stop alike on the same cells. */
export const MEETING_TABLES_UNREADABLE =
  "MeetingHistory or Actions has cells TrustTier cannot read; nothing was written.";

/**
 * Reads and checks MeetingHistory and Actions; a workbook without Actions has no actions. Any
 * cell or row at fault throws InputProblemsError naming it, for the register and the record
 * alike: the person fixes the table, nothing is written meanwhile.
 */
export async function readMeetingTables(port: WorkbookPort): Promise<MeetingTables> {
  const history = await port.readTable(historyTable.name);
  const parsedHistory = parseHistory([[...history.headers], ...history.rows], {
    sheet: history.sheet,
    headerRow: history.origin.row + 1,
  });
  const actions = await readOptionalTable(port, actionsTable.name);
  const parsedActions = actions
    ? parseActions([[...actions.headers], ...actions.rows], {
        sheet: actions.sheet,
        headerRow: actions.origin.row + 1,
      })
    : { rows: [], sheetRows: [], problems: [] };
  const actionLinks = checkActions(parsedActions.rows).map((problem) => {
    const at = parsedActions.rows.findIndex((row) => row.rowId === problem.rowId);
    return {
      ...problem,
      sheet: actions?.sheet ?? actionsTable.name,
      ...(at >= 0 ? { row: parsedActions.sheetRows[at] } : {}),
    };
  });
  throwIfProblems(MEETING_TABLES_UNREADABLE, [
    ...parsedHistory.problems,
    ...parsedActions.problems,
    ...actionLinks,
  ]);
  return {
    history: parsedHistory.rows,
    actions: parsedActions.rows,
    historyHeaders: [...history.headers].map((header) => String(header ?? "")),
    actionsHeaders: [...(actions?.headers ?? [])].map((header) => String(header ?? "")),
  };
}

export interface RecordMeetingRequest {
  framework: Framework;
  meetingDate: IsoDate;
  /** Every school with its classification (and SCC level and notes where known). */
  schools: readonly RegisterSchool[];
  /** Decisions typed into the register (see `readRegisterDecisions`). */
  decisions?: ReadonlyArray<Decision & { urn: number }>;
  /** The meeting's name for itself ("Executive Group"), where a decision names nobody. */
  agreedBy?: string;
  termDates?: Parameters<typeof buildRegister>[0]["termDates"];
  /** MeetingHistory and Actions as the caller has already read them; read here when absent. */
  tables?: MeetingTables;
}

export type RecordMeetingOutcome =
  | { ok: true; appended: HistoryRow[]; added: number; corrected: number; unchanged: number }
  | {
      ok: false;
      /**
       * Decisions to fix (each names the school and field) or action reviews to change: nothing
       * was written. Cells at fault in MeetingHistory or Actions throw instead.
       */
      problems: Problem[];
    };

/** The meeting's register built from the history and recorded: the rows to append, or why not. */
export function recordRegister(input: RegisterInput): RecordResult {
  const register = buildRegister(input);
  return recordMeeting(
    input.history,
    { framework: input.framework, rows: register.rows },
    input.meetingDate,
    input.agreedBy ? { agreedBy: input.agreedBy } : {}
  );
}

/** Decisions to fix, as an outcome that wrote nothing. */
export const decisionFailure = (
  problems: DecisionProblem[]
): Extract<RecordMeetingOutcome, { ok: false }> => ({ ok: false, problems });

/**
 * "Record meeting": reads MeetingHistory and Actions through the port, validates every
 * decision, and appends one row per school with `appendRows`, never rewriting a range, so a
 * co-author's concurrent rows are kept. A malformed history or an invalid decision writes
 * nothing.
 */
export async function recordMeetingInWorkbook(
  port: WorkbookPort,
  request: RecordMeetingRequest
): Promise<RecordMeetingOutcome> {
  const tables = request.tables ?? (await readMeetingTables(port));
  const recorded = recordRegister({
    framework: request.framework,
    meetingDate: request.meetingDate,
    schools: request.schools,
    history: tables.history,
    actions: tables.actions,
    ...(request.decisions ? { decisions: request.decisions } : {}),
    ...(request.termDates ? { termDates: request.termDates } : {}),
    ...(request.agreedBy ? { agreedBy: request.agreedBy } : {}),
  });
  if (!recorded.ok) return decisionFailure(recorded.problems);
  if (recorded.rows.length > 0)
    await port.appendRows(
      historyTable.name,
      recorded.rows.map((row) => historyRowCells(row, tables.historyHeaders))
    );
  return {
    ok: true,
    appended: recorded.rows,
    added: recorded.added,
    corrected: recorded.corrected,
    unchanged: recorded.unchanged,
  };
}

const text = (value: CellValue | undefined): string | undefined => {
  if (value === null || value === undefined) return undefined;
  const written = String(value).trim();
  return written === "" ? undefined : written;
};

/** The level the register shows while nobody has decided; reads as no typed level. */
export const NEEDS_A_DECISION = "Needs a decision";

/**
 * The decisions typed into the Register sheet's table (Agreed level, Agreed by, Reason), by
 * URN: the input for recording. A blank or "Needs a decision" level accepts the computed one.
 */
export async function readRegisterDecisions(
  port: WorkbookPort,
  table = REGISTER_TABLE
): Promise<Array<Decision & { urn: number }>> {
  const read = await port.readTable(table);
  const find = (header: string) =>
    read.headers.findIndex((cell) => normaliseText(String(cell ?? "")) === normaliseText(header));
  const [urn, agreed, agreedBy, reason] = ["URN", "Agreed level", "Agreed by", "Reason"].map(find);
  if (urn < 0 || agreed < 0)
    throw new InputProblemsError("The Register's decisions cannot be read.", [
      {
        code: "missing",
        sheet: read.sheet,
        row: read.origin.row + 1,
        message: `The ${table} table needs its URN and Agreed level columns.`,
      },
    ]);
  return read.rows.flatMap((row) => {
    const school = Number(row[urn]);
    if (!Number.isInteger(school) || school <= 0) return [];
    const level = text(row[agreed]);
    return [
      {
        urn: school,
        ...(level && level !== NEEDS_A_DECISION ? { agreed: level } : {}),
        ...(agreedBy >= 0 && text(row[agreedBy]) ? { agreedBy: text(row[agreedBy]) } : {}),
        ...(reason >= 0 && text(row[reason]) ? { reason: text(row[reason]) } : {}),
      },
    ];
  });
}
