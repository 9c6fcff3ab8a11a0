import type { Framework } from "../types";
import { category } from "./category";
import { curriculum } from "./curriculum";
import { stages } from "./stages";
import { support } from "./support";
import { tiers } from "./tiers";

/**
 * The built-in frameworks, in the order the pane and the CLI list them. Each file declares its
 * own id, name, level noun, levels and rules; a new built-in is its file plus one line here.
 * (TRUST.*'s FrameworkId enum in src/functions/functions.ts stays hand-written, because
 * custom-functions-metadata reads literals; test/functions/catalogue.test.ts checks it matches.)
 */
const BUILTINS = [support, tiers, curriculum, category, stages] as const;

export type BuiltinFrameworkId = (typeof BUILTINS)[number]["id"];

/** The built-in framework ids, for custom-function enums, the pane's picker and messages. */
export const builtinFrameworkIds: readonly BuiltinFrameworkId[] = BUILTINS.map(({ id }) => id);

/** The framework used where a person names none: seed 001's school improvement tiers. */
export const DEFAULT_FRAMEWORK_ID: BuiltinFrameworkId = tiers.id;

/** A built-in framework by id (case-insensitive), or undefined. */
export function getBuiltinFramework(id: string): Framework | undefined {
  const key = id.trim().toLowerCase();
  return BUILTINS.find((framework) => framework.id === key);
}

export const builtinFrameworks: readonly Framework[] = BUILTINS;
