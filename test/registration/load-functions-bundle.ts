import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { DIST_DIR, functionsScripts, readPanePage } from "../../bench/bundle";

/** What the bundle passed to `CustomFunctions.associate`, in call order. */
export interface Association {
  readonly id: string;
  readonly implementation: unknown;
}

/** Excel's error codes (`CustomFunctions.ErrorCode`), for bundles that read them on load. */
const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  calc: "#CALC!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
} as const;

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

/**
 * Runs the built bundle in a fresh V8 context the way taskpane.html does: the page's scripts
 * in page order up to the functions bundle (so the webpack runtime chunk first), with a
 * recording stand-in for `CustomFunctions`. `sources` replaces a file's text (to show what a
 * broken bundle does).
 */
export function loadFunctionsBundle(
  distDir: string = DIST_DIR,
  sources: Readonly<Record<string, string>> = {}
): Association[] {
  const associations: Association[] = [];
  const customFunctions = {
    associate(idOrMappings: string | Record<string, unknown>, implementation?: unknown) {
      if (typeof idOrMappings === "string") {
        associations.push({ id: idOrMappings, implementation });
      } else {
        for (const [id, fn] of Object.entries(idOrMappings)) {
          associations.push({ id, implementation: fn });
        }
      }
    },
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
  // A V8 context holds only ECMAScript's built-ins: add the web globals the shared runtime has.
  const sandbox: Record<string, unknown> = {
    CustomFunctions: customFunctions,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    URL,
    TextEncoder,
    TextDecoder,
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  const context = createContext(sandbox);
  for (const script of functionsScripts(readPanePage(distDir))) {
    const code = sources[script] ?? readFileSync(join(distDir, script), "utf8");
    runInContext(code, context, { filename: script });
  }
  return associations;
}

/** Every disagreement between the metadata's ids and the associated ones, for people. */
export function registrationProblems(
  metadataIds: readonly string[],
  associations: readonly Association[]
): string[] {
  const associated = associations.map(({ id }) => id);
  const problems: string[] = [];
  for (const id of metadataIds) {
    if (!associated.includes(id)) {
      problems.push(`${id} is in functions.json but never associated: Excel shows #NAME?`);
    }
  }
  for (const { id, implementation } of associations) {
    if (!metadataIds.includes(id)) {
      problems.push(`${id} is associated but not in functions.json: Excel never calls it`);
    }
    if (typeof implementation !== "function") {
      problems.push(`${id} is associated with a ${typeof implementation}, not a function`);
    }
  }
  const duplicates = associated.filter((id, index) => associated.indexOf(id) !== index);
  for (const id of new Set(duplicates)) problems.push(`${id} is associated more than once`);
  return problems;
}
