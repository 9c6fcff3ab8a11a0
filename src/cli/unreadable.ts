/**
 * Why a file given to the command-line tool cannot be read as a workbook, in one line that
 * names the file, says what TrustTier reads and how to convert. Decided from the file's bytes
 * before ExcelJS sees them, so a legacy, encrypted, binary or truncated file gets a message a
 * person can act on instead of a parser's stack trace.
 */

import { zipEntries } from "../features/import";

/** The formats `--input` accepts (one place, so a new format changes one line). */
export const READ_FORMATS = "an Excel workbook saved as .xlsx";

const SAVE_AS_XLSX = "open it in Excel and use File > Save As > Excel Workbook (*.xlsx)";
const CONVERT_WITH_LIBREOFFICE = "or convert it with: soffice --headless --convert-to xlsx <file>";

/** Thrown when an input file cannot be read; its message is the one line to print. */
export class UnreadableInputError extends Error {
  override readonly name = "UnreadableInputError";
}

export function isUnreadableInputError(error: unknown): error is UnreadableInputError {
  return error instanceof UnreadableInputError;
}

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary (MS-CFB): legacy .xls, and the wrapper Office puts round an encrypted .xlsx.
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const CFB_HEADER_SIZE = 512;
const CFB_DIRECTORY_ENTRY = 128;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The names in a compound file's directory. Directory entries are 128 bytes and every sector
 * starts on a 128-byte boundary after the 512-byte header, so each boundary is read as an entry
 * and kept when its name length and object type are those of a storage or stream (MS-CFB 2.6.1).
 */
function compoundFileNames(bytes: Uint8Array): Set<string> {
  const data = view(bytes);
  const names = new Set<string>();
  for (
    let at = CFB_HEADER_SIZE;
    at + CFB_DIRECTORY_ENTRY <= bytes.length;
    at += CFB_DIRECTORY_ENTRY
  ) {
    const nameBytes = data.getUint16(at + 64, true);
    const type = bytes[at + 66];
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0 || ![1, 2, 5].includes(type)) {
      continue;
    }
    let name = "";
    for (let i = 0; i < nameBytes - 2; i += 2)
      name += String.fromCharCode(data.getUint16(at + i, true));
    names.add(name);
  }
  return names;
}

function describeZip(path: string, bytes: Uint8Array): string | undefined {
  const entries = zipEntries(bytes);
  const names = typeof entries === "string" ? entries : entries.map((entry) => entry.name);
  if (names === "zip64") return undefined;
  if (names === "truncated") {
    return (
      `${path} is damaged or incomplete: it starts like an .xlsx workbook but its end is missing ` +
      `(as when a download or copy stops part-way); expected ${READ_FORMATS}: copy or save it again.`
    );
  }
  const has = (name: string) => names.includes(name);
  if (has("xl/workbook.bin")) {
    return (
      `${path} is an Excel binary workbook (.xlsb), which TrustTier does not read; expected ` +
      `${READ_FORMATS}: ${SAVE_AS_XLSX}.`
    );
  }
  // The workbook part is usually xl/workbook.xml; any spreadsheet part is left to the parser.
  if (names.some((name) => name.startsWith("xl/"))) return undefined;
  if (has("mimetype") && has("content.xml")) {
    return (
      `${path} is an OpenDocument spreadsheet (.ods) under another name; TrustTier reads an .ods ` +
      `school list or data file when its name ends in .ods, so rename it; as a workbook, expected ` +
      `${READ_FORMATS}: in LibreOffice use File > Save As > Excel 2007-365 (.xlsx), ${CONVERT_WITH_LIBREOFFICE}.`
    );
  }
  const what = has("word/document.xml")
    ? "a Word document"
    : has("ppt/presentation.xml")
      ? "a PowerPoint presentation"
      : "a zip archive";
  return `${path} is ${what}, not an Excel workbook; expected ${READ_FORMATS}.`;
}

function describeCompoundFile(path: string, bytes: Uint8Array): string {
  const names = compoundFileNames(bytes);
  if (names.has("EncryptionInfo") || names.has("EncryptedPackage")) {
    return (
      `${path} is password-protected, and TrustTier cannot read an encrypted workbook; expected ` +
      `${READ_FORMATS} without a password: open it in Excel, clear the password under ` +
      `File > Info > Protect Workbook > Encrypt with Password, and save it as .xlsx.`
    );
  }
  if (names.has("Workbook") || names.has("Book")) {
    return (
      `${path} is a legacy Excel 97-2003 workbook (.xls), which TrustTier does not read; expected ` +
      `${READ_FORMATS}: ${SAVE_AS_XLSX}, ${CONVERT_WITH_LIBREOFFICE}.`
    );
  }
  return `${path} is an Office compound file but not an Excel workbook; expected ${READ_FORMATS}.`;
}

/**
 * Why `bytes`, read from `path`, cannot be read as a workbook; undefined when they look like an
 * .xlsx (ExcelJS may still find it damaged inside: see `describeDamaged`).
 */
export function describeUnreadable(path: string, bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return `${path} is empty (0 bytes); expected ${READ_FORMATS}.`;
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return describeZip(path, bytes);
  if (bytes.length >= CFB_HEADER_SIZE && startsWith(bytes, CFB_SIGNATURE)) {
    return describeCompoundFile(path, bytes);
  }
  if (startsWith(bytes, CFB_SIGNATURE)) {
    return `${path} is damaged or incomplete (a compound file cut short); expected ${READ_FORMATS}.`;
  }
  return describeOther(path, bytes);
}

/**
 * A file that is neither a zip nor a compound file. Systems that "export to Excel" often write
 * an HTML table or Excel 2003 XML under a spreadsheet name; Excel opens both and can save them.
 */
function describeOther(path: string, bytes: Uint8Array): string {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 2048), { stream: true })
    .replace(/^\uFEFF/, "");
  const resave = `expected ${READ_FORMATS}: ${SAVE_AS_XLSX}`;
  if (/urn:schemas-microsoft-com:office:spreadsheet/i.test(head)) {
    return `${path} is an Excel 2003 XML spreadsheet, which TrustTier does not read; ${resave}.`;
  }
  if (/<(!doctype html|html|table)\b/i.test(head)) {
    return `${path} is a web page (HTML), not an Excel workbook; ${resave}.`;
  }
  // Text: no control characters other than tab, line feed, form feed and carriage return.
  const isText =
    [...head].every((c) => c >= " " || "\t\n\f\r".includes(c)) && !head.includes("\uFFFD");
  const what = isText ? " (it is a text file)" : "";
  return `${path} is not an Excel workbook${what}; expected ${READ_FORMATS}.`;
}

/** The line for an .xlsx the parser could not read although its bytes looked like one. */
export function describeDamaged(path: string, cause: unknown): string {
  const reason = (cause instanceof Error ? cause.message : String(cause)).split("\n")[0].trim();
  return (
    `${path} is damaged and could not be read as an .xlsx workbook (the reader says: ${reason}); expected ` +
    `${READ_FORMATS}: open it in Excel, which may offer to repair it, and save it again.`
  );
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: "there is no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder, not a file",
  EBUSY: "the file is locked by another program",
};

/** The line for a file the system would not let the tool read. */
export function describeReadError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    (typeof code === "string" && READ_ERRORS[code]) ||
    (error instanceof Error ? error.message.split("\n")[0] : String(error));
  return `Cannot read ${path}: ${reason}; expected ${READ_FORMATS} that you can open.`;
}
