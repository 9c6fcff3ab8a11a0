/** How a published file's bytes were read. */
export type TextEncodingName = "utf-8" | "utf-8 with BOM" | "windows-1252";

/**
 * Decodes a published CSV's bytes: DfE files are UTF-8 with a byte-order mark; Ofsted's
 * management information and GIAS extracts are Windows-1252. Bytes that are not valid UTF-8 are
 * read as Windows-1252 (every byte has a meaning there, so nothing is lost).
 */
export function decodePublishedText(bytes: Uint8Array): {
  text: string;
  encoding: TextEncodingName;
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8 with BOM" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** Windows-1252's 0x80-0x9F (curly quotes, dashes, euro); undefined bytes keep their value. */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Windows-1252 decoded by table: some runtimes' TextDecoder treats the label as ISO-8859-1 and
 * turns Ofsted's curly apostrophe (0x92) into an invisible control character.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? HIGH_CONTROLS[byte - 0x80] : byte
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}
