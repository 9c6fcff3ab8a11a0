import { WorkbookError } from "../../port/errors";
import type { ContextApi, ProtectionApi } from "./api";

/**
 * What could make Excel refuse a write, queued into a batch's first read sync so that checking
 * costs no extra round trip, and checked before anything is written:
 * - `workbook.readOnly` (ExcelApi 1.8): nothing written could be saved;
 * - `workbook.protection.protected` (1.7), structure protection: Excel refuses to add, delete
 *   or hide sheets, and a write run stages on new Hidden sheets;
 * - `worksheet.protection.protected` (1.2) of every existing sheet the write touches.
 * What Excel itself throws in each case is not documented (RULES.md, open questions), so
 * TrustTier stops first with a message that says what to do.
 */
export interface WriteChecks {
  /** Throws `Protected` for a read-only workbook, and for structure protection if `structure`. */
  workbook(what: string, options: { structure: boolean }): void;
}

export function queueWorkbookChecks(context: ContextApi): WriteChecks {
  const { workbook } = context;
  workbook.load("readOnly");
  workbook.protection.load("protected");
  return {
    workbook(what, { structure }) {
      if (workbook.readOnly) {
        throw new WorkbookError(
          "Protected",
          `This workbook is open read-only, so ${what} cannot be saved. Open it for editing (Edit Workbook), then try again.`
        );
      }
      if (structure && workbook.protection.protected) {
        throw new WorkbookError(
          "Protected",
          `This workbook's structure is protected, and writing ${what} needs to add working sheets. Unprotect it (Review > Protect Workbook), then try again; nothing was changed.`
        );
      }
    },
  };
}

/** After a sync that loaded the sheet's `protection.protected`: `Protected` if it is on. */
export function checkSheetProtection(protection: ProtectionApi, sheet: string, what: string): void {
  if (protection.protected) {
    throw new WorkbookError(
      "Protected",
      `Sheet ${JSON.stringify(sheet)} is protected, so ${what} cannot be written. Unprotect it (Review > Unprotect Sheet), then try again; nothing was changed.`
    );
  }
}
