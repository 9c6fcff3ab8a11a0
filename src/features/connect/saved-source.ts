import type { SavedMapping } from "../../core/mapping";
import type { WorkbookPort } from "../../port";
import type { SourceChoice } from "../classify/read-source";
import { loadSavedMapping } from "./saved-mapping";

/** The saved mapping, or none; a damaged one stops with what to do. */
export async function savedMappingOrNone(port: WorkbookPort): Promise<SavedMapping | undefined> {
  const saved = await loadSavedMapping(port);
  if (!saved.ok) throw new Error(`${saved.message} Open Connect and reset the mapping.`);
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
