/**
 * Minimal containers for the unreadable-input tests: a stored (uncompressed) zip archive and a
 * compound file (MS-CFB) whose directory holds the given stream names. Enough structure for the
 * tool to tell the formats apart; neither carries real workbook content.
 */

/** A zip archive with the given entries, stored without compression (CRCs left at 0). */
export function zipBytes(entries: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = encoder.encode(name);
    const content = encoder.encode(text);
    const local = new Uint8Array(30 + nameBytes.length + content.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint32(18, content.length, true);
    l.setUint32(22, content.length, true);
    l.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(content, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint32(20, content.length, true);
    c.setUint32(24, content.length, true);
    c.setUint16(28, nameBytes.length, true);
    c.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, centrals.length, true);
  e.setUint16(10, centrals.length, true);
  e.setUint32(12, directorySize, true);
  e.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

/** A compound file: the 512-byte header, then one directory sector with a root and `streams`. */
export function compoundFileBytes(streams: readonly string[]): Uint8Array {
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const h = new DataView(header.buffer);
  h.setUint16(0x1a, 0x3e, true); // minor version
  h.setUint16(0x1c, 3, true); // major version 3: 512-byte sectors
  h.setUint16(0x1e, 9, true); // sector shift
  const names = ["Root Entry", ...streams];
  const sectors = Math.ceil(names.length / 4);
  const directory = new Uint8Array(512 * sectors);
  const d = new DataView(directory.buffer);
  names.forEach((name, i) => {
    const at = i * 128;
    for (let c = 0; c < name.length; c++) d.setUint16(at + c * 2, name.charCodeAt(c), true);
    d.setUint16(at + 64, (name.length + 1) * 2, true);
    directory[at + 66] = i === 0 ? 5 : 2;
  });
  return concat([header, directory]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
