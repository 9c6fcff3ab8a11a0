import type { Framework } from "../types";
import { category } from "./category";
import { curriculum } from "./curriculum";
import { stages } from "./stages";
import { support } from "./support";
import { tiers } from "./tiers";

const BUILTINS: readonly Framework[] = [support, tiers, curriculum, category, stages];

/** The built-in framework ids, for custom-function enums and the pane's picker. */
export const builtinFrameworkIds = [
  "support",
  "tiers",
  "curriculum",
  "category",
  "stages",
] as const;
export type BuiltinFrameworkId = (typeof builtinFrameworkIds)[number];

/** A built-in framework by id (case-insensitive), or undefined. */
export function getBuiltinFramework(id: string): Framework | undefined {
  const key = id.trim().toLowerCase();
  return BUILTINS.find((framework) => framework.id === key);
}

export const builtinFrameworks: readonly Framework[] = BUILTINS;
