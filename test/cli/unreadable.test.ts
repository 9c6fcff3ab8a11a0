import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { runCli } from "../../src/cli/run";
import { describeUnreadable, READ_FORMATS } from "../../src/cli/unreadable";
import { xlsxFilesReading } from "../../src/cli/xlsx-files";
import { compoundFileBytes, zipBytes } from "./support/file-bytes";

let dir: string;
let xlsx: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "trusttier-unreadable-"));
  const workbook = XlsxWorkbook.create("trust.xlsx");
  await workbook.writeLayout(
    {
      name: "Schools",
      cells: [],
      tables: [{ name: "Schools", row: 0, col: 0, headers: ["URN", "Name"], rows: [[1, "A"]] }],
    },
    { mode: "create" }
  );
  await workbook.saveAs(join(dir, "good.xlsx"));
  xlsx = new Uint8Array(readFileSync(join(dir, "good.xlsx")));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real xlsx with the compressed bytes of xl/workbook.xml overwritten; the zip stays whole. */
function damagedInside(): Uint8Array {
  const bytes = xlsx.slice();
  const at = Buffer.from(bytes).indexOf("xl/workbook.xml");
  const data = new DataView(bytes.buffer);
  const header = at - 30;
  const start = at + data.getUint16(header + 26, true) + data.getUint16(header + 28, true);
  bytes.fill(0xff, start, start + Math.min(64, data.getUint32(header + 18, true)));
  return bytes;
}

describe("describeUnreadable: what a file is, from its bytes", () => {
  const say = (bytes: Uint8Array) => describeUnreadable("trust.xlsx", bytes);

  it("lets a real .xlsx through to the parser", () => {
    expect(say(xlsx)).toBeUndefined();
  });

  it("names an empty file", () => {
    expect(say(new Uint8Array())).toBe(`trust.xlsx is empty (0 bytes); expected ${READ_FORMATS}.`);
  });

  it("names a file that is not a workbook at all", () => {
    expect(say(new TextEncoder().encode("URN,Name\n1,A\n"))).toBe(
      `trust.xlsx is not an Excel workbook (it is a text file); expected ${READ_FORMATS}.`
    );
    expect(say(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x9c, 0xff]))).toBe(
      `trust.xlsx is not an Excel workbook; expected ${READ_FORMATS}.`
    );
  });

  it("names the HTML and Excel 2003 XML that systems export under a spreadsheet name", () => {
    const html = new TextEncoder().encode("\uFEFF<html><body><table><tr><td>1</td></tr></table>");
    expect(say(html)).toMatch(
      /^trust\.xlsx is a web page \(HTML\), not an Excel workbook; .*Save As/
    );
    const xml = new TextEncoder().encode(
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
    );
    expect(say(xml)).toMatch(/^trust\.xlsx is an Excel 2003 XML spreadsheet, .*Save As/);
  });

  it("names a truncated .xlsx: the zip's end record is missing", () => {
    expect(say(xlsx.subarray(0, Math.floor(xlsx.length / 2)))).toMatch(
      /^trust\.xlsx is damaged or incomplete: .*end is missing/
    );
  });

  it("tells a password-protected workbook from a legacy .xls, though both are compound files", () => {
    const encrypted = compoundFileBytes(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);
    expect(say(encrypted)).toMatch(/^trust\.xlsx is password-protected, .*Encrypt with Password/);
    const legacy = compoundFileBytes(["Workbook", "\u0005SummaryInformation"]);
    expect(say(legacy)).toMatch(
      /^trust\.xlsx is a legacy Excel 97-2003 workbook \(\.xls\), .*Save As > Excel Workbook \(\*\.xlsx\), or convert it with: soffice --headless --convert-to xlsx/
    );
    // Excel 5/95 files name their stream "Book".
    expect(say(compoundFileBytes(["Book"]))).toMatch(/legacy Excel 97-2003 workbook/);
    expect(say(compoundFileBytes(["WordDocument"]))).toMatch(
      /is an Office compound file but not an Excel workbook/
    );
  });

  it("names an .xlsb, an .ods and a Word document", () => {
    const xlsb = zipBytes({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "\u0083" });
    expect(say(xlsb)).toMatch(/^trust\.xlsx is an Excel binary workbook \(\.xlsb\), .*Save As/);
    const ods = zipBytes({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml": "<x/>",
    });
    // Named .xlsx: read as an .ods only under its own name (import, classify and cards do).
    expect(say(ods)).toMatch(
      /^trust\.xlsx is an OpenDocument spreadsheet \(\.ods\) under another name; .*rename it/
    );
    const docx = zipBytes({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" });
    expect(say(docx)).toBe(
      `trust.xlsx is a Word document, not an Excel workbook; expected ${READ_FORMATS}.`
    );
  });
});

