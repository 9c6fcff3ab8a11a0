import { parseAcademicYear, type AcademicYear } from "../core/dates/academic-year";
import { isIsoDate } from "../core/dates/iso";
import { DEFAULT_FRAMEWORK_ID } from "../core/frameworks/builtin";

export type Command =
  | { kind: "help" }
  | { kind: "demo"; output: string; data: string }
  | {
      kind: "classify";
      input: string;
      output?: string;
      source?: { kind: "sheet" | "table"; name: string };
      frameworks: string[];
      asOf?: string;
    }
  | CardsCommand
  | ImportCommand
  | TargetsCommand
  | BaselineCommand
  | JoinCommand;

export interface BaselineCommand {
  kind: "baseline";
  urn: number;
  data: string[];
  year?: string;
  framework: string;
  /** The trust's workbook: a copy gains the baseline (its Targets and Framework_ tables are read). */
  input?: string;
  asOf?: string;
  output: string;
}

export interface JoinCommand {
  kind: "join";
  input: string;
  urn: number;
  newUrn: number;
  joined: string;
  plan?: string;
  asOf?: string;
  output?: string;
}

export interface TargetsCommand {
  kind: "targets";
  input: string;
  output?: string;
  /** The year to set targets for; by default the year after the latest in Measures. */
  year?: string;
}

export interface ImportCommand {
  kind: "import";
  /** An existing workbook whose tables are updated in a copy; a new workbook without it. */
  input?: string;
  schools?: string;
  data: string[];
  year?: string;
  output: string;
}

export interface CardsCommand {
  kind: "cards";
  input: string;
  output?: string;
  framework: string;
  urns?: number[];
  asOf?: string;
  /** What to do with a card a person has edited since it was generated. */
  edited: "keep" | "replace";
}

export type Parsed = { ok: true; command: Command } | { ok: false; message: string };

export const DEFAULT_DEMO_OUTPUT = "demo/TrustTier-demo.xlsx";
export const DEFAULT_DEMO_DATA = "data/demo-trust";

const FLAGS: Record<string, readonly string[]> = {
  demo: ["--output", "--data"],
  classify: ["--input", "--output", "--sheet", "--table", "--framework", "--as-of"],
  cards: ["--input", "--output", "--framework", "--urn", "--as-of", "--edited"],
  import: ["--input", "--schools", "--data", "--year", "--output"],
  targets: ["--input", "--year", "--output"],
  baseline: ["--urn", "--data", "--year", "--framework", "--input", "--as-of", "--output"],
  join: ["--input", "--urn", "--new-urn", "--joined", "--plan", "--as-of", "--output"],
};

export const PLAN_IDS = ["strategic", "isap", "core", "adp", "rip", "statement"];

function readUrn(flag: string, text: string | undefined): number | string {
  if (text === undefined) return `${flag} URN is needed (six or seven digits)`;
  return /^\d{6,7}$/.test(text.trim())
    ? Number(text.trim())
    : `${flag} ${text} is not a URN; expected six or seven digits`;
}

/** Flags that may be given more than once; their values are joined with this separator. */
const REPEATABLE = new Set(["--data"]);
export const REPEAT_SEPARATOR = "\u0000";

/** Reads `--name value` and `--name=value` pairs; every flag takes a value. */
function readFlags(
  command: string,
  args: readonly string[]
): { ok: true; flags: Map<string, string> } | { ok: false; message: string } {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    if (!FLAGS[command].includes(name)) {
      return {
        ok: false,
        message: `'${arg}' is not an option of ${command}; expected ${FLAGS[command].join(", ")}`,
      };
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) {
      return { ok: false, message: `${name} needs a value` };
    }
    const earlier = flags.get(name);
    if (earlier !== undefined && !REPEATABLE.has(name)) {
      return { ok: false, message: `${name} is given twice` };
    }
    flags.set(name, earlier === undefined ? value : `${earlier}${REPEAT_SEPARATOR}${value}`);
  }
  return { ok: true, flags };
}

