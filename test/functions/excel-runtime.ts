import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as entryPoints from "../../src/functions/functions";

/** Excel's error codes, as the CustomFunctions runtime names them. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** A stand-in for CustomFunctions.Error: what Excel receives for an error result. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

/** An error cell as Excel passes it to a parameter that allows errors. */
export const errorCell = (code: string): ExcelError => new ExcelError(code);

/** Installs the CustomFunctions global the shared runtime provides. */
export function installExcelRuntime(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: ExcelError,
    ErrorCode: ERROR_CODES,
  };
}

export const FUNCTIONS_SOURCE = join(__dirname, "../../src/functions/functions.ts");

export interface Metadata {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: Array<{
      name: string;
      description?: string;
      type?: string;
      dimensionality?: string;
      optional?: boolean;
      customEnumId?: string;
    }>;
  }>;
  enums?: Array<{ id: string; values: Array<{ name: string; stringValue?: string }> }>;
}

export type Registered = (...args: unknown[]) => unknown;

/**
 * The implementations Excel calls, by id: the metadata generator's own association list (what
 * the build appends as CustomFunctions.associate calls) resolved against functions.ts's exports.
 */
export async function loadRegistered(): Promise<{
  metadata: Metadata;
  byId: Map<string, Registered>;
}> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (generated.errors.length > 0) throw new Error(generated.errors.join("\n"));
  const exported = entryPoints as unknown as Record<string, unknown>;
  const byId = new Map<string, Registered>();
  for (const { id, functionName } of generated.associate) {
    const implementation = exported[functionName];
    if (typeof implementation !== "function")
      throw new Error(
        `${id} is associated with ${functionName}, which functions.ts does not export`
      );
    byId.set(id, implementation as Registered);
  }
  return { metadata: JSON.parse(generated.metadataJson) as Metadata, byId };
}

/** Calls a function as Excel does; a thrown CustomFunctions.Error is the cell's value. */
export function call(fn: Registered, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    if (error instanceof ExcelError) return error;
    throw error;
  }
}

/** A result as a person reads it: values as they are, errors as "#N/A: message". */
export function shown(result: unknown): unknown {
  if (result instanceof ExcelError) return `${result.code}: ${result.message}`;
  if (Array.isArray(result)) return result.map(shown);
  return result;
}
