import type { WorkbookPort } from "../port";

/** Where the tool prints: progress and results to `out`, problems to `err`. */
export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A new workbook being written, saved to a file at the end. */
export interface NewWorkbook {
  port: WorkbookPort;
  save(path: string): Promise<void>;
}

/** Workbook files, through the xlsx adapter (tests substitute the in-memory one). */
export interface WorkbookFiles {
  /** Opens an existing workbook to read; it is never saved back. */
  open(path: string): Promise<WorkbookPort>;
  create(name: string): Promise<NewWorkbook>;
  /** A copy of an existing workbook to change and save under another name. */
  openCopy(path: string): Promise<NewWorkbook>;
}