/** The command line as a command, or a message saying what is wrong with it. */
export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    return { ok: true, command: { kind: "help" } };
  }
  if (rest.includes("--help") || rest.includes("-h"))
    return { ok: true, command: { kind: "help" } };
  if (!(command in FLAGS)) {
    return {
      ok: false,
      message: `unknown command '${command}'; expected demo, classify, cards, import, targets, baseline or join`,
    };
  }
  const read = readFlags(command, rest);
  if (!read.ok) return read;
  const { flags } = read;
  if (command === "demo") {
    return {
      ok: true,
      command: {
        kind: "demo",
        output: flags.get("--output") ?? DEFAULT_DEMO_OUTPUT,
        data: flags.get("--data") ?? DEFAULT_DEMO_DATA,
      },
    };
  }
  if (command === "import") return parseImport(flags);
  if (command === "baseline") return parseBaseline(flags);
  const input = flags.get("--input");
  if (!input) return { ok: false, message: `${command} needs --input <trust workbook.xlsx>` };
  // No check of the name here: the file's bytes say what it is (src/cli/unreadable.ts), so a
  // legacy .xls or an .xlsb gets told how to convert rather than only "not .xlsx".
  const output = flags.get("--output");
  if (output !== undefined && !/\.xlsx$/i.test(output)) {
    return { ok: false, message: `--output ${output} must end in .xlsx` };
  }
  const asOf = flags.get("--as-of");
  if (asOf !== undefined && !isIsoDate(asOf)) {
    return { ok: false, message: `--as-of ${asOf} is not a date; expected YYYY-MM-DD` };
  }
  if (command === "cards") return parseCards(flags, input, output, asOf);
  if (command === "targets") return parseTargets(flags, input, output);
  if (command === "join") return parseJoin(flags, input, output, asOf);
  const sheet = flags.get("--sheet");
  const table = flags.get("--table");
  if (sheet !== undefined && table !== undefined) {
    return { ok: false, message: "give --sheet or --table, not both" };
  }
  const frameworks = (flags.get("--framework") ?? DEFAULT_FRAMEWORK_ID)
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  return {
    ok: true,
    command: {
      kind: "classify",
      input,
      frameworks,
      ...(output !== undefined ? { output } : {}),
      ...(sheet !== undefined ? { source: { kind: "sheet" as const, name: sheet } } : {}),
      ...(table !== undefined ? { source: { kind: "table" as const, name: table } } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
    },
  };
}

