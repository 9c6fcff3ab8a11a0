import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import {
  readOdsDataBytes,
  readOdsSchoolBytes,
  readZipEntry,
  startsAsZip,
  zipEntries,
  type ZipEntry,
} from "../../../src/features/import";
import { FIXTURES } from "../../core/published/fixture-files";

/** The synthetic two-sheet Ofsted .ods: mimetype stored, content.xml and the manifest deflated. */
const ODS = new Uint8Array(readFileSync(join(FIXTURES, "synthetic/ofsted_mi_eif_2023-08-31.ods")));
const NAME = "ofsted_mi_eif_2023-08-31.ods";

function listed(bytes: Uint8Array): ZipEntry[] {
  const entries = zipEntries(bytes);
  if (typeof entries === "string") throw new Error(`the fixture lists as ${entries}`);
  return entries;
}

function entry(bytes: Uint8Array, name: string): ZipEntry {
  const found = listed(bytes).find((e) => e.name === name);
  if (!found) throw new Error(`no ${name} in the archive`);
  return found;
}

/** Where an entry's central directory header starts (APPNOTE.TXT 4.3.12). */
function centralHeaderOf(bytes: Uint8Array, name: string): number {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (
      data.getUint32(at, true) === 0x02014b50 &&
      new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + name.length)) === name
    ) {
      return at;
    }
  }
  throw new Error(`no central header for ${name}`);
}

/** A copy of the fixture with `edit` applied to it. */
function altered(edit: (bytes: Uint8Array, data: DataView) => void): Uint8Array {
  const bytes = ODS.slice();
  edit(bytes, new DataView(bytes.buffer));
  return bytes;
}

/** The offset of an entry's data: after its local header, name and extra field. */
function bodyOf(bytes: Uint8Array, found: ZipEntry): number {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = found.localHeaderOffset;
  return at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
}

describe("the zip reader the CLI and the task pane share", () => {
  it("lists the .ods's entries with their methods and sizes", () => {
    expect(startsAsZip(ODS)).toBe(true);
    expect(listed(ODS).map(({ name, method }) => [name, method])).toEqual([
      ["mimetype", 0],
      ["content.xml", 8],
      ["META-INF/manifest.xml", 8],
    ]);
  });

  it("reads a stored entry as it is", async () => {
    const mimetype = await readZipEntry(ODS, entry(ODS, "mimetype"));
    expect(new TextDecoder().decode(mimetype)).toBe(
      "application/vnd.oasis.opendocument.spreadsheet"
    );
  });

  it("inflates a deflated entry to the bytes Node's zlib gives, with DecompressionStream", async () => {
    const content = entry(ODS, "content.xml");
    const inflated = await readZipEntry(ODS, content);
    const start = bodyOf(ODS, content);
    const zlib = inflateRawSync(ODS.subarray(start, start + content.compressedSize));
    expect(inflated.length).toBe(content.uncompressedSize);
    expect(Buffer.from(inflated).equals(zlib)).toBe(true);
    expect(new TextDecoder().decode(inflated)).toMatch(
      /^<\?xml .*table:name="Latest inspections"/s
    );
  });

  it("refuses an entry compressed another way, naming the method", async () => {
    const bzip2 = altered((_, data) =>
      data.setUint16(centralHeaderOf(ODS, "content.xml") + 10, 12, true)
    );
    await expect(readZipEntry(bzip2, entry(bzip2, "content.xml"))).rejects.toThrow(
      "the entry content.xml uses compression method 12, where only stored (0) and deflated (8) entries are read"
    );
  });

  it("refuses a corrupt deflate stream", async () => {
    const content = entry(ODS, "content.xml");
    // 0xff opens a block of the reserved type 3 (RFC 1951 3.2.3), which no inflater accepts.
    const corrupt = altered((bytes) => (bytes[bodyOf(ODS, content)] = 0xff));
    await expect(readZipEntry(corrupt, content)).rejects.toThrow(
      /^the entry content\.xml cannot be inflated \(.+\)$/
    );
  });

  it("refuses a deflate stream cut short, and one whose size is not the size listed", async () => {
    const content = entry(ODS, "content.xml");
    const short = { ...content, compressedSize: content.compressedSize - 100 };
    await expect(readZipEntry(ODS, short)).rejects.toThrow(
      /^the entry content\.xml cannot be inflated/
    );
    const listedWrong = { ...content, uncompressedSize: content.uncompressedSize + 1 };
    await expect(readZipEntry(ODS, listedWrong)).rejects.toThrow(
      `the entry content.xml holds ${content.uncompressedSize} bytes where the archive lists ${content.uncompressedSize + 1}`
    );
  });

  it("refuses an entry whose local header is not where the directory says, or which runs past the end", async () => {
    const content = entry(ODS, "content.xml");
    await expect(readZipEntry(ODS, { ...content, localHeaderOffset: 1 })).rejects.toThrow(
      "the entry content.xml is missing from the archive"
    );
    await expect(readZipEntry(ODS, { ...content, compressedSize: ODS.length })).rejects.toThrow(
      "the entry content.xml is cut short"
    );
  });

  it("says an archive cut short is truncated", () => {
    expect(zipEntries(ODS.subarray(0, 1500))).toBe("truncated");
  });
});

