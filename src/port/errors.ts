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
  | "WriteFailed"
  /** A table grew or shrank while it was read in several requests. */
  | "TableChanged"
  /** A filtered table, to which Excel refuses to add rows. */
  | "TableFiltered"
  /**
   * Excel refused to insert rows: below the table, another table or merged cells reaching
   * beyond its columns would have to move (InsertDeleteConflict).
   */
  | "InsertConflict"
  /** A read-only workbook, a protected workbook structure or a protected sheet. */
  | "Protected";

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;

  constructor(code: WorkbookErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WorkbookError";
    this.code = code;
  }
}

/**
 * By name and code rather than `instanceof`: a port built in another bundle (the browser
 * harness's in-memory workbook) throws its own copy of the class.
 */
export function isWorkbookError(error: unknown, code?: WorkbookErrorCode): error is WorkbookError {
  return (
    error instanceof Error &&
    error.name === "WorkbookError" &&
    typeof (error as { code?: unknown }).code === "string" &&
    (code === undefined || (error as WorkbookError).code === code)
  );
}
