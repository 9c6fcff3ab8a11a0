import { DAYS_1904_OFFSET } from "../../port/date-system";
import type { ContextApi } from "./api";

/**
 * Queues `DATE(1904,1,1)` through `workbook.functions` (ExcelApi 1.2), whose year argument is
 * "a number from 1900 or 1904 (depending on the workbook's date system)": 0 on the 1904
 * system, 1462 on the 1900 system. Queued with a batch's first sync, so it costs no round
 * trip; the returned getter is read after that sync. Nothing is cached across `Excel.run`
 * calls: each batch asks again.
 */
export function queueDateSystem(context: ContextApi): () => number {
  const result = context.workbook.functions.date(1904, 1, 1);
  result.load("value");
  return () => (result.value === 0 ? DAYS_1904_OFFSET : 0);
}
