/**
 * Writes test/fixtures/published/synthetic/ofsted_mi_eif_2023-08-31.ods: the synthetic Ofsted
 * management information fixture (the CSV of the same name: Ofsted's published column list,
 * the Transform Trust schools, invented values) in the two-sheet .ods form Ofsted also
 * publishes: a notes sheet, then the data sheet with a title line above its headers. Cells are
 * typed as a spreadsheet saves them (numbers as floats, dd/mm/yyyy and dd-mm-yyyy as dates) and
 * runs of equal cells are written once with table:number-columns-repeated, as LibreOffice does.
 * Deterministic (fixed zip timestamps), so rerunning changes nothing.
 * Run: npx tsx scripts/make-ofsted-ods-fixture.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { readPublishedCsv } from "../src/core/published";
import type { CellValue } from "../src/core/values/cell";

const DIR = resolve("test/fixtures/published/synthetic");
const CSV = "ofsted_mi_eif_2023-08-31.csv";
const ODS = "ofsted_mi_eif_2023-08-31.ods";

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One cell's XML, typed as a spreadsheet would store what the CSV shows. */
function cellXml(value: CellValue, repeat: number): string {
  const repeated = repeat > 1 ? ` table:number-columns-repeated="${repeat}"` : "";
  const text = value === null ? "" : String(value).trim();
  if (text === "") return `<table:table-cell${repeated}/>`;
  const date = /^(\d{2})[/-](\d{2})[/-](\d{4})$/.exec(text);
  if (date) {
    const iso = `${date[3]}-${date[2]}-${date[1]}`;
    return `<table:table-cell${repeated} office:value-type="date" office:date-value="${iso}T00:00:00" calcext:value-type="date"><text:p>${escape(text)}</text:p></table:table-cell>`;
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) {
    return `<table:table-cell${repeated} office:value-type="float" office:value="${text}" calcext:value-type="float"><text:p>${text}</text:p></table:table-cell>`;
  }
  // Two spaces in a row are written as <text:s/>, as OpenDocument requires.
  const body = escape(text).replace(
    / {2,}/g,
    (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`
  );
  return `<table:table-cell${repeated} office:value-type="string" calcext:value-type="string"><text:p>${body}</text:p></table:table-cell>`;
}

function rowXml(cells: readonly CellValue[]): string {
  const parts: string[] = [];
  for (let i = 0; i < cells.length;) {
    let run = 1;
    while (i + run < cells.length && String(cells[i + run] ?? "") === String(cells[i] ?? "")) run++;
    parts.push(cellXml(cells[i] ?? null, run));
    i += run;
  }
  // The rest of the row, empty, as LibreOffice writes it.
  parts.push(`<table:table-cell table:number-columns-repeated="${1024 - cells.length}"/>`);
  return `<table:table-row>${parts.join("")}</table:table-row>`;
}

function tableXml(name: string, rows: ReadonlyArray<readonly CellValue[]>): string {
  return (
    `<table:table table:name="${escape(name)}">` +
    rows.map(rowXml).join("") +
    `<table:table-row table:number-rows-repeated="${1048576 - rows.length}"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
    `</table:table>`
  );
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
].join(" ");

function contentXml(data: ReadonlyArray<readonly CellValue[]>): string {
  const notes: CellValue[][] = [
    ["Management information - state-funded schools - latest inspections at 31 August 2023"],
    [
      "SYNTHETIC TEST FIXTURE: Ofsted's column list and the Transform Trust schools; every value is invented for testing.",
    ],
    ["Contains public sector information licensed under the Open Government Licence v3.0."],
    [null],
    ["Field name", "Description"],
    ["URN", "Unique reference number"],
    [
      "Overall effectiveness",
      "1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate; 9 not applicable",
    ],
    ["Inspection start date", "First day of the inspection"],
  ];
  const title = [
    ["Table 1: state-funded schools, latest inspections at 31 August 2023 (synthetic)"],
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS} office:version="1.3">` +
    `<office:body><office:spreadsheet>` +
    tableXml("Notes", notes) +
    tableXml("Latest inspections", [...title, ...data]) +
    `</office:spreadsheet></office:body></office:document-content>`
  );
}

const MANIFEST =
  `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
  `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>` +
  `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
  `</manifest:manifest>`;

/** A zip archive: mimetype first and stored (OpenDocument 1.2 part 3, 3.3), the rest deflated. */
function zip(entries: ReadonlyArray<{ name: string; data: Buffer; store?: boolean }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = ((2023 - 1980) << 9) | (8 << 5) | 31;
  for (const entry of entries) {
    const body = entry.store ? entry.data : deflateRawSync(entry.data);
    const name = Buffer.from(entry.name, "utf8");
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.store ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.store ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function main(): void {
  const csv = readPublishedCsv(CSV, readFileSync(join(DIR, CSV)));
  if (!csv.ok) throw new Error(csv.problems[0].message);
  const ods = zip([
    {
      name: "mimetype",
      data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"),
      store: true,
    },
    { name: "content.xml", data: Buffer.from(contentXml(csv.value.grid), "utf8") },
    { name: "META-INF/manifest.xml", data: Buffer.from(MANIFEST, "utf8") },
  ]);
  writeFileSync(join(DIR, ODS), ods);
  console.log(`Wrote ${join(DIR, ODS)} (${ods.length} bytes)`);
}

main();
