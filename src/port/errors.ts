/** Why a workbook operation was refused; features switch on `code`, people read `message`. */
export type WorkbookErrorCode =
  | "SheetExists"
  | "SheetNotFound"
  | "TableNotFound"
  | "InvalidSheetName"
  | "InvalidLayout"
  | "RowWidthMismatch"
  | "CellsNotEmpty"
  | "NotSupported"
  | "Cancelled"
  | "WriteFailed";

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;

  constructor(code: WorkbookErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WorkbookError";
    this.code = code;
  }
}

export function isWorkbookError(error: unknown, code?: WorkbookErrorCode): error is WorkbookError {
  return error instanceof WorkbookError && (code === undefined || error.code === code);
}
