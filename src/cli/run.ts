import { isWorkbookError } from "../port";
import { isInputProblemsError } from "../features/input-problems";
import { parseArgs } from "./args";
import { HELP } from "./help";
import type { CliOutput, WorkbookFiles } from "./io";
import { runClassify, UsageError } from "./run-classify";
import { runCards } from "./run-cards";
import { runDemo } from "./run-demo";
import { runImport } from "./run-import";
import { runTargets } from "./run-targets";
import { runBaseline, runJoin } from "./run-baseline";
import { withCsvInputs } from "./csv-files";
import { isUnreadableInputError } from "./unreadable";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(
  argv: readonly string[],
  files: WorkbookFiles,
  io: CliOutput
): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`trusttier: ${parsed.message}`);
    io.err("Run trusttier --help for usage.");
    return EXIT_BAD_INPUT;
  }
  const { command } = parsed;
  try {
    if (command.kind === "help") io.out(HELP);
    else if (command.kind === "demo") await runDemo(command, files, io);
    else if (command.kind === "cards") await runCards(command, withCsvInputs(files), io);
    else if (command.kind === "import") await runImport(command, files, io);
    else if (command.kind === "targets") await runTargets(command, files, io);
    else if (command.kind === "baseline") await runBaseline(command, files, io);
    else if (command.kind === "join") await runJoin(command, files, io);
    else await runClassify(command, withCsvInputs(files), io);
    return EXIT_OK;
  } catch (error) {
    if (
      isInputProblemsError(error) ||
      error instanceof UsageError ||
      isUnreadableInputError(error)
    ) {
      io.err(`trusttier: ${error.message}`);
      return EXIT_BAD_INPUT;
    }
    if (isWorkbookError(error) && ["SheetNotFound", "TableNotFound"].includes(error.code)) {
      io.err(`trusttier: ${error.message}`);
      return EXIT_BAD_INPUT;
    }
    io.err(
      `trusttier: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
    );
    return EXIT_FAILED;
  }
}
