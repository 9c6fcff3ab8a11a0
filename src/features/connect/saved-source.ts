import { columnsFromSaved } from "../../core/mapping";
import type { WorkbookPort } from "../../port";
import type { SourceChoice } from "../classify/read-source";
import { InputProblemsError } from "../input-problems";
import { loadSavedMapping } from "./saved-mapping";

/** Where the schools are and how their columns are mapped, as Connect saved it. */
export interface SavedSource {
  /** The saved table or sheet; undefined lets the classify feature find the schools. */
  readonly source?: SourceChoice;
  /** The saved mapping, when it was saved for this framework and its headers still exist. */
  readonly columnOf?: Record<string, number>;
}

/**
 * The saved source and, when the mapping was saved for `frameworkId`, its columns against
 * the current headers. A damaged saved mapping stops with what to do.
 */
export async function savedSource(port: WorkbookPort, frameworkId: string): Promise<SavedSource> {
  const saved = await loadSavedMapping(port);
  if (!saved.ok)
    throw new InputProblemsError(
      "The saved mapping is damaged: open Connect and reset the mapping.",
      saved.problems
    );
  const mapping = saved.value;
  if (!mapping) return {};
  const source: SourceChoice = { kind: mapping.source.kind, name: mapping.source.name };
  if (mapping.framework !== frameworkId) return { source };
  const headers =
    source.kind === "table"
      ? (await port.readTable(source.name)).headers
      : ((await port.readUsedRange(source.name)).values[0] ?? []);
  return { source, columnOf: columnsFromSaved(mapping.columns, headers).columnOf };
}