function parseCards(
  flags: Map<string, string>,
  input: string,
  output: string | undefined,
  asOf: string | undefined
): Parsed {
  const edited = flags.get("--edited") ?? "keep";
  if (edited !== "keep" && edited !== "replace") {
    return { ok: false, message: `--edited ${edited}: expected keep or replace` };
  }
  const urnText = flags.get("--urn");
  const urns = urnText?.split(",").map((urn) => urn.trim());
  const bad = urns?.find((urn) => !/^\d{6,7}$/.test(urn));
  if (bad !== undefined) {
    return { ok: false, message: `--urn ${bad} is not a URN; expected six or seven digits` };
  }
  return {
    ok: true,
    command: {
      kind: "cards",
      input,
      framework: flags.get("--framework") ?? DEFAULT_FRAMEWORK_ID,
      edited,
      ...(output !== undefined ? { output } : {}),
      ...(urns ? { urns: urns.map(Number) } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
    },
  };
}

function parseTargets(
  flags: Map<string, string>,
  input: string,
  output: string | undefined
): Parsed {
  const yearText = flags.get("--year");
  const year = yearText === undefined ? undefined : parseAcademicYear(yearText);
  if (year && !year.ok) {
    return { ok: false, message: `--year ${yearText} is not an academic year; expected YYYY/YY` };
  }
  return {
    ok: true,
    command: {
      kind: "targets",
      input,
      ...(output !== undefined ? { output } : {}),
      ...(year?.ok ? { year: year.value } : {}),
    },
  };
}

/**
 * What import and baseline share: the published --data files (.csv or .ods), --output, an
 * optional --input workbook and --year; a string says what is wrong.
 */
function publishedDataFlags(
  verb: string,
  flags: Map<string, string>,
  cover: string
): string | { data: string[]; output: string; input?: string; year?: AcademicYear } {
  const data = flags.get("--data")?.split(REPEAT_SEPARATOR) ?? [];
  if (data.length === 0) {
    return `${verb} needs at least one --data FILE (a published .csv or .ods file${cover})`;
  }
  const notCsv = data.find((file) => !/\.(csv|ods)$/i.test(file));
  if (notCsv !== undefined) {
    return `--data ${notCsv} is not a .csv or .ods file (save it as CSV first)`;
  }
  const output = flags.get("--output");
  if (!output || !/\.xlsx$/i.test(output)) return `${verb} needs --output OUT.xlsx`;
  const input = flags.get("--input");
  if (input !== undefined && !/\.xlsx$/i.test(input)) {
    return `--input ${input} is not an .xlsx workbook`;
  }
  const yearText = flags.get("--year");
  const year = yearText === undefined ? undefined : parseAcademicYear(yearText);
  if (year !== undefined && !year.ok) {
    return `--year ${yearText} is not an academic year; expected YYYY/YY such as 2018/19`;
  }
  return {
    data,
    output,
    ...(input !== undefined ? { input } : {}),
    ...(year?.ok ? { year: year.value } : {}),
  };
}

function parseImport(flags: Map<string, string>): Parsed {
  const shared = publishedDataFlags("import", flags, "");
  if (typeof shared === "string") return { ok: false, message: shared };
  const schools = flags.get("--schools");
  if (schools !== undefined && !/\.(csv|ods|xlsx)$/i.test(schools)) {
    return { ok: false, message: `--schools ${schools} is not a .csv, .ods or .xlsx file` };
  }
  return {
    ok: true,
    command: { kind: "import", ...shared, ...(schools !== undefined ? { schools } : {}) },
  };
}

function parseBaseline(flags: Map<string, string>): Parsed {
  const urn = readUrn("--urn", flags.get("--urn"));
  if (typeof urn === "string") return { ok: false, message: `baseline: ${urn}` };
  const shared = publishedDataFlags("baseline", flags, " that covers the school");
  if (typeof shared === "string") return { ok: false, message: shared };
  const asOf = flags.get("--as-of");
  if (asOf !== undefined && !isIsoDate(asOf)) {
    return { ok: false, message: `--as-of ${asOf} is not a date; expected YYYY-MM-DD` };
  }
  return {
    ok: true,
    command: {
      kind: "baseline",
      urn,
      ...shared,
      framework: flags.get("--framework") ?? DEFAULT_FRAMEWORK_ID,
      ...(asOf !== undefined ? { asOf } : {}),
    },
  };
}

function parseJoin(
  flags: Map<string, string>,
  input: string,
  output: string | undefined,
  asOf: string | undefined
): Parsed {
  const urn = readUrn("--urn", flags.get("--urn"));
  if (typeof urn === "string") return { ok: false, message: `join: ${urn}` };
  const newUrn = readUrn("--new-urn", flags.get("--new-urn"));
  if (typeof newUrn === "string") return { ok: false, message: `join: ${newUrn}` };
  const joined = flags.get("--joined");
  if (joined === undefined || !isIsoDate(joined)) {
    return {
      ok: false,
      message: `join needs --joined YYYY-MM-DD (the date the school joined the trust)${joined ? `; '${joined}' is not a date` : ""}`,
    };
  }
  const plan = flags.get("--plan");
  if (plan !== undefined && !PLAN_IDS.includes(plan)) {
    return { ok: false, message: `--plan ${plan}: expected one of ${PLAN_IDS.join(", ")}` };
  }
  return {
    ok: true,
    command: {
      kind: "join",
      input,
      urn,
      newUrn,
      joined,
      ...(plan !== undefined ? { plan } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
      ...(output !== undefined ? { output } : {}),
    },
  };
}
