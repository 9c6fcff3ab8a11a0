import type { Framework } from "../types";

/** A built-in framework keeps its id as a literal, so the registry's id list is typed from it. */
export type BuiltinFramework<Id extends string = string> = Framework & { readonly id: Id };

export const builtinFramework = <const Id extends string>(
  framework: Framework & { id: Id }
): BuiltinFramework<Id> => framework;
