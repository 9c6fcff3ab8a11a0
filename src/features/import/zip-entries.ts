/**
 * A zip archive read the same way in the CLI and in the task pane: entries listed from the
 * central directory, an entry inflated with the web-standard `DecompressionStream`
 * ("deflate-raw": Chromium and Edge WebView2, Safari 16.4+, Node 20.12+), so no zip library
 * and no Node module is needed. The custom functions never read a file, so they never load it.
 */

/** One file in a zip archive, from its central directory (APPNOTE.TXT 4.3.12). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are not read. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const ZIP_END_RECORD = 0x06054b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Whether the bytes start as a zip archive does (a local file header). */
export const startsAsZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && view(bytes).getUint32(0, true) === ZIP_LOCAL_HEADER;

/**
 * The entries of a zip archive from its central directory: "truncated" when it has no end
 * record or its directory is cut off, "zip64" when the archive is too large to list this way.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | "truncated" | "zip64" {
  const data = view(bytes);
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (data.getUint32(at, true) === ZIP_END_RECORD) {
      end = at;
      break;
    }
  }
  if (end < 0) return "truncated";
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return "zip64";
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== ZIP_CENTRAL_HEADER) {
      return "truncated";
    }
    const nameLength = data.getUint16(at + 28, true);
    const extra = data.getUint16(at + 30, true);
    const comment = data.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Raw deflate data (RFC 1951) inflated; rejects when the stream is corrupt or cut short. */
async function inflateRaw(body: Uint8Array): Promise<Uint8Array> {
  // A copy into a plain ArrayBuffer: a Blob part may not be a view of shared memory.
  const stream = new Blob([body.slice()])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** An entry's bytes, stored or deflated; rejects with the reason when they cannot be read. */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== ZIP_LOCAL_HEADER) {
    throw new Error(`the entry ${entry.name} is missing from the archive`);
  }
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new Error(`the entry ${entry.name} is cut short`);
  const body = bytes.subarray(start, end);
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new Error(
      `the entry ${entry.name} uses compression method ${entry.method}, where only stored (0) and deflated (8) entries are read`
    );
  }
  let content: Uint8Array;
  try {
    content = entry.method === STORED ? body : await inflateRaw(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the entry ${entry.name} cannot be inflated (${reason})`);
  }
  if (content.length !== entry.uncompressedSize) {
    throw new Error(
      `the entry ${entry.name} holds ${content.length} bytes where the archive lists ${entry.uncompressedSize}`
    );
  }
  return content;
}
