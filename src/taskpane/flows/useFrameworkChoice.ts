import { useCallback, useMemo } from "react";
import type { Framework } from "../../core/frameworks/types";
import {
  frameworkOptions,
  loadFramework,
  type FrameworkChoice,
  type FrameworkOption,
} from "../../features/connect";
import { frameworkNeeds, type NameNeeds } from "../../features/workbook";
import type { WorkbookDescription, WorkbookPort } from "../../port";

export interface ChosenFramework {
  readonly framework: Framework;
  readonly choice: FrameworkChoice;
}

/** The framework an option names, read; a workbook framework's faults are named by cell. */
export async function loadChosenFramework(
  workbook: WorkbookPort,
  option: FrameworkOption | undefined
): Promise<ChosenFramework> {
  if (!option) throw new Error("Choose a framework first.");
  return { framework: await loadFramework(workbook, option.choice), choice: option.choice };
}

export interface FrameworkChoiceOptions {
  /** Offer only built-in frameworks (or only the workbook's own). */
  readonly kind?: FrameworkChoice["kind"];
  /** The option used when the shared choice is not offered here; else the first offered. */
  readonly fallback?: string;
}

/**
 * The framework a flow works with: the options offered (built-in ones, then the workbook's own
 * Framework_ sheets), the one chosen by the key the flows share, the workbook names it is read
 * from (to check before acting), and `load`, which reads it.
 */
export function useFrameworkChoice(
  workbook: WorkbookPort,
  description: WorkbookDescription,
  key: string,
  { kind, fallback }: FrameworkChoiceOptions = {}
) {
  const options = useMemo(
    () => frameworkOptions(description).filter((option) => !kind || option.choice.kind === kind),
    [description, kind]
  );
  const chosen =
    options.find((option) => option.key === key) ??
    (fallback === undefined
      ? undefined
      : (options.find((option) => option.key === fallback) ?? options[0]));
  const needs: NameNeeds = chosen ? frameworkNeeds(chosen.choice) : {};
  const load = useCallback(() => loadChosenFramework(workbook, chosen), [workbook, chosen]);
  return { options, chosen, needs, load };
}
