import { useEffect, useState } from "react";
import type { WorkbookDescription, WorkbookPort } from "../../port";

/** The workbook's sheets and tables, read again whenever `revision` changes (after a write). */
export function useDescription(workbook: WorkbookPort, revision: number) {
  const [description, setDescription] = useState<WorkbookDescription | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let current = true;
    workbook.describe().then(
      (value) => current && (setDescription(value), setError(undefined)),
      (reason: unknown) => current && setError(reason)
    );
    return () => {
      current = false;
    };
  }, [workbook, revision]);
  return { description, error };
}
