import { inflateRawSync } from "node:zlib";

/** One file in a zip archive, from its central directory (APPNOTE.TXT 4.3.12). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are not read. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const ZIP_END_RECORD = 0x06054b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_LOCAL_HEADER = 0x04034b50;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

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
      localHeaderOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** An entry's bytes, stored or deflated; throws with the reason when they cannot be read. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== ZIP_LOCAL_HEADER) {
    throw new Error(`the entry ${entry.name} is missing from the archive`);
  }
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new Error(`the entry ${entry.name} is cut short`);
  const body = bytes.subarray(start, end);
  if (entry.method === 0) return body;
  if (entry.method === 8) return inflateRawSync(body);
  throw new Error(`the entry ${entry.name} uses compression method ${entry.method}`);
}
