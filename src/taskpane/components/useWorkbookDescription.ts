import { useEffect, useState } from "react";
import type { WorkbookDescription, WorkbookPort } from "../../port";

export type DescriptionState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly description: WorkbookDescription }
  | { readonly kind: "failed"; readonly message: string };

/** Reads the workbook's name, sheets and tables once per workbook. */
export function useWorkbookDescription(workbook: WorkbookPort): DescriptionState {
  const [state, setState] = useState<DescriptionState>({ kind: "loading" });
  useEffect(() => {
    let current = true;
    setState({ kind: "loading" });
    workbook.describe().then(
      (description) => current && setState({ kind: "ready", description }),
      (error: unknown) =>
        current &&
        setState({
          kind: "failed",
          message: error instanceof Error ? error.message : String(error),
        })
    );
    return () => {
      current = false;
    };
  }, [workbook]);
  return state;
}
