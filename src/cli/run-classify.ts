import { localIsoDate } from "../core/dates/iso";
import { mkdirSync, realpathSync, existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Framework } from "../core/frameworks/types";
import { classifiedSheetLayouts, classifySchools, writeLayouts } from "../features/classify";
import { levelText } from "../core/classify/sheets";
import { formatProblem } from "../core/problems";
import { frameworkForId } from "../features/connect/frameworks";
import type { WorkbookPort } from "../port";
import type { Command } from "./args";
import type { CliOutput, WorkbookFiles } from "./io";

export class UsageError extends Error {}

type ClassifyCommand = Extract<Command, { kind: "classify" }>;

export function todayIso(): string {
  return localIsoDate(new Date());
}

export const samePath = (a: string, b: string): boolean =>
  existsSync(a) && existsSync(b) ? realpathSync(a) === realpathSync(b) : resolve(a) === resolve(b);

/**
 * The input (which must exist) and the output path: as given, or beside the input with
 * `suffix` ("trust.xlsx" -> "trust-TrustTier.xlsx"), never the input itself.
 */
export function inputAndOutput(
  command: { input: string; output?: string },
  suffix: string
): { input: string; output: string } {
  const input = resolve(command.input);
  if (!existsSync(input)) throw new UsageError(`--input ${input} does not exist`);
  const output = resolve(
    command.output ?? join(dirname(input), `${basename(input, extname(input))}-${suffix}.xlsx`)
  );
  if (samePath(input, output)) {
    throw new UsageError(
      "--output is the input file: TrustTier never re-saves a trust's workbook (an xlsx library drops what it does not model, such as charts); choose another name"
    );
  }
  return { input, output };
}

/** `--framework id`: the workbook's own Framework_<id> when it has one, else the built-in. */
export async function commandFramework(
  port: WorkbookPort,
  id: string,
  io: CliOutput
): Promise<Framework> {
  const found = await frameworkForId(port, id);
  if (!found.ok)
    throw new UsageError(`--framework: ${found.problems.map(formatProblem).join("; ")}`);
  const { framework, from } = found.value;
  if (from !== "built-in") io.out(`Using ${from} for '${id}'`);
  return framework;
}

/** `trusttier classify`: a trust's own workbook in, a new workbook out. */
export async function runClassify(
  command: ClassifyCommand,
  files: WorkbookFiles,
  io: CliOutput
): Promise<void> {
  const { input, output } = inputAndOutput(command, "TrustTier");
  const asOf = command.asOf ?? todayIso();

  io.out(`Reading ${input}`);
  const port = await files.open(input);
  const frameworks: Framework[] = [];
  for (const id of command.frameworks) frameworks.push(await commandFramework(port, id, io));
  const classified = await classifySchools(port, {
    frameworks,
    asOf,
    ...(command.source ? { source: command.source } : {}),
    onProgress: (progress) => io.out(`[${progress.done + 1}/${progress.total}] ${progress.step}`),
  });
  for (const warning of classified.warnings) io.err(`warning: ${warning}`);
  const { inspections, termDates } = classified.tables;
  const beside = [
    ...(inspections ? [`the ${inspections} table`] : []),
    ...(classified.usedInspections && !inspections ? ["the Inspections sheet"] : []),
    ...(termDates ? [`the ${termDates} table`] : []),
  ];
  io.out(
    `Classified ${classified.blocks[0]?.results.length ?? 0} schools from ${classified.source.description}` +
      (beside.length > 0 ? ` with ${beside.join(" and ")}` : "")
  );
  for (const block of classified.blocks) {
    const counts = new Map<string, number>();
    for (const result of block.results) {
      const level = levelText(result.classification);
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    io.out(
      `  ${block.framework.name}: ${[...counts].map(([level, n]) => `${level} ${n}`).join(", ")}`
    );
  }
  const layouts = classifiedSheetLayouts(classified);
  const workbook = await files.create(basename(output));
  await writeLayouts(workbook.port, layouts, {
    onProgress: (progress) => io.out(`[${progress.done + 1}/${progress.total}] ${progress.step}`),
  });
  mkdirSync(dirname(output), { recursive: true });
  await workbook.save(output);
  io.out(`Wrote ${output}: ${layouts.map((layout) => layout.name).join(", ")}`);
}