describe("an .ods read from its bytes (the CLI's --data and the pane's picker alike)", () => {
  const messageOf = async (bytes: Uint8Array) => {
    const read = await readOdsDataBytes(NAME, bytes);
    if (read.ok) throw new Error("read");
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ code: "invalid", field: "file", value: NAME });
    return read.problems[0].message;
  };
  const EXPECTED = "; expected an OpenDocument spreadsheet (.ods) as LibreOffice or Ofsted save it";

  it("reads the data sheet, named with the sheet and its header row", async () => {
    const read = await readOdsDataBytes(NAME, ODS);
    if (!read.ok) throw new Error(read.problems[0].message);
    expect(read.value.name).toBe(`${NAME} (sheet 'Latest inspections', headers on row 2)`);
    expect(read.value.encoding).toBe("OpenDocument");
    expect(read.value.grid[0]).toContain("Overall effectiveness");
  });

  it("reads it as a school list: the first sheet with a URN column", async () => {
    const read = await readOdsSchoolBytes(NAME, ODS);
    if (!read.ok) throw new Error(read.problems[0].message);
    expect(read.value.grid[0]).toContain("URN");
    expect(String(read.value.grid[1][read.value.grid[0].indexOf("URN")])).toMatch(/^\d{6}$/);
  });

  it("names the file and what is wrong, for each kind of unreadable .ods", async () => {
    const text = new TextEncoder().encode("URN,Overall effectiveness\n138776,2\n");
    const noContent = altered((bytes) => {
      const at = centralHeaderOf(ODS, "content.xml") + 46;
      bytes.set(new TextEncoder().encode("contents.xm"), at);
    });
    const content = entry(ODS, "content.xml");
    const bzip2 = altered((_, data) =>
      data.setUint16(centralHeaderOf(ODS, "content.xml") + 10, 12, true)
    );
    const corrupt = altered((bytes) => (bytes[bodyOf(ODS, content)] = 0xff));
    await expect(messageOf(text)).resolves.toBe(
      `${NAME} is not an OpenDocument spreadsheet (it is not a zip archive)${EXPECTED}`
    );
    await expect(messageOf(new Uint8Array())).resolves.toBe(
      `${NAME} is not an OpenDocument spreadsheet (it is not a zip archive)${EXPECTED}`
    );
    await expect(messageOf(ODS.subarray(0, 1500))).resolves.toBe(
      `${NAME} is damaged or incomplete (its end is missing, as when a download stops part-way)${EXPECTED}`
    );
    await expect(messageOf(noContent)).resolves.toBe(
      `${NAME} has no content.xml, so it is not an OpenDocument spreadsheet${EXPECTED}`
    );
    await expect(messageOf(bzip2)).resolves.toBe(
      `${NAME} is damaged: the entry content.xml uses compression method 12, where only stored (0) and deflated (8) entries are read${EXPECTED}`
    );
    await expect(messageOf(corrupt)).resolves.toMatch(
      new RegExp(
        `^${NAME.replace(/\./g, "\\.")} is damaged: the entry content\\.xml cannot be inflated \\(.+\\); expected an OpenDocument spreadsheet`
      )
    );
  });
});
