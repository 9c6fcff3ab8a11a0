import type { SavedMapping } from "../../core/mapping";
import type { WorkbookPort } from "../../port";
import { InputProblemsError } from "../input-problems";
import type { SourceChoice } from "../classify/read-source";
import { loadSavedMapping } from "./saved-mapping";

/**
 * The saved mapping, or none. A damaged one stops with what to do, as input to fix (the CLI
 * prints it and exits 2; the pane lists it).
 */
export async function savedMappingOrNone(port: WorkbookPort): Promise<SavedMapping | undefined> {
  const saved = await loadSavedMapping(port);
  if (!saved.ok)
    throw new InputProblemsError(
      "The saved column mapping cannot be used; open Connect in the task pane and reset it:",
      saved.problems
    );
  return saved.value;
}

/**
 * The schools table or sheet Connect saved; undefined lets the classify feature find the
 * schools. The saved columns are applied by `classifySchools`, which reads the headers anyway.
 */
export async function savedChoice(port: WorkbookPort): Promise<SourceChoice | undefined> {
  const mapping = await savedMappingOrNone(port);
  return mapping ? { kind: mapping.source.kind, name: mapping.source.name } : undefined;
}