describe("the command line on a file it cannot read: one line naming the file, exit code 2", () => {
  async function classify(name: string, bytes: Uint8Array | undefined, files = xlsxFilesReading()) {
    const path = join(dir, name);
    if (bytes) writeFileSync(path, bytes);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(["classify", "--input", path], files, {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    return { code, err, path };
  }

  function expectOneLine(result: { code: number; err: string[]; path: string }, pattern: RegExp) {
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).not.toContain("\n");
    expect(result.err[0]).not.toMatch(/\bat \S+ \(|Error:/);
    expect(result.err[0]).toContain(result.path);
    expect(result.err[0]).toMatch(pattern);
  }

  it("a file that is not a workbook", async () => {
    expectOneLine(
      await classify("notes.xlsx", new TextEncoder().encode("just notes")),
      /not an Excel workbook/
    );
  });

  it("a truncated workbook", async () => {
    expectOneLine(await classify("cut.xlsx", xlsx.subarray(0, 2000)), /damaged or incomplete/);
  });

  it("a workbook damaged inside, which the parser rejects", async () => {
    expectOneLine(
      await classify("damaged.xlsx", damagedInside()),
      /is damaged and could not be read as an \.xlsx workbook \(.+\)/
    );
  });

  it("a password-protected workbook", async () => {
    const bytes = compoundFileBytes(["EncryptionInfo", "EncryptedPackage"]);
    expectOneLine(await classify("locked.xlsx", bytes), /password-protected/);
  });

  it("a legacy .xls and an .xlsb, saying how to convert", async () => {
    expectOneLine(
      await classify("old.xls", compoundFileBytes(["Workbook"])),
      /\.xls\).*Save As > Excel Workbook/
    );
    const xlsb = zipBytes({ "xl/workbook.bin": "b" });
    expectOneLine(await classify("binary.xlsb", xlsb), /\.xlsb\).*Save As > Excel Workbook/);
  });

  it("an empty file", async () => {
    expectOneLine(await classify("empty.xlsx", new Uint8Array()), /is empty \(0 bytes\)/);
  });

  it("a file the system will not let it read", async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), {
      code: "EACCES",
    });
    const files = xlsxFilesReading(async () => {
      throw denied;
    });
    writeFileSync(join(dir, "secret.xlsx"), xlsx);
    expectOneLine(
      await classify("secret.xlsx", undefined, files),
      /^trusttier: Cannot read .*secret\.xlsx: permission denied; expected/
    );
  });

  it("a file that is not there", async () => {
    expectOneLine(await classify("missing.xlsx", undefined), /missing\.xlsx does not exist/);
  });

  it("the same for cards, which opens a copy", async () => {
    const path = join(dir, "cards-input.xlsx");
    writeFileSync(path, compoundFileBytes(["Workbook"]));
    const err: string[] = [];
    const code = await runCli(["cards", "--input", path], xlsxFilesReading(), {
      out: () => undefined,
      err: (line) => err.push(line),
    });
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/legacy Excel 97-2003 workbook/)]);
  });
});
